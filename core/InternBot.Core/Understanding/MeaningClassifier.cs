namespace InternBot.Core.Understanding;

/// <summary>A meaning and how well the question matched its closest example (0..1).</summary>
/// <param name="Meaning">The topic, request or uncovered aspect.</param>
/// <param name="Score">0..1: how much of the closest example the question holds, with how much of the question the meaning explains.</param>
/// <param name="Example">The closest example question.</param>
/// <param name="Matched">The question's terms the meaning's examples use.</param>
/// <param name="Coverage">How much of the closest example the question contains (0..1).</param>
/// <param name="Weight">The weight of the closest example's words the question contains.</param>
/// <param name="Share">How much of the question (by weight) the meaning's examples explain together (0..1).</param>
public sealed record ScoredMeaning(Meaning Meaning, double Score, string Example, IReadOnlyList<string> Matched, double Coverage = 0, double Weight = 0, double Share = 0);

/// <summary>
/// Scores a question against the example questions of every meaning (understanding.json). Terms are weighted by
/// how few meanings use them (a word every meaning uses says nothing). A meaning scores by how much of its closest
/// example the question contains and, less strongly, how much of the question all its examples together explain. Questions about several things ("deadline and grant") get several meanings:
/// after the best one, the words it explained are set aside and the rest is scored again.
/// </summary>
public sealed class MeaningClassifier
{
    /// <summary>Below this, the best meaning is a guess: the answerer searches the notices or says what it can answer.</summary>
    public const double Threshold = 0.45;

    /// <summary>A second or third meaning in the same question must be at least this clear.</summary>
    public const double FurtherThreshold = 0.7;

    // Terms are weighted as if the bank held this many meanings (its size when the thresholds here were set), not by
    // its actual size: a new meaning then changes only the weights of the words its own examples use, where counting
    // the meanings moved every word's weight, and so questions that have nothing to do with it.
    private const double ReferenceMeaningCount = 93;

    // A word no example uses: it tells nothing about which meaning, but it is part of the question.
    private const double UnknownWeight = 1.0;

    private readonly List<(Meaning Meaning, string Example, Dictionary<string, double> Features, double Total, HashSet<string> Cues, string[] Words)> _examples = [];
    private readonly Dictionary<string, double> _weight = new(StringComparer.Ordinal);
    private readonly Dictionary<Meaning, HashSet<string>> _vocabulary = [];
    private readonly HashSet<string> _requiredCues;
    private readonly HashSet<string> _names;
    // An example whose words are all common ("does the work involve") must not count as fully matched by one of them.
    private const double MinimumExampleWeight = 3.0;

    /// <param name="data">The example banks and cues.</param>
    /// <param name="analyser">Reads the examples as questions are read.</param>
    /// <param name="names">Stems of the words that name a vacancy ("ocio", "knowledg"): they say which, not what.</param>
    public MeaningClassifier(UnderstandingData data, TextAnalyser analyser, IEnumerable<string>? names = null)
    {
        _names = (names ?? []).ToHashSet(StringComparer.Ordinal);
        // "must", "required": a second meaning resting on these alone is the first one's wording ("require a clearance").
        _requiredCues = data.Forms.GetValueOrDefault("required", []).Where(c => c.Length == 1).Select(c => LightStemmer.Stem(c[0])).ToHashSet(StringComparer.Ordinal);
        var raw = data.Examples.Select(e => analyser.Known(e.Example, expand: false) is var a ? (e.Meaning, e.Example, Features: Features(a), Cues: CueTerms(a), a.Words) : default).ToList();
        foreach (var group in raw.SelectMany(r => r.Features.Select(f => (f, r.Meaning))).Distinct().GroupBy(x => x.f))
        {
            _weight[group.Key] = Math.Log(1.0 + (ReferenceMeaningCount / group.Count()));
        }

        foreach (var (meaning, example, features, cues, words) in raw.Where(r => r.Features.Count > 0))
        {
            var weighted = features.ToDictionary(f => f, f => _weight[f], StringComparer.Ordinal);
            _examples.Add((meaning, example, weighted, Math.Max(MinimumExampleWeight, weighted.Where(w => !w.Key.Contains('_')).Sum(w => w.Value)), cues, words));
            if (!_vocabulary.TryGetValue(meaning, out var vocabulary))
            {
                _vocabulary[meaning] = vocabulary = new HashSet<string>(StringComparer.Ordinal);
            }

            vocabulary.UnionWith(features);
        }

        for (var i = 0; i < _examples.Count; i++)
        {
            foreach (var (feature, weight) in _examples[i].Features.Where(f => !f.Key.Contains('_')))
            {
                if (!_postings.TryGetValue(feature, out var list))
                {
                    _postings[feature] = list = [];
                }

                list.Add((i, weight));
            }
        }
    }

    // For each single-word feature, the examples that use it and its weight there.
    private readonly Dictionary<string, List<(int Example, double Weight)>> _postings = new(StringComparer.Ordinal);

    /// <summary>The meanings the question is about, clearest first (empty when none is clear enough).</summary>
    public IReadOnlyList<ScoredMeaning> Classify(AnalysedText question) => Classify(question, Threshold);

