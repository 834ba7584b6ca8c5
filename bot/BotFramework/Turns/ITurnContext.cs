using InternBot.Bot.BotFramework.Schema;

namespace InternBot.Bot.BotFramework.Turns;

/// <summary>
/// One turn of a conversation: the incoming activity and the ways to answer it. Shaped like Bot.Builder's and the
/// Agents SDK's ITurnContext so handlers move over unchanged.
/// </summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>True once anything was sent in this turn.</summary>
    bool Responded { get; }

    /// <summary>For invoke activities: the HTTP answer. Unset means 501 (not implemented).</summary>
    InvokeResponse? InvokeResponse { get; set; }

    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken);
}

public static class TurnContextExtensions
{
    public static Task<ResourceResponse> SendActivityAsync(this ITurnContext context, string text, CancellationToken cancellationToken) =>
        context.SendActivityAsync(context.Activity.CreateReply(text), cancellationToken);

    public static Task SendTypingAsync(this ITurnContext context, CancellationToken cancellationToken)
    {
        var typing = context.Activity.CreateReply();
        typing.Type = ActivityTypes.Typing;
        typing.TextFormat = null;
        return context.SendActivityAsync(typing, cancellationToken);
    }
}
