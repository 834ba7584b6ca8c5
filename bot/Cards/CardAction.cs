using System.Text.Json.Nodes;

namespace InternBot.Bot.Cards;

/// <summary>A button on a card.</summary>
public abstract record CardAction(string Title)
{
    /// <summary>"positive" or "destructive" styling.</summary>
    public string? Style { get; init; }

    public JsonObject ToJson()
    {
        var json = Write();
        TextBlock.Set(json, "style", Style);
        return json;
    }

    protected abstract JsonObject Write();
}

/// <summary>
/// Action.Execute (Universal Actions): Teams sends an adaptiveCard/action invoke and shows the card we answer in
/// place. Clients without Action.Execute fall back to Action.Submit with the same verb and data.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb, JsonObject? Data = null) : CardAction(Title)
{
    /// <summary>Which inputs to send: "auto" (the card's inputs, validated first) or "none".</summary>
    public string AssociatedInputs { get; init; } = "none";

    protected override JsonObject Write()
    {
        var json = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = Title,
            ["verb"] = Verb,
            ["data"] = Data?.DeepClone() ?? new JsonObject(),
            ["associatedInputs"] = AssociatedInputs,
        };
        var fallbackData = (JsonObject)(Data?.DeepClone() ?? new JsonObject());
        fallbackData["verb"] = Verb;
        json["fallback"] = new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = Title,
            ["data"] = fallbackData,
            ["associatedInputs"] = AssociatedInputs,
        };
        return json;
    }
}

public sealed record OpenUrlAction(string Title, Uri Url) : CardAction(Title)
{
    protected override JsonObject Write() => new() { ["type"] = "Action.OpenUrl", ["title"] = Title, ["url"] = Url.AbsoluteUri };
}
