namespace InternBot.Core.Vacancies;

/// <summary>All vacancies, with lookup by reference, slug, short name, alias or a loose name.</summary>
public sealed class VacancyCatalogue
{
    private readonly Dictionary<string, Vacancy> _byExactName = new(StringComparer.Ordinal);
    private readonly List<(Vacancy Vacancy, HashSet<string> Strong, HashSet<string> Weak)> _tokens = [];

    public VacancyCatalogue(IEnumerable<Vacancy> vacancies)
    {
        All = vacancies.OrderBy(v => v.Slug, StringComparer.Ordinal).ToList();
        foreach (var vacancy in All)
        {
            foreach (var (_, name) in VacancyNames.Exact(vacancy))
            {
                _byExactName.TryAdd(VacancyNames.Normalise(name), vacancy);
            }

            var strong = Tokens(VacancyNames.Exact(vacancy).Select(n => n.Name));
            var weak = Tokens(WeakNames(vacancy));
            weak.ExceptWith(strong);
            _tokens.Add((vacancy, strong, weak));
        }
    }

    public IReadOnlyList<Vacancy> All { get; }

    /// <summary>The campaigns in the catalogue, in order of their last deadline.</summary>
    public IReadOnlyList<string> Campaigns =>
        All.GroupBy(v => v.Campaign).OrderBy(g => g.Max(v => v.Deadline.ClosesAt)).Select(g => g.Key).ToList();

    /// <summary>The vacancy with exactly this slug, reference, short name, alias or title; null otherwise.</summary>
    public Vacancy? Get(string name) => _byExactName.GetValueOrDefault(VacancyNames.Normalise(name));

    /// <summary>
    /// Finds the vacancy a person means: an exact name first, then the best loose match on the words of its
    /// names (title words count more than the names of its sections). Several equally good matches are
    /// returned as ambiguous rather than picked at random.
    /// </summary>
    public VacancyMatch Find(string query)
    {
        var normalised = VacancyNames.Normalise(query);
        if (normalised.Length == 0)
        {
            return VacancyMatch.None;
        }

        if (_byExactName.TryGetValue(normalised, out var exact))
        {
            return VacancyMatch.Unique(exact);
        }

        var words = normalised.Split(' ').Where(w => !StopWords.Contains(w)).ToList();
        if (words.Count == 0)
        {
            return VacancyMatch.None;
        }

        var scored = _tokens
            .Select(t => (t.Vacancy, Score: words.Sum(w => Score(w, t.Strong, t.Weak))))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ToList();
        if (scored.Count == 0)
        {
            return VacancyMatch.None;
        }

        var best = scored.TakeWhile(x => x.Score == scored[0].Score).Select(x => x.Vacancy).ToList();
        return best.Count == 1 ? VacancyMatch.Unique(best[0]) : VacancyMatch.Ambiguous(best);
    }

    private static int Score(string word, HashSet<string> strong, HashSet<string> weak)
    {
        if (strong.Contains(word))
        {
            return 3;
        }

        if (weak.Contains(word))
        {
            return 1;
        }

        // Typos in longer words ("knowlege") still count, a little less than a clean hit.
        if (word.Length >= 5)
        {
            if (strong.Any(t => t.Length >= 5 && Json.JsonFieldReader.EditDistance(word, t) == 1))
            {
                return 2;
            }

            if (weak.Any(t => t.Length >= 5 && Json.JsonFieldReader.EditDistance(word, t) == 1))
            {
                return 1;
            }
        }

        return 0;
    }

    private static IEnumerable<string> WeakNames(Vacancy v)
    {
        foreach (var text in new[] { v.Division, v.NatoBody }.OfType<Text.LocalizedText>())
        {
            yield return text.En;
            if (text.HasFrench)
            {
                yield return text.Fr!;
            }
        }

        foreach (var unit in v.Units)
        {
            yield return unit.Name.En;
            if (unit.Name.HasFrench)
            {
                yield return unit.Name.Fr!;
            }

            if (unit.Abbreviation is not null)
            {
                yield return unit.Abbreviation;
            }
        }
    }

    private static HashSet<string> Tokens(IEnumerable<string> names) =>
        names.SelectMany(n => VacancyNames.Normalise(n).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => !StopWords.Contains(w))
            .ToHashSet(StringComparer.Ordinal);

    // Words that appear in every notice or carry no meaning for telling vacancies apart.
    private static readonly HashSet<string> StopWords = new(
    [
        .. VacancyNames.InternshipWords,
        "the", "a", "an", "one", "of", "and", "in", "for", "to", "on", "at", "with", "about", "which", "what",
        "intern", "interns", "notice", "position", "job", "call",
        "nato", "otan", "hq", "headquarters", "staff", "international", "team",
        "le", "la", "les", "l", "de", "du", "des", "d", "et", "un", "une", "au", "aux", "en", "pour", "sur",
        "stagiaire", "celui", "celle",
    ], StringComparer.Ordinal);
}