    public IReadOnlyList<ScoredMeaning> Classify(AnalysedText question, double threshold) => Read(question, threshold).Accepted;

    // Every word of the question's own is a "required" word or a vacancy's name, and none points back at something
    // said before ("is it required?" after the clearance asks about the clearance).
    private bool OnlyAsksWhatIsRequired(AnalysedText question) =>
        question.Terms.Take(question.OwnTerms) is var own && own.Any(_requiredCues.Contains) && own.All(t => _requiredCues.Contains(t) || _names.Contains(t))
        && !question.Words.Any(PointingBack.Contains);

    private static readonly HashSet<string> PointingBack = new(StringComparer.Ordinal) { "it", "that", "this", "ca", "cela", "ceci" };

    /// <summary>The accepted meanings and the full ranking they came from, with one ranking of the whole question.</summary>
    public (IReadOnlyList<ScoredMeaning> Accepted, IReadOnlyList<ScoredMeaning> Ranked) Read(AnalysedText question, double threshold = Threshold)
    {
        var remaining = Features(question);
        var ranked = Rank(remaining, question);
        var own = question.Subject.ToHashSet(StringComparer.Ordinal);
        var accepted = new List<ScoredMeaning>();
        while (accepted.Count < 3 && remaining.Count > 0)
        {
            var best = (accepted.Count == 0 ? ranked.Where(m => !RestsOnPartOfASynonym(m, question)) : Rank(remaining, question)).FirstOrDefault(m => accepted.All(a => a.Meaning != m.Meaning));
            // A further meaning needs a word of the question itself, not only one a synonym added
            // ("artificial intelligence" adds "machine learning", which is not a question about learning).
            // A first meaning that rests on one word covering little of its closest example is a guess however much
            // of a short question that word is ("what have I already missed?" is not about replacing a document
            // already sent).
            // "Does NDS require Python?" is not about the dress code because "tenue exigée" shares "exigée": a first
            // meaning resting on "required" words alone must match its example whole, unless the question says nothing
            // else ("what are the requirements for OCIO?", "ok then what IS required?").
            if (best is null || (accepted.Count == 0 ? best.Score < threshold || (best.Coverage < 0.3 && best.Matched.Count(m => !m.Contains('_')) < 2)
                    || (best.Coverage < 0.99 && best.Matched.All(_requiredCues.Contains) && !OnlyAsksWhatIsRequired(question))
                    : !best.Matched.Any(own.Contains) || best.Weight < 2.5
                        || (best.Score < FurtherThreshold && !(best.Coverage >= 0.99 && best.Matched.Any(m => !_requiredCues.Contains(m))))
                        || (best.Coverage < 0.99 && best.Weight < 3.0)))
            {
                break;
            }

            accepted.Add(best);
            if (accepted.Count == 1 && best.Meaning.Aspect is null && DistinctAspect(ranked, best) is { } aspect)
            {
                // "Is the grant taxed?": about the grant, but asking what no notice covers (tax). The aspect leads.
                accepted.Insert(0, aspect);
            }

            remaining.ExceptWith(best.Matched);
            remaining.ExceptWith(best.Matched.SelectMany(m => m.Split('_')));

            // A word pair some example uses, that the meaning did not explain, keeps its words ("how much ... how
            // long": "how" serves both).
            remaining.UnionWith(remaining.Where(f => f.Contains('_') && _weight.ContainsKey(f)).SelectMany(f => f.Split('_')).ToList());

            // The words a synonym was read from are explained too ("home office" is telework, not an office).
            remaining.ExceptWith(best.Matched.SelectMany(m => question.AddedFrom.GetValueOrDefault(m) ?? []));
        }

        return (accepted, ranked);
    }

    /// <summary>
    /// A meaning found only through words a synonym added, and only some of them: "speeches" adds "speaking notes",
    /// and "speaking" alone is the info session's interns talking, not the notes an intern drafts ("stipend" adding
    /// "grant" is the grant: the whole of what it added).
    /// </summary>
    private static bool RestsOnPartOfASynonym(ScoredMeaning meaning, AnalysedText question)
    {
        // (The words one synonym added share one array of the words they were read from.)
        var words = meaning.Matched.Where(m => !m.Contains('_')).ToList();
        return words.Count > 0 && words.All(question.AddedFrom.ContainsKey)
            && words.Select(w => question.AddedFrom[w]).Distinct().All(source =>
                question.AddedFrom.Where(a => a.Value == source).Any(a => !words.Contains(a.Key)));
    }

    /// <summary>
    /// An aspect no notice covers that the question names with a word of its own: a rare word of the aspect's examples
    /// that the leading meaning's examples never use ("taxed" beside "grant", "parking" beside "interns").
    /// </summary>
    private ScoredMeaning? DistinctAspect(IReadOnlyList<ScoredMeaning> ranked, ScoredMeaning leading)
    {
        var lead = _vocabulary[leading.Meaning];
        return ranked.Where(m => m.Meaning.Aspect is not null && m.Score >= 0.5 && m.Coverage >= 0.66)
            .FirstOrDefault(m => m.Matched.Any(t => !t.Contains('_') && !lead.Contains(t) && _weight.GetValueOrDefault(t) >= DistinctWeight));
    }

