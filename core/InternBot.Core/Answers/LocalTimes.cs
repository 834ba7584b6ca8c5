using System.Text.RegularExpressions;
using InternBot.Core.Text;
using InternBot.Core.Understanding;

namespace InternBot.Core.Answers;

/// <summary>A place people say they are in, and its time zone.</summary>
public sealed record Place(LocalizedText Name, TimeZoneInfo Zone)
{
    /// <summary>"In London time (Europe/London): Thursday 30 April 2026, 22:59." for an instant the notices give in Brussels time.</summary>
    public LocalizedText At(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Zone).DateTime;
        return new LocalizedText(
            $"In {Name.En} time ({Zone.Id}): {Formats.DateTime(local, Language.English)}.",
            $"À l'heure de {Name.Fr} ({Zone.Id}) : {Formats.DateTime(local, Language.French)}.");
    }
}

/// <summary>
/// Where the asker says they are ("I'm in New York", "je suis à Montréal", "UK time"), read from the places table
/// (<c>places.tsv</c>: cities, and regions or countries of a single time zone), so that a deadline or a session given
/// in Brussels time is also given in theirs.
/// </summary>
public static class LocalTimes
{
    private static readonly Lazy<(IReadOnlyList<Place> Places, Dictionary<string, Place> ByName, Regex Named)> Table = new(Load);

    /// <summary>Every place of the table.</summary>
    public static IReadOnlyList<Place> Places => Table.Value.Places;

    /// <summary>The place a question says the asker is in, or whose time it asks for; null when it names none.</summary>
    public static Place? Named(string normalised) =>
        Table.Value.Named.Match(normalised) is { Success: true } m ? Table.Value.ByName[m.Groups["p"].Value] : null;

    private static (IReadOnlyList<Place>, Dictionary<string, Place>, Regex) Load()
    {
        using var stream = typeof(LocalTimes).Assembly.GetManifestResourceStream("InternBot.Core.places.tsv")
            ?? throw new InvalidOperationException("places.tsv is not embedded in InternBot.Core.");
        using var reader = new StreamReader(stream);
        var places = new List<Place>();
        var byName = new Dictionary<string, Place>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var f = line.Split('\t');
            var place = new Place(new LocalizedText(f[0], f[1]), TimeZoneInfo.FindSystemTimeZoneById(f[3]));
            places.Add(place);
            foreach (var name in new[] { f[0], f[1] }.Concat(f[2].Split(';', StringSplitOptions.RemoveEmptyEntries)))
            {
                byName.TryAdd(TextNormaliser.Normalise(name), place);
            }
        }

        // A place counts only where the question puts the asker or the time there: "in", "from", "à", "au", "en",
        // "depuis", "heure de" before it, or "time" / "heure" / "local" after it ("I'm Polish" or "the Paris office"
        // say nothing of where the asker reads the clock). Longer names first, so "new york" is not "york".
        var names = string.Join('|', byName.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        var named = new Regex($@"\b(?:in|from|at|a|au|aux|en|de|d|depuis)\s+(?:the\s+|la\s+|le\s+|l\s+)?(?<p>{names})\b|\b(?<p>{names})\s+(?:time|local|heure)\b",
            RegexOptions.CultureInvariant, Patterns.MatchTimeout);
        return (places, byName, named);
    }
}
