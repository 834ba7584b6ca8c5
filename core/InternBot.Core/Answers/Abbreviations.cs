using System.Text.RegularExpressions;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Answers;

/// <summary>An abbreviation a notice uses and what it stands for ("NOS": "NATO Office of Security"), with its vacancy.</summary>
public sealed record Abbreviation(string Short, LocalizedText Name, Vacancy Vacancy);

/// <summary>
/// What the abbreviations the notices use stand for, read from the catalogue itself so that an imported notice brings
/// its own: a unit's or a vacancy's abbreviation with its name, and every "Full Name (ABBR)" or "(the Full Name, ABBR)"
/// of the English texts whose words' initials spell it. Names found in running text are English only, as the
/// abbreviations are; a unit's and a division's names have their French.
/// </summary>
public sealed partial class Abbreviations
{
    // Words an abbreviation's initials skip ("Joint Intelligence and Security" is JIS).
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "for", "on", "in", "&", "to" };

    private readonly Dictionary<string, List<Abbreviation>> _byShort = new(StringComparer.OrdinalIgnoreCase);

    public Abbreviations(VacancyCatalogue catalogue)
    {
        foreach (var v in catalogue.All)
        {
            // A unit that goes by the vacancy's own short name ("KM") is the vacancy: its name comes from the texts.
            foreach (var u in v.Units.Where(u => u.Abbreviation is { Length: >= 2 } && u.Abbreviation != v.ShortName))
            {
                Add(new Abbreviation(u.Abbreviation!, u.Name, v));
            }

            var texts = new[] { v.Title, v.Division, v.NatoBody }.OfType<LocalizedText>()
                .Concat(v.About).Concat(v.Tasks).Concat(v.LearningOutcomes)
                .Concat(v.Units.SelectMany(u => new[] { u.Name, u.Description }.OfType<LocalizedText>().Concat(u.Areas)));
            foreach (var text in texts)
            {
                foreach (var (shortName, name) in Spelled(text.En))
                {
                    // The vacancy's own abbreviation in its division's name carries the division's French name.
                    var french = shortName == v.ShortName && v.Division is { HasFrench: true } division && division.En.Contains($"({shortName})", StringComparison.Ordinal)
                        ? Parenthesised(shortName).Replace(division.Fr!, "").Trim()
                        : null;
                    Add(new Abbreviation(shortName, new LocalizedText(name, french), v));
                }
            }
        }
    }

    /// <summary>What <paramref name="shortName"/> stands for in each notice that spells it out (none: not known).</summary>
    public IReadOnlyList<Abbreviation> Of(string shortName) => _byShort.TryGetValue(shortName, out var found) ? found : [];

    /// <summary>The known abbreviations written in capitals in <paramref name="text"/>, in order; any case when <paramref name="anyCase"/>.</summary>
    public IReadOnlyList<string> In(string text, bool anyCase) => Token().Matches(text)
        .Select(m => m.Value)
        .Where(t => (anyCase || t.Count(char.IsUpper) >= 2 && t.All(c => char.IsUpper(c) || char.IsDigit(c))) && _byShort.ContainsKey(t))
        .Select(t => _byShort[t][0].Short)
        .Distinct(StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// The text with each abbreviation of <paramref name="vacancy"/>'s notice it uses alone spelled out at its first use
    /// ("the NOS (NATO Office of Security) coordinates"), unless <paramref name="named"/> holds it already, the text
    /// names it, or a parenthesis already stands beside it; every abbreviation met joins <paramref name="named"/>.
    /// </summary>
    public string SpelledOutOnce(string text, Vacancy vacancy, Language language, ISet<string> named)
    {
        foreach (var shortName in In(text, anyCase: false).Where(a => a != vacancy.ShortName && !named.Contains(a)))
        {
            named.Add(shortName);
            var name = Of(shortName).FirstOrDefault(a => a.Vacancy == vacancy)?.Name.In(language);
            var at = Token().Matches(text).FirstOrDefault(m => m.Value == shortName) is { } token ? token.Index : -1;
            if (name is not null && at >= 0 && !text.Contains(name, StringComparison.OrdinalIgnoreCase)
                && !text.AsSpan(at + shortName.Length).TrimStart().StartsWith("(") && !text.AsSpan(0, at).TrimEnd().EndsWith("("))
            {
                text = text.Insert(at + shortName.Length, $" ({name})");
            }
        }

        return text;
    }

    private void Add(Abbreviation abbreviation)
    {
        var list = _byShort.TryGetValue(abbreviation.Short, out var known) ? known : _byShort[abbreviation.Short] = [];
        // One name per vacancy: the first found (a unit's own, which has its French) stands.
        if (!list.Any(a => a.Vacancy == abbreviation.Vacancy))
        {
            list.Add(abbreviation);
        }
    }

    /// <summary>"Joint Intelligence and Security (JIS)", "(the NATO Office of Security, NOS)": each abbreviation and the words it stands for.</summary>
    internal static IEnumerable<(string Short, string Name)> Spelled(string text)
    {
        foreach (Match m in SpelledOut().Matches(text))
        {
            var shortName = m.Groups["short"].Value;
            var before = text[..m.Index];
            var words = Words().Matches(before).Select(w => w.Value).ToArray();
            for (var start = words.Length - 1; start >= Math.Max(0, words.Length - 10); start--)
            {
                if (Skipped.Contains(words[start]) || !char.IsUpper(words[start][0]))
                {
                    continue;
                }

                var span = words[start..];
                var initials = string.Concat(span.Where(w => !Skipped.Contains(w)).Select(w => char.ToUpperInvariant(w[0])));
                // "Office of the NATO Chief Information Officer (OCIO)": the organisation's name may stand outside the initials.
                var withoutNato = string.Concat(span.Where(w => !Skipped.Contains(w) && w != "NATO").Select(w => char.ToUpperInvariant(w[0])));
                if (string.Equals(initials, shortName, StringComparison.OrdinalIgnoreCase) || string.Equals(withoutNato, shortName, StringComparison.OrdinalIgnoreCase))
                {
                    yield return (shortName, string.Join(' ', span));
                    break;
                }
            }
        }
    }

    private static Regex Parenthesised(string shortName) => new($@"\s*\({Regex.Escape(shortName)}\)", RegexOptions.CultureInvariant, Patterns.MatchTimeout);

    // "(JIS)" or ", NOS)" after the words they stand for.
    [GeneratedRegex(@"(?:\(|,\s)(?<short>[A-Z][A-Za-z]{1,7})\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Patterns.MatchTimeoutMs)]
    private static partial Regex SpelledOut();

    [GeneratedRegex(@"[\p{L}][\p{L}'’-]*|&", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Patterns.MatchTimeoutMs)]
    private static partial Regex Words();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[\p{L}][\p{L}\p{N}]{1,7}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Patterns.MatchTimeoutMs)]
    private static partial Regex Token();
}
