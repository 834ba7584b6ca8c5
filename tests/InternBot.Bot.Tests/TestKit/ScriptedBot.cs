using InternBot.Bot.BotFramework.Schema;
using InternBot.Bot.BotFramework.Turns;

namespace InternBot.Bot.Tests.TestKit;

/// <summary>A bot whose behaviour the protocol tests control and count.</summary>
public sealed class ScriptedBot : ActivityHandler
{
    private int _messages;
    private int _invokes;

    public int Messages => _messages;

    public int Invokes => _invokes;

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _messages);
        var text = turnContext.Activity.TextWithoutMentions();
        switch (text)
        {
            case "boom":
                throw new InvalidOperationException("the handler failed");
            case "slow":
                await Task.Delay(300, cancellationToken);
                break;
        }

        await turnContext.SendActivityAsync($"echo: {text}", cancellationToken);
    }

    protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync($"welcome {membersAdded.Count}", cancellationToken);

    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var count = Interlocked.Increment(ref _invokes);
        if (turnContext.Activity.Name == "test/count")
        {
            await Task.Delay(100, cancellationToken); // long enough for a duplicate to arrive while it runs
            return InvokeResponse.Ok(new { count });
        }

        return await base.OnInvokeActivityAsync(turnContext, cancellationToken);
    }

    protected override Task<AdaptiveCardInvokeResponse?> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken) =>
        Task.FromResult<AdaptiveCardInvokeResponse?>(AdaptiveCardInvokeResponse.Message($"verb {invokeValue.Action!.Verb}"));
}
