using System.Text.Json;
using InternBot.Bot.BotFramework.Schema;
using InternBot.Bot.BotFramework.Turns;
using InternBot.Core.Conversations;

namespace InternBot.Bot.Conversation;

/// <summary>
/// Keeps the address of every conversation the bot is in, for proactive messages: recorded when the bot is installed
/// (personal chat, group chat, team) and the first time this instance hears from a conversation it does not know
/// (installed before addresses were kept, or recorded by another instance), removed when the bot is uninstalled or
/// removed. Most turns write nothing: the conversations seen recently are remembered (two generations, bounded).
/// </summary>
internal sealed partial class ConversationAddressRecorder(IConversationAddressStore store, TimeProvider time, ILogger<ConversationAddressRecorder> logger)
{
    public const int Remembered = 10_000;
    private const int MaxIdLength = 256;
    private readonly Lock _generations = new();
    private HashSet<(string, string)> _recent = [];
    private HashSet<(string, string)> _older = [];

    public async Task ObserveAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (AddressOf(activity) is not { } address)
        {
            return;
        }

        var seen = (address.ConversationId, address.ServiceUrl);
        try
        {
            if (IsRemoval(activity))
            {
                Forget(seen);
                await store.RemoveAsync(address.ConversationId, cancellationToken);
                return;
            }

            if (!IsInstallation(activity) && Known(seen))
            {
                return;
            }

            await store.SaveAsync(address, cancellationToken);
            Remember(seen);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The turn goes on; the next activity from this conversation tries again (nothing was remembered).
            LogNotRecorded(logger, e.GetType().Name);
        }
    }

    /// <summary>The address an activity comes from; null when it lacks what a reply needs or carries ids no channel sends.</summary>
    internal ConversationAddress? AddressOf(Activity activity)
    {
        var conversation = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversation) || string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(activity.ChannelId)
            || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out _))
        {
            return null;
        }

        var scope = activity.ConversationType() switch
        {
            "channel" => ConversationScope.Channel,
            "groupChat" => ConversationScope.GroupChat,
            _ => ConversationScope.Personal,
        };

        // A channel message's conversation id names its thread (";messageid=..."); the channel is what a new post needs.
        var id = scope == ConversationScope.Channel ? ChannelData(activity, "channel") ?? conversation.Split(';')[0] : conversation;
        var team = scope == ConversationScope.Channel ? ChannelData(activity, "team") : null;
        var user = scope == ConversationScope.Personal ? activity.AadObjectId() : null;
        if (new[] { id, activity.ServiceUrl, activity.ChannelId, activity.TenantId(), activity.Recipient?.Id, team, user }.Any(v => v?.Length > MaxIdLength))
        {
            return null;
        }

        return new ConversationAddress(id, activity.ServiceUrl, activity.ChannelId, scope, activity.TenantId(), activity.Recipient?.Id, team, user, time.GetUtcNow());
    }

    private static bool IsInstallation(Activity activity) =>
        (activity.Type == ActivityTypes.InstallationUpdate && activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true)
        || (activity.Type == ActivityTypes.ConversationUpdate && activity.MembersAdded?.Any(m => m?.Id is { } id && id == activity.Recipient?.Id) == true);

    private static bool IsRemoval(Activity activity) =>
        (activity.Type == ActivityTypes.InstallationUpdate && activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true)
        || (activity.Type == ActivityTypes.ConversationUpdate && activity.MembersRemoved?.Any(m => m?.Id is { } id && id == activity.Recipient?.Id) == true);

    private static string? ChannelData(Activity activity, string property) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.Object
        && p.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value
            ? value
            : null;

    private bool Known((string, string) seen)
    {
        lock (_generations)
        {
            return _recent.Contains(seen) || _older.Contains(seen);
        }
    }

    private void Remember((string, string) seen)
    {
        lock (_generations)
        {
            if (_recent.Count >= Remembered)
            {
                (_older, _recent) = (_recent, []);
            }

            _recent.Add(seen);
        }
    }

    private void Forget((string, string) seen)
    {
        lock (_generations)
        {
            _recent.Remove(seen);
            _older.Remove(seen);
        }
    }

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "A conversation's address could not be recorded ({Error}); the next activity tries again.")]
    private static partial void LogNotRecorded(ILogger logger, string error);
}
