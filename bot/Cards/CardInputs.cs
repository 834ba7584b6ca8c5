using System.Text.Json.Nodes;

namespace InternBot.Bot.Cards;

/// <summary>An input: every one has a visible label (read by screen readers) and, when required, an error message.</summary>
public abstract record CardInput(string InputId, string Label) : CardElement
{
    public bool IsRequired { get; init; }

    public string? ErrorMessage { get; init; }

    public string? Value { get; init; }

    protected JsonObject Common(string type)
    {
        var json = new JsonObject { ["type"] = type, ["id"] = InputId, ["label"] = Label };
        if (IsRequired)
        {
            json["isRequired"] = true;
        }

        TextBlock.Set(json, "errorMessage", ErrorMessage);
        TextBlock.Set(json, "value", Value);
        return json;
    }
}

public sealed record TextInput(string InputId, string Label) : CardInput(InputId, Label)
{
    public string? Placeholder { get; init; }

    public int? MaxLength { get; init; }

    public string? Regex { get; init; }

    public bool IsMultiline { get; init; }

    protected override JsonObject Write()
    {
        var json = Common("Input.Text");
        if (IsMultiline)
        {
            json["isMultiline"] = true;
        }

        TextBlock.Set(json, "placeholder", Placeholder);
        TextBlock.Set(json, "regex", Regex);
        if (MaxLength is { } max)
        {
            json["maxLength"] = max;
        }

        return json;
    }
}

public sealed record DateInput(string InputId, string Label) : CardInput(InputId, Label)
{
    public string? Min { get; init; }

    public string? Max { get; init; }

    protected override JsonObject Write()
    {
        var json = Common("Input.Date");
        TextBlock.Set(json, "min", Min);
        TextBlock.Set(json, "max", Max);
        return json;
    }
}

public sealed record TimeInput(string InputId, string Label) : CardInput(InputId, Label)
{
    protected override JsonObject Write() => Common("Input.Time");
}

public sealed record NumberInput(string InputId, string Label) : CardInput(InputId, Label)
{
    public double? Min { get; init; }

    public double? Max { get; init; }

    protected override JsonObject Write()
    {
        var json = Common("Input.Number");
        if (Min is { } min)
        {
            json["min"] = min;
        }

        if (Max is { } max)
        {
            json["max"] = max;
        }

        if (Value is null)
        {
            json.Remove("value");
        }
        else if (double.TryParse(Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            json["value"] = number;
        }
        else
        {
            // "NaN", "Infinity", "1e400" or words: JSON cannot hold them as a number, so the field starts empty (its error says why).
            json.Remove("value");
        }

        return json;
    }
}

public sealed record Choice(string Title, string Value);

public sealed record ChoiceSetInput(string InputId, string Label, IReadOnlyList<Choice> Choices) : CardInput(InputId, Label)
{
    public bool IsMultiSelect { get; init; }

    /// <summary>compact (drop-down), expanded (radio buttons or check boxes) or filtered.</summary>
    public string Style { get; init; } = "compact";

    protected override JsonObject Write()
    {
        var json = Common("Input.ChoiceSet");
        json["style"] = Style;
        json["choices"] = new JsonArray(Choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }).ToArray());
        if (IsMultiSelect)
        {
            json["isMultiSelect"] = true;
        }

        return json;
    }
}

public sealed record ToggleInput(string InputId, string Label, string Title) : CardInput(InputId, Label)
{
    protected override JsonObject Write()
    {
        var json = Common("Input.Toggle");
        json["title"] = Title;
        json["valueOn"] = "true";
        json["valueOff"] = "false";
        return json;
    }
}
