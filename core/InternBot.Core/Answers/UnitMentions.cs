using InternBot.Core.Understanding;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Answers;

/// <summary>
/// Finds the sections, branches and units a message names, by abbreviation ("DSP", "the CPU", "la DIMS") or by name
/// ("Close Protection Unit", "NATO Library"), with the vacancy each belongs to.
/// </summary>
internal sealed class UnitMentions
{
    private readonly List<(Vacancy Vacancy, OrganisationalUnit Unit, string[] Phrase, bool Abbreviation)> _phrases = [];

    public UnitMentions(VacancyCatalogue catalogue)
    {
        foreach (var v in catalogue.All)
        {
            // A unit that goes by the vacancy's own short name ("KM") is the vacancy, not a unit within it.
            foreach (var u in v.Units.Where(u => !string.Equals(u.Abbreviation, v.ShortName, StringComparison.OrdinalIgnoreCase)))
            {
                var names = new[] { u.Name.En, u.Name.Fr, u.Abbreviation }.Concat(u.Areas.SelectMany(a => new[] { a.En, a.Fr })).OfType<string>();
                foreach (var name in names)
                {
                    var phrase = TextNormaliser.Words(TextNormaliser.Normalise(name));

                    // A one-word name must be an abbreviation of three letters or more; "Cyber security" needs both words.
                    if (phrase.Length > 1 || (phrase.Length == 1 && phrase[0].Length >= 3 && name == u.Abbreviation))
                    {
                        _phrases.Add((v, u, phrase, name == u.Abbreviation));
                    }

                    // "the NATO HQ Security Force", "la Force de sécurité": the name without its organisation words.
                    if (Core(phrase) is { Length: >= 2 } core && core.Length < phrase.Length)
                    {
                        _phrases.Add((v, u, core, false));
                    }

                    // "the security awareness side", "la protection rapprochée": without the kind of unit it is either.
                    if (Kindless(phrase) is { Length: >= 2 } kindless && kindless.Length < Core(phrase).Length)
                    {
                        _phrases.Add((v, u, kindless, false));
                    }
                }
            }
        }

        _phrases.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
    }

    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal) { "nato", "otan", "hq", "headquarters", "siege", "du", "de", "la", "le", "l", "des", "the" };

    // What kind of unit a name says it is, at its end in English and its start in French, with the words joining it.
    private static readonly HashSet<string> KindWords = new(
        ["programme", "program", "unit", "section", "branch", "team", "service", "services", "office", "unite", "branche", "equipe", "bureau", "d", .. OrganisationWords],
        StringComparer.Ordinal);

    private static string[] Core(string[] phrase) => Core(phrase, OrganisationWords);

    /// <summary>A unit's name without its organisation words or the kind of unit it is ("digital information innovation").</summary>
    public static string[] Kindless(string[] phrase) => Core(Core(phrase), KindWords);

    private static string[] Core(string[] phrase, HashSet<string> strip)
    {
        var start = 0;
        var end = phrase.Length;
        while (start < end && strip.Contains(phrase[start]))
        {
            start++;
        }

        while (end > start && strip.Contains(phrase[end - 1]))
        {
            end--;
        }

        return phrase[start..end];
    }

    /// <summary>
    /// The text's words with the names of the given units taken out, longest names first: "work nights at the Close
    /// Protection Unit" keeps "work nights at the" (a part's word inside a name asks for no part).
    /// </summary>
    public IReadOnlyList<string> WordsBesideNames(AnalysedText text, IReadOnlyCollection<OrganisationalUnit> named)
    {
        var words = text.Words.ToList();
        foreach (var (_, _, phrase, _) in _phrases.Where(p => named.Contains(p.Unit)))
        {
            for (var i = 0; i + phrase.Length <= words.Count;)
            {
                if (words.Skip(i).Take(phrase.Length).SequenceEqual(phrase, StringComparer.Ordinal))
                {
                    words.RemoveRange(i, phrase.Length);
                }
                else
                {
                    i++;
                }
            }
        }

        return words;
    }

    /// <summary>
    /// The units the text names, most specific first. With <paramref name="abbreviationsOnly"/>, only abbreviations
    /// count: "which ones deal with cyber security?" is a search, "what does BRM stand for?" names a unit.
    /// </summary>
    public IReadOnlyList<(Vacancy Vacancy, OrganisationalUnit Unit)> In(AnalysedText text, bool abbreviationsOnly = false)
    {
        var found = new List<(Vacancy, OrganisationalUnit)>();
        foreach (var (vacancy, unit, phrase, abbreviation) in _phrases)
        {
            if ((abbreviation || !abbreviationsOnly) && text.Contains(phrase) && !found.Contains((vacancy, unit)))
            {
                found.Add((vacancy, unit));
            }
        }

        return found;
    }
}
