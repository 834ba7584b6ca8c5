using InternBot.Core.Answers;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Understanding;

/// <summary>One piece of a vacancy's catalogue text: a task, a unit's description, a policy...</summary>
public sealed record CataloguePassage(Vacancy Vacancy, NoticePart Part, Topic Topic, LocalizedText Text, OrganisationalUnit? Unit = null);

/// <summary>A passage and how well it answers a question: BM25 score and the share of the question's words it covers.</summary>
public sealed record PassageHit(CataloguePassage Passage, double Score, double Coverage, IReadOnlyList<string> Matched);

/// <summary>
/// Ranked search (BM25) over the catalogue's own texts, both languages together, for what no topic answers:
/// "what does the CPU do?", "which internship involves the NATO Library?", "I study archival science". It finds
/// passages; it never writes anything the catalogue does not hold.
/// </summary>
public sealed class PassageIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly TextAnalyser _analyser;
    private readonly List<(CataloguePassage Passage, Dictionary<string, int> Terms, int Length)> _documents = [];
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly double _averageLength;
    private readonly double _maxIdf;

    public PassageIndex(VacancyCatalogue catalogue, TextAnalyser analyser)
    {
        _analyser = analyser;
        foreach (var passage in catalogue.All.SelectMany(Passages))
        {
            // A unit's passages are found by its names too; what one learns there is found by its own words (its label
            // already names the unit, and it should not outrank the unit's work for "what would I do in the CPU?").
            var names = passage.Unit is { } u && passage.Topic != Topic.LearningOutcomes ? $"{u.Name.En} {u.Name.Fr} {u.Abbreviation}" : "";
            var text = analyser.Known(passage.Text.En + " " + passage.Text.Fr + " " + names);
            var terms = text.Terms.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            _documents.Add((passage, terms, text.Terms.Length));
        }

        var n = _documents.Count;
        foreach (var group in _documents.SelectMany(d => d.Terms.Keys).GroupBy(t => t, StringComparer.Ordinal))
        {
            _idf[group.Key] = Math.Log(1 + ((n - group.Count() + 0.5) / (group.Count() + 0.5)));
        }

        _averageLength = n == 0 ? 1 : _documents.Average(d => d.Length);
        _maxIdf = Math.Log(1 + ((n + 0.5) / 0.5));
    }

    private IReadOnlyList<CataloguePassage>? _all;
    private Dictionary<object, string>? _words;

    public IReadOnlyList<CataloguePassage> All => _all ??= _documents.Select(d => d.Passage).ToList();

    /// <summary>
    /// The passage's words, both languages, normalised and padded with spaces (" the private office "), for finding a
    /// phrase as whole words.
    /// </summary>
    public string WordsOf(CataloguePassage passage)
    {
        // Keyed by reference: a passage record's own hash walks the whole vacancy.
        _words ??= _documents.ToDictionary(d => (object)d.Passage, d =>
            " " + string.Join(' ', TextNormaliser.Words(TextNormaliser.Normalise(d.Passage.Text.En)))
            + " | " + (d.Passage.Text.HasFrench ? string.Join(' ', TextNormaliser.Words(TextNormaliser.Normalise(d.Passage.Text.Fr!))) : "") + " ", (IEqualityComparer<object>)ReferenceEqualityComparer.Instance);
        return _words[passage];
    }

    /// <summary>
    /// Passages for the question's terms (stems), best first, optionally only of some vacancies or topics. Coverage is
    /// the weight of the question's own terms found in the passage (synonyms count for the word they stand for).
    /// </summary>
    public IReadOnlyList<PassageHit> Search(IReadOnlyCollection<string> ownTerms, IReadOnlyCollection<string> extraTerms, Func<CataloguePassage, bool>? where = null, int take = 10)
    {
        var query = ownTerms.Concat(extraTerms).Distinct(StringComparer.Ordinal).ToList();

        // A word no passage uses cannot be found anywhere; it weighs a little (the question is partly about something
        // the notices never mention) but does not hide a passage that holds everything else.
        var wanted = ownTerms.Distinct(StringComparer.Ordinal).Sum(t => Knows(t) ? Idf(t) : 0.15 * _maxIdf);
        var hits = new List<PassageHit>();
        if (query.Count == 0 || wanted <= 0)
        {
            return hits;
        }

        foreach (var (passage, terms, length) in _documents)
        {
            if (where is not null && !where(passage))
            {
                continue;
            }

            double score = 0, found = 0;
            List<string>? matched = null;
            foreach (var t in query)
            {
                if (terms.TryGetValue(t, out var tf))
                {
                    var idf = _idf[t];
                    score += idf * (tf * (K1 + 1)) / (tf + (K1 * (1 - B + (B * length / _averageLength))));
                    found += idf;
                    (matched ??= []).Add(t);
                }
            }

            if (matched is not null)
            {
                hits.Add(new PassageHit(passage, score, Math.Min(1.0, found / wanted), matched));
            }
        }

        return hits.OrderByDescending(h => h.Score).Take(take).ToList();
    }

    /// <summary>How rare a term is among passages; a term no passage uses weighs as much as the rarest.</summary>
    public double Idf(string term) => _idf.GetValueOrDefault(term, _maxIdf);

    public bool Knows(string term) => _idf.ContainsKey(term);

    /// <summary>Whether any passage of these vacancies uses the term (stem), in either language.</summary>
    public bool Uses(string term, IReadOnlyCollection<Vacancy> vacancies) =>
        _idf.ContainsKey(term) && _documents.Any(d => d.Terms.ContainsKey(term) && vacancies.Contains(d.Passage.Vacancy));

    /// <summary>The passages that use the term (stem), in either language.</summary>
    public IReadOnlyList<CataloguePassage> Using(string term) =>
        _idf.ContainsKey(term) ? _documents.Where(d => d.Terms.ContainsKey(term)).Select(d => d.Passage).ToList() : [];

    /// <summary>The one unit whose name holds every word of a task's label ("Security awareness:" is the NATO HQ Security Awareness Programme).</summary>
    private static OrganisationalUnit? LabelledUnit(Vacancy v, string? label)
    {
        if (label is null)
        {
            return null;
        }

        var words = TextNormaliser.Words(TextNormaliser.Normalise(label));
        var matches = v.Units.Where(u => u.Abbreviation == label
            || (words.Length > 0 && words.All(TextNormaliser.Words(TextNormaliser.Normalise(u.Name.En)).Contains))).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>
    /// The unit a text of the work is about: a vacancy with one unit does all its work there; otherwise the text names its
    /// unit ("Close Protection Unit: ..."), perhaps shortened ("Security Force:" for the NATO Headquarters Security Force).
    /// </summary>
    private static OrganisationalUnit? UnitOf(Vacancy v, LocalizedText text)
    {
        var label = text.En.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon ? text.En[..colon].Trim() : null;
        return v.Units.Count == 1 ? v.Units[0] : LabelledUnit(v, label) ?? v.Units.FirstOrDefault(u => u.Abbreviation is { } a && text.En.Contains($"({a})", StringComparison.Ordinal));
    }

    private static IEnumerable<CataloguePassage> Passages(Vacancy v)
    {
        foreach (var about in v.About)
        {
            yield return new(v, NoticePart.Description, Topic.About, about);
        }

        foreach (var unit in v.Units)
        {
            var areas = unit.Areas.Count == 0 ? "" : " (" + string.Join(", ", unit.Areas.Select(a => a.En)) + ")";
            var areasFr = unit.Areas.Count == 0 ? "" : " (" + string.Join(", ", unit.Areas.Select(a => a.In(Language.French))) + ")";
            var text = unit.Description is { } d
                ? new LocalizedText(d.En + areas, d.HasFrench ? d.Fr + areasFr : null)
                : new LocalizedText(unit.Name.En + areas, unit.Name.HasFrench ? unit.Name.Fr + areasFr : null);
            yield return new(v, NoticePart.Description, Topic.Units, text, unit);
        }

        foreach (var task in v.Tasks)
        {
            yield return new(v, NoticePart.DailyWork, Topic.Tasks, task, UnitOf(v, task));
        }

        // What one learns may be said of one unit too ("Close Protection Unit: learning ... emergency management").
        foreach (var outcome in v.LearningOutcomes)
        {
            yield return new(v, NoticePart.DailyWork, Topic.LearningOutcomes, outcome, v.Units.Count > 1 ? UnitOf(v, outcome) : null);
        }

        foreach (var c in v.Selection.Essential)
        {
            yield return new(v, NoticePart.Selection, Topic.EssentialCriteria, c.Text);
        }

        foreach (var c in v.Selection.Desirable)
        {
            yield return new(v, NoticePart.Selection, Topic.DesirableCriteria, c.Text);
        }

        foreach (var c in v.Selection.Competencies)
        {
            yield return new(v, NoticePart.Competencies, Topic.Competencies, new LocalizedText($"{c.Name.En}: {c.Description.En}", c.Name.HasFrench && c.Description.HasFrench ? $"{c.Name.Fr} : {c.Description.Fr}" : null));
        }

        foreach (var d in v.Documents?.Required ?? [])
        {
            yield return new(v, NoticePart.SpecialNotice, Topic.Documents, d.Text);
        }

        if (v.InfoSession?.Description is { } session)
        {
            yield return new(v, NoticePart.InfoSession, Topic.InfoSession, session);
        }

        var p = v.Policies;
        foreach (var (topic, part, text) in new (Topic, NoticePart, LocalizedText?)[]
        {
            (Topic.GenerativeAi, NoticePart.SpecialNotice, p.GenerativeAi), (Topic.Enquiries, NoticePart.SpecialNotice, p.Enquiries),
            (Topic.UpdatesAfterDeadline, NoticePart.SpecialNotice, p.UpdatesAfterDeadline), (Topic.CandidatePool, NoticePart.SpecialNotice, p.CandidatePool),
            (Topic.ReasonableAccommodation, NoticePart.Values, p.ReasonableAccommodation), (Topic.Diversity, NoticePart.Values, p.Diversity),
            (Topic.Integrity, NoticePart.Values, p.Integrity), (Topic.Accuracy, NoticePart.SpecialNotice, p.Accuracy), (Topic.MoreInformation, NoticePart.SpecialNotice, p.MoreInformation),
            (Topic.Travel, NoticePart.Offer, v.Offer?.TravelReimbursement), (Topic.Telework, NoticePart.Offer, v.Offer?.Telework),
            (Topic.StaffCentre, NoticePart.Offer, v.Offer?.StaffCentre), (Topic.Activities, NoticePart.Offer, v.Offer?.Activities),
        })
        {
            if (text is not null)
            {
                yield return new(v, part, topic, text);
            }
        }
    }
}
