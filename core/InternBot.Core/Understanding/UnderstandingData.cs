using System.Text.Json.Nodes;
using InternBot.Core.Answers;
using InternBot.Core.Text;

namespace InternBot.Core.Understanding;

/// <summary>
/// understanding.json, read once: the example questions for every topic, request and uncovered aspect, the words to
/// ignore, shorthand, synonyms and the cues for answer forms. Embedded in Core, so every app understands the same.
/// </summary>
public sealed record UnderstandingData
{
    public required IReadOnlySet<string> Stopwords { get; init; }

    /// <summary>Whole words people shorten ("hrs", "cb", "wats") and what they stand for.</summary>
    public required IReadOnlyDictionary<string, string> Shorthand { get; init; }

    /// <summary>Normalised text with its shorthand written out ("cb de jours" is "combien de jours"), and nothing else changed.</summary>
    public string WithShorthand(string normalised) =>
        string.Join(' ', normalised.Split(' ').Select(w => Shorthand.TryGetValue(w, out var meant) ? meant : w));

    /// <summary>Phrases (normalised) and the words they also stand for ("ux" is also "user experience").</summary>
    public required IReadOnlyList<(string[] Phrase, string[] AlsoMeans)> Synonyms { get; init; }

    public required IReadOnlyList<(Meaning Meaning, string Language, string Example)> Examples { get; init; }

    /// <summary>Requests recognised only when they are the whole message ("hi", "help", "english").</summary>
    public required IReadOnlyDictionary<string, Intent> ExactRequests { get; init; }

    public required IReadOnlyList<NotCoveredAspect> NotCovered { get; init; }

    /// <summary>Phrases read as one word ("part time" becomes "parttime"), longest first.</summary>
    public IReadOnlyList<string[]> Compounds { get; init; } = [];

    /// <summary>Everyday words (months, weekdays...) spelling must know so it never "corrects" them into others.</summary>
    public IReadOnlyList<string> Vocabulary { get; init; } = [];

    /// <summary>Cue phrases by answer form ("latest", "count", "open"...), normalised.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string[]>> Forms { get; init; }

    /// <summary>Words after which a question names what it asks for ("does it need ...", "is there a ..."), normalised.</summary>
    public IReadOnlyList<string[]> AskedForTriggers { get; init; } = [];

    /// <summary>Words that follow those triggers without naming a thing ("anything", "specific", "intern").</summary>
    public IReadOnlySet<string> NotSubjects { get; init; } = new HashSet<string>();

    /// <summary>Words an open question starts with ("what", "quand"): it asks for something, not whether.</summary>
    public IReadOnlySet<string> OpenQuestionWords { get; init; } = new HashSet<string>();

    /// <summary>Words that say where an abbreviation was seen ("notice", "avis"), not what is asked about it.</summary>
    public IReadOnlySet<string> WhereSeenWords { get; init; } = new HashSet<string>();

    /// <summary>Words that ask for a part of a vacancy ("which part of JIS", "quelle section"), normalised.</summary>
    public IReadOnlySet<string> PartWords { get; init; } = new HashSet<string>();

    /// <summary>Words that say things are alike ("same", "identique"): whether they are is answered yes or no first.</summary>
    public IReadOnlySet<string> AlikeWords { get; init; } = new HashSet<string>();

    /// <summary>Words before a vacancy's long name that place the question in it ("in", "pour"), in order.</summary>
    public IReadOnlyList<string> PlacingWords { get; init; } = [];

    private static readonly Lazy<UnderstandingData> ShippedData = new(() =>
    {
        using var stream = typeof(UnderstandingData).Assembly.GetManifestResourceStream("InternBot.Core.understanding.json")
            ?? throw new InvalidOperationException("understanding.json is not embedded in InternBot.Core.");
        return Parse(JsonNode.Parse(stream)!);
    });

    public static UnderstandingData Shipped => ShippedData.Value;

