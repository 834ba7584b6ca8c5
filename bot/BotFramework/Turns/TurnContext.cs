using InternBot.Bot.BotFramework.Schema;

namespace InternBot.Bot.BotFramework.Turns;

/// <summary>Where a turn's replies go: to the connector, or into a buffer returned in the HTTP response.</summary>
internal interface IReplyChannel
{
    Task<ResourceResponse> SendAsync(Activity incoming, Activity reply, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateAsync(Activity incoming, Activity activity, CancellationToken cancellationToken);

    Task DeleteAsync(Activity incoming, string activityId, CancellationToken cancellationToken);
}

internal sealed class TurnContext(Activity activity, IReplyChannel channel) : ITurnContext
{
    public Activity Activity { get; } = activity;

    public bool Responded { get; private set; }

    public InvokeResponse? InvokeResponse { get; set; }

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        // Every reply is addressed from the bot to the conversation it came from, whatever the handler filled in.
        activity.Conversation ??= Activity.Conversation;
        activity.ServiceUrl ??= Activity.ServiceUrl;
        activity.ChannelId ??= Activity.ChannelId;
        activity.From ??= Activity.Recipient is null ? null : new ChannelAccount { Id = Activity.Recipient.Id, Name = Activity.Recipient.Name };
        activity.Recipient ??= Activity.From is null ? null : new ChannelAccount { Id = Activity.From.Id, Name = Activity.From.Name };
        activity.Type ??= ActivityTypes.Message;
        var response = await channel.SendAsync(Activity, activity, cancellationToken);
        if (activity.Type != ActivityTypes.Typing)
        {
            Responded = true;
        }

        return response;
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.Conversation ??= Activity.Conversation;
        activity.ServiceUrl ??= Activity.ServiceUrl;
        return channel.UpdateAsync(Activity, activity, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken) => channel.DeleteAsync(Activity, activityId, cancellationToken);
}
