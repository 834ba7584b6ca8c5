using System.Text.Json.Nodes;

namespace InternBot.Bot.Cards;

/// <summary>An element of a card's body.</summary>
public abstract record CardElement
{
    public string? Id { get; init; }

    public bool Separator { get; init; }

    /// <summary>none, small, default, medium, large, extraLarge, padding.</summary>
    public string? Spacing { get; init; }

    public JsonObject ToJson()
    {
        var json = Write();
        if (Id is not null)
        {
            json["id"] = Id;
        }

        if (Separator)
        {
            json["separator"] = true;
        }

        if (Spacing is not null)
        {
            json["spacing"] = Spacing;
        }

        return json;
    }

    protected abstract JsonObject Write();
}

public sealed record TextBlock(string Text) : CardElement
{
    public string? Size { get; init; }

    public string? Weight { get; init; }

    public string? Color { get; init; }

    public bool IsSubtle { get; init; }

    /// <summary>"heading" marks the block as a heading for screen readers.</summary>
    public string? Style { get; init; }

    public int? MaxLines { get; init; }

    protected override JsonObject Write()
    {
        var json = new JsonObject { ["type"] = "TextBlock", ["text"] = Text, ["wrap"] = true };
        Set(json, "size", Size);
        Set(json, "weight", Weight);
        Set(json, "color", Color);
        Set(json, "style", Style);
        if (IsSubtle)
        {
            json["isSubtle"] = true;
        }

        if (MaxLines is { } max)
        {
            json["maxLines"] = max;
        }

        return json;
    }

    internal static void Set(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}

public sealed record Fact(string Title, string Value);

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement
{
    protected override JsonObject Write() => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(Facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray()),
    };
}

public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    /// <summary>default, emphasis, good, attention, warning, accent.</summary>
    public string? Style { get; init; }

    public bool Bleed { get; init; }

    protected override JsonObject Write()
    {
        var json = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray(Items.Select(i => (JsonNode)i.ToJson()).ToArray()) };
        TextBlock.Set(json, "style", Style);
        if (Bleed)
        {
            json["bleed"] = true;
        }

        return json;
    }
}

public sealed record Column(IReadOnlyList<CardElement> Items) : CardElement
{
    /// <summary>"auto", "stretch" or a weight such as "2".</summary>
    public string Width { get; init; } = "stretch";

    protected override JsonObject Write() => new()
    {
        ["type"] = "Column",
        ["width"] = Width,
        ["items"] = new JsonArray(Items.Select(i => (JsonNode)i.ToJson()).ToArray()),
    };
}

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    protected override JsonObject Write() => new()
    {
        ["type"] = "ColumnSet",
        ["columns"] = new JsonArray(Columns.Select(c => (JsonNode)c.ToJson()).ToArray()),
    };
}

public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement
{
    protected override JsonObject Write() => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray(Actions.Select(a => (JsonNode)a.ToJson()).ToArray()),
    };
}
