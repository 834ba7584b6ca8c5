using InternBot.Core.Vacancies;

namespace InternBot.Core.Answers;

/// <summary>
/// Finds the vacancies a message names: by reference, slug, short name, alias, title, division or unit ("250775",
/// "the KM one", "digital staff", "security", "the library"). A whole name anywhere in the message counts; failing
/// that, words distinctive of one vacancy do ("knowlege managment" with its typos). Words several vacancies share
/// ("management", "digital") are not enough on their own.
/// </summary>
internal sealed class VacancyMentions
{
    private readonly List<(Vacancy Vacancy, string Phrase)> _phrases = [];
    private readonly Dictionary<string, HashSet<Vacancy>> _wordOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<(Vacancy, string), int> _wordWeight = [];

    public VacancyMentions(VacancyCatalogue catalogue)
    {
        foreach (var v in catalogue.All)
        {
            var strong = VacancyNames.Exact(v).Select(n => n.Name).ToList();
            var weak = new[] { v.Division }.OfType<Text.LocalizedText>().SelectMany(t => new[] { t.En, t.Fr }).OfType<string>()
                .Concat(v.Units.SelectMany(u => new[] { u.Name.En, u.Name.Fr, u.Abbreviation }.Concat(u.Areas.SelectMany(a => new[] { a.En, a.Fr }))).OfType<string>())
                .ToList();
            foreach (var name in strong.Concat(weak))
            {
                var phrase = Lexicon.Normalise(name);
                if (phrase.Length >= 2 && !Lexicon.FunctionWords.Contains(phrase))
                {
                    _phrases.Add((v, phrase));
                }
            }

            foreach (var (names, weight) in new[] { (strong, 3), (weak, 2) })
            {
                foreach (var word in names.SelectMany(n => Lexicon.Normalise(n).Split(' ')).Where(w => w.Length >= 3 && !Lexicon.FunctionWords.Contains(w) && !GenericWords.Contains(w)))
                {
                    if (!_wordOwners.TryGetValue(word, out var owners))
                    {
                        _wordOwners[word] = owners = [];
                    }

                    owners.Add(v);
                    _wordWeight[(v, word)] = Math.Max(_wordWeight.GetValueOrDefault((v, word)), weight);
                }
            }
        }

        // Longest names first, so "NATO Digital Staff" wins over "Digital Staff" inside it.
        _phrases.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
    }

    /// <summary>The vacancies the (normalised) text names, most certain first; several when it names several.</summary>
    public IReadOnlyList<Vacancy> In(string normalisedText)
    {
        var padded = " " + normalisedText + " ";
        var found = new List<Vacancy>();
        foreach (var (vacancy, phrase) in _phrases)
        {
            var at = padded.IndexOf(" " + phrase + " ", StringComparison.Ordinal);
            if (at >= 0)
            {
                if (!found.Contains(vacancy))
                {
                    found.Add(vacancy);
                }

                // Blank the name out so its words are not read again ("digital staff" is not also "digital").
                padded = padded[..(at + 1)] + new string('#', phrase.Length) + padded[(at + 1 + phrase.Length)..];
            }
        }

        if (found.Count > 0)
        {
            return found;
        }

        // No whole name: score the words that belong to exactly one vacancy (typos within one letter count).
        var scores = new Dictionary<Vacancy, int>();
        foreach (var word in normalisedText.Split(' ').Where(w => w.Length >= 3 && !Lexicon.FunctionWords.Contains(w)))
        {
            var key = _wordOwners.ContainsKey(word) ? word : FuzzyKey(word);
            if (key is not null && _wordOwners[key] is { Count: 1 } owners)
            {
                var v = owners.First();
                scores[v] = scores.GetValueOrDefault(v) + _wordWeight[(v, key)] - (key == word ? 0 : 1);
            }
        }

        return scores.Where(kv => kv.Value >= 2).OrderByDescending(kv => kv.Value).Select(kv => kv.Key).ToList() is { Count: > 0 } best
            ? [best[0]]
            : [];
    }

    private string? FuzzyKey(string word) =>
        word.Length < 5 ? null : _wordOwners.Keys.FirstOrDefault(k => k.Length >= 5 && Json.JsonFieldReader.EditDistance(word, k) == 1);

    // Words in names that say nothing about which vacancy is meant.
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "international", "military", "staff", "section", "branch", "team", "unit", "services", "service", "office", "division",
        "management", "internship", "programme", "program", "executive", "coordinator", "nato", "otan", "stage", "gestion", "bureau",
        "information", "digital", "numerique", "and", "the", "etat", "major", "militaire", "international", "equipe", "branche",
        "de", "des", "du", "la", "le", "les", "et",
    };
}
