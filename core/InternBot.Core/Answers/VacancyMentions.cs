using InternBot.Core.Understanding;
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
    private readonly List<(Vacancy Vacancy, string Phrase, bool Strong)> _phrases = [];
    private readonly HashSet<(Vacancy, string)> _identifiers = [];
    private readonly Dictionary<string, HashSet<Vacancy>> _wordOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<(Vacancy, string), int> _wordWeight = [];
    private readonly HashSet<(Vacancy, string)> _nameStems = [];

    private readonly IReadOnlySet<string> _stopwords;

    public VacancyMentions(VacancyCatalogue catalogue, IReadOnlySet<string> stopwords)
    {
        _stopwords = stopwords;
        foreach (var v in catalogue.All)
        {
            var strong = VacancyNames.Exact(v).Select(n => n.Name).ToList();
            foreach (var id in new[] { v.Slug, v.ShortName, v.Reference }.OfType<string>())
            {
                _identifiers.Add((v, TextNormaliser.Normalise(id)));
            }

            var weak = new[] { v.Division }.OfType<Text.LocalizedText>().SelectMany(t => new[] { t.En, t.Fr }).OfType<string>()
                .Concat(v.Units.SelectMany(u => new[] { u.Name.En, u.Name.Fr, u.Abbreviation }.Concat(u.Areas.SelectMany(a => new[] { a.En, a.Fr }))).OfType<string>())
                .ToList();
            foreach (var (name, isStrong) in strong.Select(n => (n, true)).Concat(weak.Select(n => (n, false))))
            {
                var phrase = TextNormaliser.Normalise(name);
                if (phrase.Length >= 2 && !stopwords.Contains(phrase))
                {
                    _phrases.Add((v, phrase, isStrong));
                }
            }

            // Every word of its names, generic or not, for "is this word only part of how the vacancy was named?".
            foreach (var word in strong.Concat(weak).SelectMany(n => TextNormaliser.Normalise(n).Split(' ')).Where(w => w.Length >= 2 && !stopwords.Contains(w)))
            {
                _nameStems.Add((v, LightStemmer.Stem(word)));
            }

            foreach (var (names, weight) in new[] { (strong, 3), (weak, 2) })
            {
                foreach (var word in names.SelectMany(n => TextNormaliser.Normalise(n).Split(' ')).Where(w => w.Length >= 3 && !stopwords.Contains(w) && !GenericWords.Contains(w)))
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

    /// <summary>
    /// The vacancies the (normalised) text names, most certain first; several when it names several. With
    /// <paramref name="namesOnly"/>, only a vacancy's own names count (reference, short name, aliases, title), not its
    /// division or units: "which ones deal with cyber security?" asks about every vacancy, not the one with that unit.
    /// </summary>
    public IReadOnlyList<Vacancy> In(string normalisedText, bool namesOnly = false)
    {
        // Pure and asked several times per question (and of the same common questions): remembered, within a bound.
        if (_seen.TryGetValue((normalisedText, namesOnly), out var known))
        {
            return known;
        }

        var found = Find(normalisedText, namesOnly);
        if (_seen.Count >= MaxRemembered)
        {
            _seen.Clear();
        }

        _seen[(normalisedText, namesOnly)] = found;
        return found;
    }

    /// <summary>Whether <paramref name="stem"/> is the stem of a word of one of <paramref name="vacancy"/>'s names ("bureau" for OCIO's French title).</summary>
    public bool IsNameStem(Vacancy vacancy, string stem) => _nameStems.Contains((vacancy, stem));

    private const int MaxRemembered = 4_096;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, bool), IReadOnlyList<Vacancy>> _seen = new();

    private List<Vacancy> Find(string normalisedText, bool namesOnly)
    {
        var padded = " " + normalisedText + " ";
        var found = new List<Vacancy>();
        foreach (var (vacancy, phrase, strong) in _phrases)
        {
            // Set-level questions ("which ones deal with security?") name a vacancy only by an identifier or a
            // name of several words, not by a one-word alias that is also a subject ("security").
            if (namesOnly && (!strong || (!phrase.Contains(' ', StringComparison.Ordinal) && !_identifiers.Contains((vacancy, phrase)))))
            {
                continue;
            }

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

        // A long name written with slips ("NATO Digitl Staf"): the same number of words, a couple of letters off.
        var words = normalisedText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var (vacancy, phrase, strong) in _phrases.Where(p => p.Strong && p.Phrase.Length >= 12 && p.Phrase.Contains(' ', StringComparison.Ordinal)))
        {
            var count = phrase.Count(c => c == ' ') + 1;
            for (var i = 0; i + count <= words.Length; i++)
            {
                var window = string.Join(' ', words, i, count);
                if (window[0] == phrase[0] && Understanding.Spelling.Distance(window, phrase, 2) <= 2)
                {
                    return [vacancy];
                }
            }
        }

        // No whole name: score the words that belong to exactly one vacancy (typos within one letter count).
        var scores = new Dictionary<Vacancy, int>();
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length < 3 || _stopwords.Contains(word))
            {
                continue;
            }

            var key = _wordOwners.ContainsKey(word) ? word : FuzzyKey(word);
            if (key is not null && _wordOwners[key] is { Count: 1 } owners && (!namesOnly || _wordWeight[(owners.First(), key)] >= 3))
            {
                var v = owners.First();
                // "The archives internship", "le stage des Archives": a word of one vacancy's names, said to name an
                // internship, names it.
                var namesAnInternship = (i + 1 < words.Length && words[i + 1] is "internship" or "one" or "notice" or "posting" or "vacancy" or "placement")
                    || (i >= 2 && words[i - 2] is "stage" or "offre" or "avis" && words[i - 1] is "des" or "du" or "de" or "aux" or "au");
                scores[v] = scores.GetValueOrDefault(v) + _wordWeight[(v, key)] - (key == word ? 0 : 1) + (namesAnInternship ? 2 : 0);
            }
        }

        // One distinctive word is not enough ("officer" is in the OCIO's name, but not only there in questions).
        return scores.Where(kv => kv.Value >= 4).OrderByDescending(kv => kv.Value).Select(kv => kv.Key).ToList() is { Count: > 0 } best
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
