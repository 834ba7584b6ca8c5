using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Eligibility;

/// <summary>
/// Every ISO 3166-1 country with its English and French names, the names and demonyms people write
/// ("UK", "Turkey", "Czech Republic", "Swiss", "belge") and NATO membership. Programme-level reference data,
/// not taken from any notice: NATO has 32 member states since Sweden joined in 2024.
/// </summary>
public static class Countries
{
    private static readonly Lazy<(IReadOnlyList<Country> All, Dictionary<string, Country> ByName, IReadOnlyList<string> Names)> Table = new(Load);

    public static IReadOnlyList<Country> All => Table.Value.All;

    /// <summary>Every name, alias and demonym as written in the table, for spelling correction.</summary>
    public static IReadOnlyList<string> Names => Table.Value.Names;

    public static IEnumerable<Country> NatoMembers => All.Where(c => c.IsNatoMember);

    /// <summary>The country for a code (alpha-2 or alpha-3) or a name in English or French; null if unknown.</summary>
    public static Country? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var key = Key(text);
        return Table.Value.ByName.GetValueOrDefault(key);
    }

    /// <summary>
    /// The country whose nationals a plural names ("ukrainians", "ukrainiens", "suedoises"), when the word itself names
    /// none. Short plurals are left out: "poles" may be the French "pôles".
    /// </summary>
    public static Country? FindNationals(string word) =>
        word.Length > 5 && word.EndsWith('s') && Find(word) is null ? Find(word[..^1]) : null;

    /// <summary>Close names for an unknown one, for "did you mean" messages.</summary>
    public static IReadOnlyList<string> Suggest(string text)
    {
        var key = Key(text);
        return Table.Value.ByName
            .Select(kv => (kv.Value, d: Json.JsonFieldReader.EditDistance(key, kv.Key)))
            .Where(x => x.d <= Math.Max(2, key.Length / 4))
            .OrderBy(x => x.d)
            .Select(x => x.Value.Name.En)
            .Distinct()
            .Take(3)
            .ToList();
    }

    private static string Key(string text) =>
        VacancyNames.Normalise(text.Replace("&", " and ", StringComparison.Ordinal)).Replace(" ", "", StringComparison.Ordinal);

    private static (IReadOnlyList<Country>, Dictionary<string, Country>, IReadOnlyList<string>) Load()
    {
        using var stream = typeof(Countries).Assembly.GetManifestResourceStream("InternBot.Core.countries.tsv")
            ?? throw new InvalidOperationException("countries.tsv is not embedded in InternBot.Core.");
        using var reader = new StreamReader(stream);
        var all = new List<Country>();
        var byName = new Dictionary<string, Country>(StringComparer.Ordinal);
        var names = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var f = line.Split('\t');
            int? year = f[4].Length > 0 ? int.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture) : null;
            var country = new Country(f[0], f[1], new LocalizedText(f[2], f[3]), year);
            all.Add(country);
            foreach (var name in new[] { f[0], f[1], f[2], f[3] }.Concat(f[5].Split(';', StringSplitOptions.RemoveEmptyEntries)))
            {
                names.Add(name);
                // Codes and official names win over aliases ("CZ" stays Czechia even if an alias says otherwise).
                byName.TryAdd(Key(name), country);
            }
        }

        return (all, byName, names);
    }
}
