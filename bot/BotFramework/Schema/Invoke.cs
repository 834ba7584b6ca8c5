using System.Text.Json;
using System.Text.Json.Serialization;

namespace InternBot.Bot.BotFramework.Schema;

/// <summary>The answer to an invoke activity: returned as the HTTP response of the same POST.</summary>
public sealed record InvokeResponse(int Status, object? Body = null)
{
    public static InvokeResponse Ok(object? body = null) => new(200, body);

    public static readonly InvokeResponse NotImplemented = new(501);
}

/// <summary>The value of an `adaptiveCard/action` invoke (Action.Execute).</summary>
public sealed class AdaptiveCardInvokeValue
{
    public AdaptiveCardInvokeAction? Action { get; set; }

    public JsonElement? Authentication { get; set; }

    public string? State { get; set; }
}

public sealed class AdaptiveCardInvokeAction
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public string? Verb { get; set; }

    public JsonElement? Data { get; set; }
}

/// <summary>The response body for `adaptiveCard/action`: a card, a message, or an error.</summary>
public sealed record AdaptiveCardInvokeResponse(
    [property: JsonPropertyName("statusCode")] int StatusCode,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] object? Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static AdaptiveCardInvokeResponse Card(object card) => new(200, CardType, card);

    public static AdaptiveCardInvokeResponse Message(string text) => new(200, MessageType, text);

    public static AdaptiveCardInvokeResponse Error(int status, string code, string message) => new(status, ErrorType, new { code, message });
}

/// <summary>The value of a `composeExtension/query` invoke.</summary>
public sealed class MessagingExtensionQuery
{
    public string? CommandId { get; set; }

    public List<MessagingExtensionParameter>? Parameters { get; set; }

    public MessagingExtensionQueryOptions? QueryOptions { get; set; }
}

public sealed class MessagingExtensionParameter
{
    public string? Name { get; set; }

    public JsonElement? Value { get; set; }
}

public sealed class MessagingExtensionQueryOptions
{
    public int? Skip { get; set; }

    public int? Count { get; set; }
}

/// <summary>`{"composeExtension": {"type": "result", "attachmentLayout": "list", "attachments": [...]}}`.</summary>
public sealed record MessagingExtensionResponse([property: JsonPropertyName("composeExtension")] MessagingExtensionResult ComposeExtension);

public sealed record MessagingExtensionResult(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("attachmentLayout")] string AttachmentLayout,
    [property: JsonPropertyName("attachments")] IReadOnlyList<MessagingExtensionAttachment> Attachments);

public sealed record MessagingExtensionAttachment(
    [property: JsonPropertyName("contentType")] string ContentType,
    [property: JsonPropertyName("content")] object Content,
    [property: JsonPropertyName("preview")] Attachment? Preview);

/// <summary>`{"activities": [...]}`, the body answering a `deliveryMode: expectReplies` request.</summary>
public sealed record ExpectedReplies([property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities);

/// <summary>The connector's answer to a send: the id it gave the activity.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}

/// <summary>The body of `POST v3/conversations` (proactive messages).</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public List<ChannelAccount>? Members { get; set; }

    public string? TopicName { get; set; }

    public string? TenantId { get; set; }

    public Activity? Activity { get; set; }

    public JsonElement? ChannelData { get; set; }
}

public sealed class ConversationResourceResponse
{
    public string? ActivityId { get; set; }

    public string? ServiceUrl { get; set; }

    public string? Id { get; set; }
}
