using System.Text.Json;
using System.Text.Json.Serialization;

namespace InternBot.Bot.BotFramework.Schema;

/// <summary>
/// A Bot Framework activity (the schema Teams and Azure Bot Service send and receive). Read tolerantly: unknown
/// fields are ignored; <see cref="ChannelData"/> and <see cref="Value"/> stay raw JSON for the handler to read.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public string? TextFormat { get; set; }

    public string? AttachmentLayout { get; set; }

    public List<ChannelAccount>? MembersAdded { get; set; }

    public List<ChannelAccount>? MembersRemoved { get; set; }

    public List<MessageReaction>? ReactionsAdded { get; set; }

    public List<MessageReaction>? ReactionsRemoved { get; set; }

    public string? Locale { get; set; }

    public string? Text { get; set; }

    public string? Summary { get; set; }

    public SuggestedActions? SuggestedActions { get; set; }

    public List<Attachment>? Attachments { get; set; }

    public List<Entity>? Entities { get; set; }

    public JsonElement? ChannelData { get; set; }

    public string? ReplyToId { get; set; }

    public JsonElement? Value { get; set; }

    public string? Name { get; set; }

    /// <summary>installationUpdate: "add" or "remove" (Teams may add "-upgrade").</summary>
    public string? Action { get; set; }

    public ConversationReference? RelatesTo { get; set; }

    public string? DeliveryMode { get; set; }

    public string? Importance { get; set; }

    public string? CallerId { get; set; }

    /// <summary>A reply to this activity: addressed back to its sender, in the same conversation.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Timestamp = null,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId },
        Conversation = Conversation,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
        TextFormat = text is null ? null : "plain",
    };

    /// <summary>Reads the raw <see cref="Value"/> as <typeparamref name="T"/>; null when absent or of another shape.</summary>
    public T? ValueAs<T>()
        where T : class
    {
        if (Value is not { ValueKind: JsonValueKind.Object or JsonValueKind.Array } value)
        {
            return null;
        }

        try
        {
            return value.Deserialize<T>(BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Invoke = "invoke";
    public const string MessageReaction = "messageReaction";
    public const string Typing = "typing";
    public const string InstallationUpdate = "installationUpdate";
    public const string Event = "event";
}

public static class DeliveryModes
{
    public const string ExpectReplies = "expectReplies";
}

public sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }
}

public sealed class ConversationAccount
{
    public bool? IsGroup { get; set; }

    public string? ConversationType { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? TenantId { get; set; }
}

public sealed class Attachment
{
    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    /// <summary>The card itself: any JSON value (a JsonNode, a JsonElement or a serialisable object).</summary>
    public object? Content { get; set; }

    public string? Name { get; set; }

    public string? ThumbnailUrl { get; set; }
}

/// <summary>An entity (mention, client info...): its type plus whatever fields it has, kept as sent.</summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

public sealed class MessageReaction
{
    public string? Type { get; set; }
}

public sealed class SuggestedActions
{
    public List<string>? To { get; set; }

    public List<CardAction>? Actions { get; set; }
}

public sealed class CardAction
{
    public string? Type { get; set; }

    public string? Title { get; set; }

    public object? Value { get; set; }
}

public sealed class ConversationReference
{
    public string? ActivityId { get; set; }

    public ChannelAccount? User { get; set; }

    public ChannelAccount? Bot { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ChannelId { get; set; }

    public string? ServiceUrl { get; set; }
}
