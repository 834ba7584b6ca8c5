using System.Collections.Concurrent;
using InternBot.Bot.BotFramework.Connector;
using InternBot.Bot.BotFramework.Schema;

namespace InternBot.Bot.BotFramework.Turns;

/// <summary>Replies sent through the Bot Connector, as Teams expects for ordinary turns.</summary>
internal sealed class ConnectorReplyChannel(IConnectorClient connector) : IReplyChannel
{
    public Task<ResourceResponse> SendAsync(Activity incoming, Activity reply, CancellationToken cancellationToken)
    {
        var serviceUrl = reply.ServiceUrl ?? incoming.ServiceUrl ?? throw new ConnectorException(null, "BadServiceUrl", "the activity has no serviceUrl to reply to.");
        var conversation = reply.Conversation?.Id ?? throw new ConnectorException(null, "BadConversation", "the activity has no conversation id.");
        return reply.ReplyToId is { Length: > 0 } replyTo
            ? connector.ReplyToActivityAsync(serviceUrl, conversation, replyTo, reply, cancellationToken)
            : connector.SendToConversationAsync(serviceUrl, conversation, reply, cancellationToken);
    }

    public Task<ResourceResponse> UpdateAsync(Activity incoming, Activity activity, CancellationToken cancellationToken) =>
        connector.UpdateActivityAsync(activity.ServiceUrl ?? incoming.ServiceUrl!, activity.Conversation?.Id ?? incoming.Conversation!.Id!, activity.Id!, activity, cancellationToken);

    public Task DeleteAsync(Activity incoming, string activityId, CancellationToken cancellationToken) =>
        connector.DeleteActivityAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, activityId, cancellationToken);
}

/// <summary>
/// `deliveryMode: expectReplies`: the turn's replies are collected and returned in the HTTP response body
/// instead of being sent through the connector.
/// </summary>
internal sealed class BufferedReplyChannel : IReplyChannel
{
    private readonly ConcurrentQueue<Activity> _replies = new();
    private int _next;

    public IReadOnlyList<Activity> Replies => _replies.ToList();

    public Task<ResourceResponse> SendAsync(Activity incoming, Activity reply, CancellationToken cancellationToken)
    {
        reply.Id ??= $"reply-{Interlocked.Increment(ref _next)}";
        _replies.Enqueue(reply);
        return Task.FromResult(new ResourceResponse { Id = reply.Id });
    }

    public Task<ResourceResponse> UpdateAsync(Activity incoming, Activity activity, CancellationToken cancellationToken)
    {
        _replies.Enqueue(activity);
        return Task.FromResult(new ResourceResponse { Id = activity.Id });
    }

    public Task DeleteAsync(Activity incoming, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;
}
