using InternBot.Bot.BotFramework.Schema;

namespace InternBot.Bot.BotFramework.Turns;

/// <summary>
/// Dispatches an activity to the method for its type, as Bot.Builder's (Teams)ActivityHandler does: override the
/// ones the bot handles. An invoke nobody handles answers 501.
/// </summary>
public abstract class ActivityHandler : IBot
{
    public virtual Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => turnContext.Activity.Type switch
    {
        ActivityTypes.Message => OnMessageActivityAsync(turnContext, cancellationToken),
        ActivityTypes.ConversationUpdate => OnConversationUpdateActivityAsync(turnContext, cancellationToken),
        ActivityTypes.Invoke => OnInvokeAsync(turnContext, cancellationToken),
        ActivityTypes.MessageReaction => OnMessageReactionActivityAsync(turnContext, cancellationToken),
        _ => OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken),
    };

    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        // Null entries (a client's "membersAdded": [null]) are nobody.
        var added = activity.MembersAdded?.Where(m => m is not null && m.Id != activity.Recipient?.Id).ToList();
        if (added is { Count: > 0 })
        {
            return OnMembersAddedAsync(added, turnContext, cancellationToken);
        }

        var removed = activity.MembersRemoved?.Where(m => m is not null && m.Id != activity.Recipient?.Id).ToList();
        return removed is { Count: > 0 } ? OnMembersRemovedAsync(removed, turnContext, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>Members other than the bot joined (or installed the bot): say hello.</summary>
    protected virtual Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMembersRemovedAsync(IReadOnlyList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMessageReactionActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var tasks = new List<Task>();
        if (turnContext.Activity.ReactionsAdded is { Count: > 0 } added)
        {
            tasks.Add(OnReactionsAddedAsync(added, turnContext, cancellationToken));
        }

        if (turnContext.Activity.ReactionsRemoved is { Count: > 0 } removed)
        {
            tasks.Add(OnReactionsRemovedAsync(removed, turnContext, cancellationToken));
        }

        return Task.WhenAll(tasks);
    }

    protected virtual Task OnReactionsAddedAsync(IReadOnlyList<MessageReaction> reactions, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnReactionsRemovedAsync(IReadOnlyList<MessageReaction> reactions, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task OnInvokeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        turnContext.InvokeResponse = await OnInvokeActivityAsync(turnContext, cancellationToken);
    }

    /// <summary>Routes invokes by name; anything unhandled is 501.</summary>
    protected virtual async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        switch (turnContext.Activity.Name)
        {
            case "adaptiveCard/action":
                var action = turnContext.Activity.ValueAs<AdaptiveCardInvokeValue>();
                if (action?.Action is null)
                {
                    return new InvokeResponse(400, AdaptiveCardInvokeResponse.Error(400, "BadRequest", "The invoke has no action."));
                }

                var card = await OnAdaptiveCardInvokeAsync(turnContext, action, cancellationToken);
                return card is null ? InvokeResponse.NotImplemented : new InvokeResponse(card.StatusCode, card);
            case "composeExtension/query":
                var query = turnContext.Activity.ValueAs<MessagingExtensionQuery>();
                if (query is null)
                {
                    return new InvokeResponse(400);
                }

                var result = await OnMessagingExtensionQueryAsync(turnContext, query, cancellationToken);
                return result is null ? InvokeResponse.NotImplemented : InvokeResponse.Ok(result);
            default:
                return InvokeResponse.NotImplemented;
        }
    }

    /// <summary>Action.Execute on a card; null means "not handled" (501).</summary>
    protected virtual Task<AdaptiveCardInvokeResponse?> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken) =>
        Task.FromResult<AdaptiveCardInvokeResponse?>(null);

    /// <summary>A search in the messaging extension; null means "not handled" (501).</summary>
    protected virtual Task<MessagingExtensionResponse?> OnMessagingExtensionQueryAsync(ITurnContext turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<MessagingExtensionResponse?>(null);

    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;
}