    // A term at most five meanings use.
    private const double DistinctWeight = 2.9;

    /// <summary>Every meaning with its score, best first (for diagnostics and "did you mean").</summary>
    public IReadOnlyList<ScoredMeaning> Rank(AnalysedText question) => Rank(Features(question), question);

    private List<ScoredMeaning> Rank(HashSet<string> query, AnalysedText question)
    {
        var units = Units(query, question);
        var queryTotal = units.Sum(u => u.Weight);
        var best = new Dictionary<Meaning, ScoredMeaning>();
        if (queryTotal <= 0)
        {
            return [];
        }

        var questionCues = CueTerms(question);

        // Only the examples that share a word with the question are scored (through the postings of each word).
        // Coverage counts single words; word pairs only add to how much of the question is explained.
        var overlaps = new Dictionary<int, double>();
        foreach (var feature in query)
        {
            if (!feature.Contains('_') && _postings.TryGetValue(feature, out var postings))
            {
                foreach (var (index, weight) in postings)
                {
                    overlaps[index] = overlaps.GetValueOrDefault(index) + weight;
                }
            }
        }

        foreach (var (index, overlap) in overlaps)
        {
            var (meaning, example, features, total, cues, words) = _examples[index];
            List<string>? matched = null;
            foreach (var feature in features.Keys)
            {
                if (!feature.Contains('_') && query.Contains(feature))
                {
                    (matched ??= []).Add(feature);
                }
            }

            if (matched is null)
            {
                continue;
            }

            // Of two examples the question holds equally, the one asked the same way wins ("how many can I apply
            // to?" is closer to "how many applications can I send" than to "who can apply"), and the one the question
            // says word for word, little words included ("qui peut postuler au NDS ?" is "qui peut postuler", not
            // "jusqu'à quand peut-on postuler"). (Among topics: "can I apply for KM?" is answered by the criteria
            // however a check's example says it.)
            var coverage = overlap / total;
            var sameWay = (cues.Overlaps(questionCues) ? SameWayBonus : 0) + (meaning.Topic is not null && words.Length >= 2 && AnalysedText.Contains(question.Words, words) ? WordForWordBonus : 0);
            if (!best.TryGetValue(meaning, out var current) || coverage + sameWay > current.Score)
            {
                best[meaning] = new ScoredMeaning(meaning, coverage + sameWay, example, matched, coverage, overlap);
            }
        }

        // How much of the question the meaning's examples explain together ("wheelchair" and "adapt the selection").
        return best.Values.Select(m =>
        {
            var vocabulary = _vocabulary[m.Meaning];
            var explained = query.Where(vocabulary.Contains).ToList();
            var share = Math.Min(1.0, units.Sum(u => u.Features.Where(vocabulary.Contains).Select(Weight).DefaultIfEmpty(0).Max()) / queryTotal);
            var sameWay = m.Score - m.Coverage;
            return m with { Score = Math.Min(1.0, Math.Sqrt(m.Coverage * share) + sameWay), Matched = explained, Share = share };
        }).OrderByDescending(m => m.Score).ToList();
    }

    /// <summary>
    /// What the question says, as units to explain: each of its own words with the terms synonyms read from it
    /// ("ims" with "international", "military", "staff"), weighted by its rarest member and explained as far as its
    /// rarest explained member goes. A synonym's words explain the word they came from, not three more words: a
    /// question naming the IMS is not mostly about which staff runs it, and "guard" read as "close protection" is
    /// hardly explained by "close".
    /// </summary>
    private List<(double Weight, List<string> Features)> Units(HashSet<string> query, AnalysedText question)
    {
        var units = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var feature in query)
        {
            var key = question.AddedFrom.TryGetValue(feature, out var sources) && sources.FirstOrDefault(query.Contains) is { } source ? source : feature;
            if (!units.TryGetValue(key, out var members))
            {
                units[key] = members = [];
            }

            members.Add(feature);
        }

        return units.Values.Select(members => (members.Max(Weight), members)).ToList();
    }

    private double Weight(string feature) => _weight.GetValueOrDefault(feature, feature.Contains('_') ? 0 : UnknownWeight);

    // Small: it only decides between meanings the words alone cannot tell apart.
    private const double SameWayBonus = 0.02;

    private const double WordForWordBonus = 0.01;

    /// <summary>The stems of the cue words ("how many", "latest", "still open") a text uses.</summary>
    private static HashSet<string> CueTerms(AnalysedText text) =>
        text.Terms.Take(text.OwnTerms).Where((_, i) => text.Cue[i]).ToHashSet(StringComparer.Ordinal);

    /// <summary>Stems, and pairs of neighbouring stems ("how_long"), which carry more than their words.</summary>
    private static HashSet<string> Features(AnalysedText text)
    {
        var own = text.Subject.ToList();
        var features = new HashSet<string>(own.Concat(text.Added), StringComparer.Ordinal);
        for (var i = 0; i + 1 < own.Count; i++)
        {
            features.Add(own[i] + "_" + own[i + 1]);
        }

        return features;
    }
}
