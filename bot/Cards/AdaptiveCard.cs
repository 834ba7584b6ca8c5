using System.Text.Json.Nodes;

namespace InternBot.Bot.Cards;

/// <summary>
/// An Adaptive Card (schema 1.5, what Teams renders), built from typed elements: no JSON glued from strings.
/// <see cref="ToJson"/> writes the card; <see cref="Attachment"/> wraps it for an activity.
/// </summary>
public sealed class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public List<CardElement> Body { get; } = [];

    public List<CardAction> Actions { get; } = [];

    /// <summary>What a screen reader says for the whole card.</summary>
    public string? Speak { get; init; }

    /// <summary>
    /// The card's language ("en", "fr"). Kept for our own use but not written: the adaptivecards library checks
    /// "lang" with a global regular expression that rejects every other card it parses.
    /// </summary>
    public string? Lang { get; init; }

    public AdaptiveCard Add(params CardElement?[] elements)
    {
        Body.AddRange(elements.OfType<CardElement>());
        return this;
    }

    public AdaptiveCard AddActions(params CardAction?[] actions)
    {
        Actions.AddRange(actions.OfType<CardAction>());
        return this;
    }

    // A card written once and kept as JSON (see Frozen): read-only, so one copy serves every turn that shows it.
    private System.Text.Json.JsonElement? _written;

    /// <summary>This card as written JSON that can be sent any number of times, from any thread.</summary>
    public AdaptiveCard Frozen() => new() { Lang = Lang, Speak = Speak, _written = _written ?? System.Text.Json.JsonSerializer.SerializeToElement(ToJson()) };

    /// <summary>Whether the card is already written (<see cref="Frozen"/>): it can no longer change.</summary>
    public bool IsFrozen => _written is not null;

    public JsonObject ToJson()
    {
        if (_written is { } written)
        {
            return JsonObject.Create(written)!;
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JsonArray(Body.Select(e => (JsonNode)e.ToJson()).ToArray()),
        };
        if (Actions.Count > 0)
        {
            card["actions"] = new JsonArray(Actions.Select(a => (JsonNode)a.ToJson()).ToArray());
        }

        if (Speak is not null)
        {
            card["speak"] = Speak;
        }

        // Full width in Teams chats: long facts and tables read better.
        card["msteams"] = new JsonObject { ["width"] = "Full" };
        return card;
    }

    public BotFramework.Schema.Attachment Attachment() => new() { ContentType = ContentType, Content = _written is { } written ? written : ToJson() };

    /// <summary>The card's size in bytes as sent (Teams limits messages to about 100 KB, search results to 28 KB).</summary>
    public int Size => System.Text.Encoding.UTF8.GetByteCount(ToJson().ToJsonString());
}
