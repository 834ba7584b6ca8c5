using System.Globalization;
using System.Text.Json;
using InternBot.Core.Text;

namespace InternBot.Core.Json;

/// <summary>
/// Reads one JSON object field by field, recording every problem instead of stopping at the first, so a
/// person fixing a data file sees all that is wrong at once. Fields it is never asked for are reported as
/// unknown by <see cref="Finish"/> (a typo like "deadlne" must not silently drop a fact).
/// </summary>
internal sealed class JsonFieldReader
{
    private readonly JsonElement _object;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private JsonFieldReader(JsonElement obj, string path, ProblemList problems)
    {
        _object = obj;
        Path = path;
        Problems = problems;
    }

    public string Path { get; }

    public ProblemList Problems { get; }

    /// <summary>A reader for <paramref name="element"/>, or null (with a problem recorded) when it is not an object.</summary>
    public static JsonFieldReader? ForObject(JsonElement element, string path, ProblemList problems)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new JsonFieldReader(element, path, problems);
        }

        problems.Add(path, $"expected an object {{...}} but found {Describe(element)}.", "Write this value as a JSON object.");
        return null;
    }

    public string FieldPath(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    public bool Has(string name)
    {
        _read.Add(name);
        return _object.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;
    }

    public JsonElement? Raw(string name)
    {
        _read.Add(name);
        return _object.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;
    }

    public string? String(string name, bool required = false, string? example = null)
    {
        var value = Raw(name);
        if (value is null)
        {
            Missing(name, required, example);
            return null;
        }

        if (value.Value.ValueKind != JsonValueKind.String)
        {
            WrongType(name, "a string", value.Value, example);
            return null;
        }

        var s = value.Value.GetString()!.Trim();
        if (s.Length == 0)
        {
            if (required)
            {
                Problems.Add(FieldPath(name), "is empty.", example is null ? "Give it a value." : $"Give it a value, e.g. {example}.");
            }

            return null;
        }

        return s;
    }

    /// <summary>Either "English text" or {"en": "...", "fr": "..."}.</summary>
    public LocalizedText? Text(string name, bool required = false) => ReadText(Raw(name), FieldPath(name), required);

    public LocalizedText? ReadText(JsonElement? value, string path, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                Problems.Add(path, "is missing.", "Add it as \"English text\" or {\"en\": \"...\", \"fr\": \"...\"}.");
            }

            return null;
        }

        switch (value.Value.ValueKind)
        {
            case JsonValueKind.String when !string.IsNullOrWhiteSpace(value.Value.GetString()):
                return new LocalizedText(value.Value.GetString()!.Trim());
            case JsonValueKind.Object:
                var reader = new JsonFieldReader(value.Value, path, Problems);
                var en = reader.String("en", required: true, example: "\"Monthly grant\"");
                var fr = reader.String("fr");
                reader.Finish();
                return en is null ? null : new LocalizedText(en, fr);
            default:
                Problems.Add(path, $"expected text but found {Describe(value.Value)}.", "Write \"English text\" or {\"en\": \"...\", \"fr\": \"...\"}.");
                return null;
        }
    }

    public int? Int(string name, bool required = false, int min = int.MinValue, int max = int.MaxValue)
    {
        var d = Decimal(name, required, min, max);
        if (d is null)
        {
            return null;
        }

        if (d != decimal.Truncate(d.Value))
        {
            Problems.Add(FieldPath(name), $"must be a whole number but is {d.Value.ToString(CultureInfo.InvariantCulture)}.", "Remove the fraction.");
            return null;
        }

        return (int)d.Value;
    }

    public decimal? Decimal(string name, bool required = false, decimal min = decimal.MinValue, decimal max = decimal.MaxValue)
    {
        var value = Raw(name);
        if (value is null)
        {
            Missing(name, required, null);
            return null;
        }

        if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetDecimal(out var d))
        {
            WrongType(name, "a number", value.Value, null);
            return null;
        }

        if (d < min || d > max)
        {
            Problems.Add(FieldPath(name), $"is {d.ToString(CultureInfo.InvariantCulture)}, outside the allowed range.",
                $"Use a number between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }

        return d;
    }

    public bool? Bool(string name, bool required = false)
    {
        var value = Raw(name);
        if (value is null)
        {
            Missing(name, required, "true");
            return null;
        }

        if (value.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.Value.GetBoolean();
        }

        WrongType(name, "true or false", value.Value, "true");
        return null;
    }

    /// <summary>Parses a string field with <paramref name="parse"/>, which returns null and an explanation on failure.</summary>
    public T? Parsed<T>(string name, Func<string, (T? Value, string? Error)> parse, string example, bool required = false)
        where T : struct
    {
        var s = String(name, required, example);
        if (s is null)
        {
            return null;
        }

        var (value, error) = parse(s);
        if (error is not null)
        {
            Problems.Add(FieldPath(name), error, $"Write it like {example}.");
        }

        return value;
    }

    public T? Enum<T>(string name, bool required = false)
        where T : struct, System.Enum
    {
        var s = String(name, required, ExampleOf<T>());
        if (s is null)
        {
            return null;
        }

        if (System.Enum.TryParse<T>(s, ignoreCase: true, out var value) && !int.TryParse(s, out _))
        {
            return value;
        }

        Problems.Add(FieldPath(name), $"'{s}' is not one of the allowed values.", $"Use one of: {AllowedOf<T>()}.");
        return null;
    }

    public JsonFieldReader? Object(string name, bool required = false)
    {
        var value = Raw(name);
        if (value is null)
        {
            Missing(name, required, "{ ... }");
            return null;
        }

        return ForObject(value.Value, FieldPath(name), Problems);
    }

    /// <summary>Reads an array, one item at a time; items that fail are dropped (their problems are recorded).</summary>
    public IReadOnlyList<T> Array<T>(string name, Func<JsonElement, string, T?> readItem, bool required = false)
        where T : class
    {
        var value = Raw(name);
        if (value is null)
        {
            Missing(name, required, "[ ... ]");
            return [];
        }

        if (value.Value.ValueKind != JsonValueKind.Array)
        {
            WrongType(name, "a list [ ... ]", value.Value, null);
            return [];
        }

        var items = new List<T>();
        var i = 0;
        foreach (var element in value.Value.EnumerateArray())
        {
            var item = readItem(element, $"{FieldPath(name)}[{i}]");
            if (item is not null)
            {
                items.Add(item);
            }

            i++;
        }

        return items;
    }

    public IReadOnlyList<string> Strings(string name, bool required = false) =>
        Array(name, (e, p) =>
        {
            if (e.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(e.GetString()))
            {
                return e.GetString()!.Trim();
            }

            Problems.Add(p, $"expected a non-empty string but found {Describe(e)}.", "Write each entry as \"text\".");
            return null;
        }, required);

    public IReadOnlyList<LocalizedText> Texts(string name, bool required = false) =>
        Array(name, (e, p) => ReadText(e, p, required: true), required);

    /// <summary>Reports fields nobody asked for: typos or fields from another version of the format.</summary>
    public void Finish()
    {
        var known = _read.ToArray();
        foreach (var property in _object.EnumerateObject())
        {
            if (_read.Contains(property.Name) || property.Name.StartsWith('$'))
            {
                continue;
            }

            var suggestion = Suggest(property.Name, known);
            Problems.Add(FieldPath(property.Name), "is not a field this format knows.",
                suggestion is null
                    ? $"Remove it, or use one of: {string.Join(", ", known)}."
                    : $"Did you mean '{suggestion}'? Rename it, or remove it.");
        }
    }

    private void Missing(string name, bool required, string? example)
    {
        if (required)
        {
            Problems.Add(FieldPath(name), "is missing.", example is null ? $"Add \"{name}\"." : $"Add \"{name}\", e.g. {example}.");
        }
    }

    private void WrongType(string name, string expected, JsonElement found, string? example) =>
        Problems.Add(FieldPath(name), $"expected {expected} but found {Describe(found)}.",
            example is null ? $"Write it as {expected}." : $"Write it as {expected}, e.g. {example}.");

    internal static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Truncate(e.GetString()!)}\"",
        JsonValueKind.Number => $"the number {e.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"{e.GetRawText()}",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "...";

    private static string ExampleOf<T>() where T : struct, System.Enum => $"\"{JsonNames.Camel(System.Enum.GetNames<T>()[0])}\"";

    private static string AllowedOf<T>() where T : struct, System.Enum =>
        string.Join(", ", System.Enum.GetNames<T>().Select(JsonNames.Camel));


    internal static string? Suggest(string wrong, IEnumerable<string> candidates) =>
        candidates
            .Select(c => (c, d: EditDistance(wrong.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(x => x.d <= Math.Max(2, x.c.Length / 3))
            .OrderBy(x => x.d)
            .Select(x => x.c)
            .FirstOrDefault();

    internal static int EditDistance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}