    public static UnderstandingData Parse(JsonNode json)
    {
        static IEnumerable<string> Strings(JsonNode? node) => node?.AsArray().Select(n => n!.GetValue<string>()) ?? [];
        static string[] Words(string s) => TextNormaliser.Words(TextNormaliser.Normalise(s));
        static HashSet<string> NormalisedSet(JsonNode? node) => Strings(node).Select(TextNormaliser.Normalise).ToHashSet(StringComparer.Ordinal);

        var examples = new List<(Meaning, string, string)>();
        void AddExamples(Meaning meaning, JsonNode? node)
        {
            foreach (var language in new[] { "en", "fr" })
            {
                examples.AddRange(Strings(node?[language]).Select(e => (meaning, language, e)));
            }
        }

        foreach (var (name, node) in json["topics"]!.AsObject())
        {
            var topic = Enum.Parse<Topic>(name);
            AddExamples(Meaning.Of(topic), node);
        }

        var exact = new Dictionary<string, Intent>(StringComparer.Ordinal);
        foreach (var (name, node) in json["requests"]!.AsObject())
        {
            var intent = Enum.Parse<Intent>(name);
            AddExamples(Meaning.Of(intent), node);
            foreach (var phrase in Strings(node!["exact"]))
            {
                exact[TextNormaliser.Normalise(phrase)] = intent;
            }
        }

        var aspects = new List<NotCoveredAspect>();
        foreach (var node in json["notCovered"]!.AsArray())
        {
            var aspect = new NotCoveredAspect(
                node!["id"]!.GetValue<string>(),
                new LocalizedText(node["name"]!["en"]!.GetValue<string>(), node["name"]!["fr"]!.GetValue<string>()),
                Strings(node["related"]).Select(Enum.Parse<Topic>).ToList())
            {
                AskedAs = node["askedAs"] is { } askedAs ? Enum.Parse<AnswerForms>(askedAs.GetValue<string>()) : AnswerForms.None,
            };
            aspects.Add(aspect);
            AddExamples(Meaning.Of(aspect), node);
        }

        var forms = json["forms"]!.AsObject().Where(kv => !kv.Key.StartsWith('$'))
            .ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string[]>)Strings(kv.Value).Select(Words).Where(w => w.Length > 0).ToList(), StringComparer.Ordinal);

        return new UnderstandingData
        {
            Stopwords = NormalisedSet(json["stopwords"]),
            Shorthand = json["shorthand"]!.AsObject().ToDictionary(kv => kv.Key, kv => TextNormaliser.Normalise(kv.Value!.GetValue<string>()), StringComparer.Ordinal),
            Synonyms = json["synonyms"]!.AsObject().Where(kv => !kv.Key.StartsWith('$'))
                .Select(kv => (Words(kv.Key), Words(kv.Value!.GetValue<string>()))).ToList(),
            Examples = examples,
            Vocabulary = Strings(json["vocabulary"]).ToList(),
            Compounds = Strings(json["compounds"]).Select(Words).Where(w => w.Length > 1).OrderByDescending(w => w.Length).ToList(),
            ExactRequests = exact,
            NotCovered = aspects,
            Forms = forms,
            AskedForTriggers = Strings(json["askedFor"]?["triggers"]).Select(Words).Where(w => w.Length > 0).OrderByDescending(w => w.Length).ToList(),
            NotSubjects = NormalisedSet(json["askedFor"]?["notSubjects"]),
            OpenQuestionWords = NormalisedSet(json["wordSets"]?["openQuestion"]),
            WhereSeenWords = NormalisedSet(json["wordSets"]?["whereSeen"]),
            PartWords = NormalisedSet(json["wordSets"]?["part"]),
            AlikeWords = NormalisedSet(json["wordSets"]?["alike"]),
            PlacingWords = Strings(json["wordSets"]?["placing"]).Select(TextNormaliser.Normalise).ToList(),
        };
    }
}

/// <summary>What a question can mean: a topic, a request, or an aspect no notice covers (exactly one is set).</summary>
public sealed record Meaning
{
    public Topic? Topic { get; private init; }

    public Intent? Intent { get; private init; }

    public NotCoveredAspect? Aspect { get; private init; }

    public static Meaning Of(Topic topic) => new() { Topic = topic };

    public static Meaning Of(Intent intent) => new() { Intent = intent };

    public static Meaning Of(NotCoveredAspect aspect) => new() { Aspect = aspect };

    public override string ToString() => Topic?.ToString() ?? Intent?.ToString() ?? "not covered: " + Aspect!.Id;
}
