using InternBot.Core.Answers;
using InternBot.Core.Eligibility;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Understanding;

/// <summary>What a question says, before anything is answered.</summary>
/// <param name="Text">The question as written.</param>
/// <param name="Analysed">Normalised words and terms.</param>
/// <param name="Exact">A request the whole message is ("hi", "help", "english").</param>
/// <param name="Meanings">Topics, requests and uncovered aspects, clearest first, above the threshold.</param>
/// <param name="Forms">How the answer should be shaped.</param>
/// <param name="Ranked">Every meaning with a score, best first, accepted or not.</param>
public sealed record QuestionReading(string Text, AnalysedText Analysed, Intent? Exact, IReadOnlyList<ScoredMeaning> Meanings, AnswerForms Forms, IReadOnlyList<ScoredMeaning> Ranked)
{
    /// <summary>A date the question sets for itself ("in January 2026", "début septembre 2025"), at noon Brussels time.</summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>A day the question names ("on 22 June 2025", "le 22 juin"), its year when given.</summary>
    public (int Month, int Day, int? Year)? NamedDay { get; init; }

    /// <summary>Every day the question names, in order.</summary>
    public IReadOnlyList<(int Month, int Day, int? Year)> NamedDays { get; init; } = [];

    /// <summary>The word after "how many" / "combien de" ("competencies" in "how many competencies do they list?"), as written.</summary>
    public string? Counted { get; init; }

    /// <summary>A year the question names without a month ("in 2025", "en 2026").</summary>
    public int? NamedYear { get; init; }

    /// <summary>A precise detail asked beyond the topic (an amount, a time of day, a link...), read once.</summary>
    public AskedDetail Detail { get; init; }

    /// <summary>
    /// "Which one suits a front-end developer, and when does it close?", "..., et c'est encore ouvert ?": the message
    /// closes on a question of its own asking when applications close or whether they still are.
    /// </summary>
    public bool DeadlineAskedLast { get; init; }

    /// <summary>
    /// With <see cref="DeadlineAskedLast"/>: what comes before the closing question, read alone, asks for something of
    /// its own, not when or whether ("I code in JavaScript, is there an internship that uses it? Still open?"): that is
    /// answered, and the status of the vacancies it is about follows.
    /// </summary>
    public bool AsksSomethingElseFirst { get; init; }

    /// <summary>"How many closed on 22 June 2025?", "combien ont fermé en 2025 ?": a count over a day or a year.</summary>
    public bool CountsOverADayOrYear => Has(AnswerForms.Count) && (NamedDay is not null || NamedYear is not null);

    /// <summary>How well the question matches a meaning, accepted or not (0 when nothing matched).</summary>
    public double ScoreOf(Intent intent) => Ranked.FirstOrDefault(m => m.Meaning.Intent == intent)?.Score ?? 0;

    public IReadOnlyList<Topic> Topics => Meanings.Where(m => m.Meaning.Topic is not null).Select(m => m.Meaning.Topic!.Value).ToList();

    public Intent? Request => Exact ?? Meanings.FirstOrDefault(m => m.Meaning.Intent is not null)?.Meaning.Intent;

    public ScoredMeaning? Aspect => Meanings.FirstOrDefault(m => m.Meaning.Aspect is not null);

    public bool Has(AnswerForms form) => (Forms & form) != 0;
}

/// <summary>
/// Reads questions: one analyser (normalisation, shorthand, spelling, synonyms, stems) feeding the meaning
/// classifier, the answer-form cues and the passage index, all built once from understanding.json and the catalogue.
/// </summary>
public sealed partial class QuestionReader
{
    private readonly UnderstandingData _data;
    private readonly MeaningClassifier _classifier;
    private readonly AnswerFormReader _forms;

    public QuestionReader(VacancyCatalogue catalogue, UnderstandingData? data = null)
    {
        _data = data ?? UnderstandingData.Shipped;
        Analyser = new TextAnalyser(_data, KnownText(catalogue));
        _vacancyWords = catalogue.All.SelectMany(v => v.Aliases.Append(v.ShortName)).Select(TextNormaliser.Normalise).Where(n => n.Length > 1).Distinct().ToList();
        _namesByVacancy = catalogue.All.Select(v => (LightStemmer.Stem(TextNormaliser.Normalise(v.ShortName)), v.Aliases.SelectMany(n => TextNormaliser.Words(TextNormaliser.Normalise(n))).Select(LightStemmer.Stem).ToHashSet(StringComparer.Ordinal))).ToList();
        _unitNames = catalogue.All.SelectMany(v => v.Units).SelectMany(u => new[] { u.Name.En, u.Name.Fr }).OfType<string>()
            .Select(n => string.Join(' ', TextNormaliser.Words(TextNormaliser.Normalise(n)).Where(w => !UnitNouns.Contains(w))))
            .Where(n => n.Contains(' ', StringComparison.Ordinal)).Distinct().OrderByDescending(n => n.Length).ToList();
        _longNames = _vacancyWords.Where(n => n.Contains(' ', StringComparison.Ordinal)).OrderByDescending(n => n.Length).ToList();
        _classifier = new MeaningClassifier(_data, Analyser, _vacancyWords.SelectMany(TextNormaliser.Words).Select(LightStemmer.Stem));
        _forms = new AnswerFormReader(_data);
        Passages = new PassageIndex(catalogue, Analyser);
    }

    // The vacancies' short names and aliases, normalised ("km", "knowledge management").
    private readonly List<string> _vacancyWords;

    // Each vacancy's short name and the words of its other names, stemmed ("jis"; "joint", "intellig", "secur").
    private readonly List<(string Short, HashSet<string> Words)> _namesByVacancy;

    // The units' names of two words or more without the noun that makes them a unit ("close protection"), longest first.
    private readonly List<string> _unitNames;

    /// <summary>Nouns that make a name a unit's ("Close Protection Unit", "Équipe Gestion des connaissances").</summary>
    internal static readonly HashSet<string> UnitNouns = new(StringComparer.Ordinal) { "unit", "team", "branch", "section", "service", "services", "unite", "equipe", "branche" };

    // The vacancies' names of two words or more (aliases), longest first.
    private readonly List<string> _longNames;

    private AnalysedText WithoutLongNames(AnalysedText analysed)
    {
        var padded = " " + analysed.Normalised + " ";
        var stripped = padded;
        foreach (var name in _longNames.Where(n => padded.Contains(" " + n + " ", StringComparison.Ordinal)))
        {
            // Only where it places the question ("the internship in X", "pour le stage X"): "who does the NATO CIO
            // answer to?" asks about the name itself.
            foreach (var before in _data.PlacingWords)
            {
                stripped = stripped.Replace($" {before} {name} ", $" {before} ", StringComparison.Ordinal)
                    .Replace($" {before} the {name} ", $" {before} ", StringComparison.Ordinal)
                    .Replace($" {before} le {name} ", $" {before} ", StringComparison.Ordinal)
                    .Replace($" {before} la {name} ", $" {before} ", StringComparison.Ordinal);
            }
        }

        // A unit's name says which unit, not what is asked ("pick close protection or cyber?" is not about closing).
        foreach (var unit in _unitNames.Where(n => stripped.Contains(" " + n + " ", StringComparison.Ordinal)))
        {
            stripped = stripped.Replace(" " + unit + " ", " ", StringComparison.Ordinal);
        }

        // Nothing left but the name ("the NATO Library?"): the name is what is asked about.
        return stripped == padded || !TextNormaliser.Words(stripped).Any(w => !_data.Stopwords.Contains(w)) ? analysed : Analyser.Question(stripped.Trim());
    }

    private static bool ContainsPhrase(string normalised, string phrase) => (" " + normalised + " ").Contains(" " + phrase + " ", StringComparison.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+by (?:training|trade|profession)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial System.Text.RegularExpressions.Regex ByTrade();

    // "Supervisor here", "I supervise interns in DOT", "en tant que tutrice": who asks, not a question about a supervisor.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:i m|i am|im|as|speaking as) (?:a |an |the |their |his |her )?(?:intern s |interns |internship )?(?:supervisor|tutor|mentor)\b|\b(?:supervisor|tutor|mentor) here\b|\bi (?:supervise|mentor|tutor)\b|\b(?:je suis|en tant que|moi) (?:le |la |leur |son |sa )?(?:tuteur|tutrice|maitre de stage|superviseur|superviseuse|encadrant|encadrante)\b|\bj encadre\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial System.Text.RegularExpressions.Regex AskerSupervises();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=^(?:what|whats|who|whos|whom|when|where|which|how)\b.*)\s+again$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial System.Text.RegularExpressions.Regex RemindedAgain();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:ok |so |alors |bon )?(?:i saw that|i ve seen that|i have seen that|i read that|i ve read that|i know that|i see that|i noticed that|i understand that|j ai vu que|jai vu que|j ai lu que|je sais que|je vois que|j ai compris que|j ai remarque que)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial System.Text.RegularExpressions.Regex KnownAlready();

    private static readonly char[] ClauseEnds = [',', ';', ':', '—', '–'];

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\b(?:part|partie|belong|belongs|under|sous|relev|releve|rattache|rattachee)\s)\b(?:at|in|inside|within|of|from|de|a|au sein de|dans)\s+(?:the\s+|l\s+|la\s+)?(?:ims|international military staff|etat major militaire international)\b|\bims\s+(?=(?:knowledge|km|digital|nds)\b)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial System.Text.RegularExpressions.Regex LocatedInNatoBody();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[a-z] )(?:call|calls|posting|postings|opening|advert|ad)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial System.Text.RegularExpressions.Regex VacancyNoun();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bhow many (?:of (?:them|these|those|the [a-z]+) )?(?:can|could|may|should) (?:i|one|we|you|someone|a candidate|an applicant|he|she|they) (?:submit|send|apply|file|go for|aim for|target|pick|choose|select)\b|\b(?:viser|cibler|postuler a|candidater a|envoyer|deposer|soumettre) combien\b|\b(?:send|submit|sending|submitting|apply|applying) (?:in )?(?:my |an |the |our |her |his )?(?:application |applications |candidature |cv )?(?:to|for) (?:all|every|each|both|several|multiple|more than one|(?:all )?(?:two|three|four|five|2|3|4|5))\b|\bcombien (?:de candidatures |de postes |d offres |de stages )?(?:puis je|peut on|peux tu|pouvez vous|peut il|peut elle|je peux|on peut) (?:en )?(?:envoyer|deposer|soumettre|postuler|faire)\b|\b(?:postuler|candidater|envoyer ma candidature|envoyer mon dossier) (?:a|aux|pour) (?:tous|toutes|plusieurs|chacun|les deux|les cinq|deux|trois|quatre|cinq|2|3|4|5)\b|\b(?:postul|candidat)[a-z]* .{0,60}(?:ca fait trop|c est trop|trop de (?:candidatures|postes|offres|stages))|\b(?:is that|is it|are those|would that be) too many\b|\bnumber of (?:applications|vacancies|internships|positions|posts) (?:(?:you|i|one|we|candidates|applicants|a candidate|an applicant) (?:re|are|m|am|is) )?(?:allowed|permitted|able) to (?:submit|send|make|file|apply)\b|\bnombre (?:maximum )?de candidatures (?:autorise|autorisees|permises|possibles|maximum)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial System.Text.RegularExpressions.Regex ApplyingToMany();

    /// <summary>"Can I apply to both?", "postuler à plusieurs offres": how many one may apply to.</summary>
    public static bool AsksToApplyToMany(string normalised) => ApplyingToMany().IsMatch(normalised);

    [System.Text.RegularExpressions.GeneratedRegex(@"\bhow (?:long|much time) (?:exactly )?do (?:i|we|you|they|candidates|applicants|people) (?:still )?have\b|\bhow (?:long|much time) (?:has|have|ve|s) (?:she|he|i|we|they|you) (?:still )?got\b|\bhow (?:long|much time) (?:is|s) left\b|\bhow many (?:hours|minutes|days) (?:have|ve|has|do) (?:i|we|they|you|she|he) (?:still )?(?:got |have )?left\b|\bcombien d (?:heures|minutes) (?:me|nous|leur|lui|te|vous) reste\b|\bcombien de temps (?:me|nous|leur|lui|te|vous) reste\b|\bcombien de temps (?:ai je|j ai|avons nous|ont ils|a t on|on a) (?:encore )?(?:pour|devant)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial System.Text.RegularExpressions.Regex TimeLeftToApply();

    // "C'est combien ?", "ça fait combien", "combien on touche ?": how much, which counts nothing.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:c|c est|ca fait|ca coute|ca represente|ca donne|ca vaut|ca rapporte)\s+combien\b|\bcombien\s+(?:ca|cela|on touche|touche|touchent|gagne|gagnent|on gagne|coute|coutent|paye|paie|payent|rapporte)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial System.Text.RegularExpressions.Regex HowMuch();

    // "Elle fait combien ?", "ça vaut combien ?": a verb that only asks how much ("fait" is not what something does).
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:fait|font|vaut|valent|represente|representent)(?=\s+combien\b)|(?<=\bcombien\s+(?:ca\s+|cela\s+)?)(?:fait|vaut|represente)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial System.Text.RegularExpressions.Regex HowMuchVerb();

    private const double ApplyingToManyFloor = 0.3;

    // Below this, another meaning read from a word or two ("maximise my chances", "c'est possible ?") gives way to the form.
    private const double ApplyingToManyOverrules = 0.65;

    // The score of a meaning read by the form of the question ("how many can I submit?", "how long do I have?").
    private const double ReadByItsFormScore = 0.95;

    /// <summary>
    /// A meaning read by the form of the question, not guessed from a word: as sure as a whole example ("and how many
    /// can I submit in total?" right after a deadline does not carry the deadline).
    /// </summary>
    internal static ScoredMeaning ByItsForm(ScoredMeaning read) => read with { Score = Math.Max(read.Score, ReadByItsFormScore) };

    /// <summary>
    /// Stems of "send my application", "postuler", "envoyer ma candidature": how applying is said, not what about it
    /// ("which documents do I send for all of them?" is about documents).
    /// </summary>
    internal static readonly HashSet<string> ApplyingWords = new(StringComparer.Ordinal) { "send", "sent", "applic", "apply", "submit", "envoy", "candidatur", "postul", "candidat", "soumet", "soumettr", "depos" };

    public TextAnalyser Analyser { get; }

    public PassageIndex Passages { get; }

    private const double AskedInItsFormMargin = 0.15;
    // ...and further behind when what is counted is the word it matched and the best meaning did not ("the ICTM call
    // is open: does it say how many interns it wants?" counts interns, not calls).
    private const double CountedInItsFormMargin = 0.25;

    private static bool CountsWhatItMatched(string? counted, ScoredMeaning aspect, ScoredMeaning best) =>
        counted is not null && LightStemmer.Stem(counted) is var stem && aspect.Matched.Contains(stem) && !best.Matched.Contains(stem);

    public QuestionReading Read(string? text) => Read(text, readsClosingQuestion: true);

    private QuestionReading Read(string? text, bool readsClosingQuestion)
    {
        var analysed = Analyser.Question(text);

        // "What does the KM team at the IMS do?", "the IMS knowledge management team": "(at) the IMS" places a vacancy
        // it names; the question is not which NATO body it belongs to. Read without it.
        if (LocatedInNatoBody().Match(analysed.Normalised) is { Success: true } placed
            && _vacancyWords.Any(name => ContainsPhrase(analysed.Normalised.Remove(placed.Index, placed.Length), name)))
        {
            analysed = Analyser.Question(analysed.Normalised.Remove(placed.Index, placed.Length));
        }

        // "Does it cover the ICTM call too?", "the KM posting": a word after a vacancy's name that only says it is a
        // vacancy ("call" for applications, not a phone call). Read without it.
        if (VacancyNoun().Match(analysed.Normalised) is { Success: true } noun
            && analysed.Normalised[..noun.Index].TrimEnd() is var named
            && _vacancyWords.Any(name => named.EndsWith(" " + name, StringComparison.Ordinal) || named == name))
        {
            analysed = Analyser.Question(analysed.Normalised.Remove(noun.Index, noun.Length));
        }

        // "Who do they protect again?", "what was the deadline again?": a closing "again" asks to be reminded; it is no
        // question about applying again.
        if (RemindedAgain().Match(analysed.Normalised) is { Success: true } again)
        {
            analysed = Analyser.Question(analysed.Normalised[..again.Index]);
        }

        if (AskerSupervises().Match(analysed.Normalised) is { Success: true } role)
        {
            analysed = Analyser.Question(analysed.Normalised.Remove(role.Index, role.Length));
        }

        // "I'm a librarian by training": the person's trade, not a question about training.
        if (ByTrade().Match(analysed.Normalised) is { Success: true } trade)
        {
            analysed = Analyser.Question(analysed.Normalised.Remove(trade.Index, trade.Length));
        }

        // "C'est combien ?", "elle fait combien ?": how much, which counts nothing ("combien de mois" counts months).
        var asksHowMuch = !ContainsPhrase(analysed.Normalised, "combien de") && !ContainsPhrase(analysed.Normalised, "combien d")
            && (HowMuch().IsMatch(analysed.Normalised) || HowMuchVerb().IsMatch(analysed.Normalised));
        if (asksHowMuch && HowMuchVerb().Match(analysed.Normalised) is { Success: true } howMuch)
        {
            analysed = Analyser.Question(analysed.Normalised.Remove(howMuch.Index, howMuch.Length));
        }

        Intent? exact = _data.ExactRequests.TryGetValue(analysed.Text, out var request) || _data.ExactRequests.TryGetValue(analysed.Normalised, out request) ? request : null;
        // "What's the weekly working time for the internship in Information Communication and Technology Management?":
        // a vacancy's name of several words says which vacancy, not what is asked ("technology" is no question about
        // the work): the meanings are read without it.
        var (accepted, ranked) = _classifier.Read(WithoutLongNames(analysed));
        // "What's the intelligence side of JIS for?": a word of a vacancy's own names ("intelligence" in Joint
        // Intelligence and Security), next to its short name, says which part of it, not what is asked (generative
        // artificial intelligence). (What the vacancy's parts and work are stays asked: "JIS's security units".)
        if (accepted is [{ Meaning.Topic: not (Topic.Units or Topic.About or Topic.Tasks or Topic.NatoBody) } first, ..]
            && _namesByVacancy.Any(names => first.Matched.All(names.Words.Contains) && analysed.Terms.Contains(names.Short)))
        {
            accepted = [.. accepted.Skip(1)];
        }
        if (accepted is [{ Meaning: { Topic: not null } or { Aspect: not null } } only] && SecondQuestion(analysed, only) is ({ } second, var askedFirst))
        {
            accepted = askedFirst ? [second, only] : [only, second];
        }

        // "J'ai vu que l'ICTM ferme fin avril, ça commence quand le stage ?": what the asker already knows sets the scene;
        // the question is what follows it, read alone ("ferme" is not asked, "commence quand" is).
        if (text is not null && KnownAlready().IsMatch(analysed.Normalised) && text.IndexOfAny(ClauseEnds) is > 0 and var end
            && ReadAlone(text[(end + 1)..]) is [{ Meaning.Topic: not null } asked, ..] && (accepted.Count == 0 || accepted[0].Meaning != asked.Meaning))
        {
            accepted = [asked, .. accepted.Where(m => m.Meaning != asked.Meaning)];
        }

        var forms = _forms.Read(analysed);
        if (asksHowMuch)
        {
            forms &= ~AnswerForms.Count;
        }

        // An aspect asked only in one form ("how many places?") is not what a question without that form asks.
        accepted = accepted.Where(m => m.Meaning.Aspect is not { AskedAs: not AnswerForms.None } a || (forms & a.AskedAs) != 0).ToList();

        // "How many can I submit in total?", "can I send my application to all five?", "postuler à plusieurs offres":
        // how many one may apply to, whatever "submit" or "send" say of deadlines and documents.
        if (ApplyingToMany().IsMatch(analysed.Normalised) && ranked.FirstOrDefault(m => m.Meaning.Topic == Topic.ApplicationLimit) is { Score: >= ApplyingToManyFloor } limit
            && (accepted.Count == 0 || (accepted[0].Meaning.Topic != Topic.ApplicationLimit
                && (accepted[0].Matched.SelectMany(t => t.Split('_')).All(ApplyingWords.Contains) || accepted[0].Score < ApplyingToManyOverrules
                    // "Je peux viser combien d'offres ?" counts one's own applications, not the offers.
                    || accepted[0].Meaning.Intent == Intent.VacancyList))))
        {
            accepted = [ByItsForm(limit)];
        }

        // "How long do I have for that one?", "combien de temps me reste-t-il ?": the time left to apply, not how long
        // the internship lasts.
        if (TimeLeftToApply().IsMatch(analysed.Normalised) && ranked.FirstOrDefault(m => m.Meaning.Topic == Topic.Deadline) is { } deadline
            && (accepted.Count == 0 || accepted[0].Meaning.Topic != Topic.Deadline))
        {
            accepted = [ByItsForm(deadline)];
        }

        // "How many competencies do they ask candidates to show?": what is counted is what the question is about, not a
        // request read from its other words ("candidates"), when a meaning rests on it (not a unit of time: "how many
        // days of leave?").
        // ("How many vacancies...", a compound, counts the vacancies themselves.)
        var counted = analysed.Terms.Any(t => t.StartsWith("howmany", StringComparison.Ordinal) || t.StartsWith("combiend", StringComparison.Ordinal)) ? null : CountedWord(analysed.Words);
        // Asked in its very form ("combien de stagiaires l'équipe va-t-elle recruter ?"), such an aspect goes first when it
        // is nearly as close as the best meaning (the team's work shares "team" and "recruit", not "how many").
        // ("How many sections take interns at JIS?" counts the sections a topic lists, not the places: the aspect's
        // closest example counts something else, or does not name it.)
        if (accepted.Count > 0 && ranked.FirstOrDefault(m => m.Meaning.Aspect is { AskedAs: not AnswerForms.None } a && (forms & a.AskedAs) != 0) is { } askedInForm
            && askedInForm != accepted[0] && askedInForm.Score >= accepted[0].Score - (CountsWhatItMatched(counted, askedInForm, accepted[0]) ? CountedInItsFormMargin : AskedInItsFormMargin)
            && !CountsTheTopicsOwn(counted, accepted[0], askedInForm))
        {
            accepted = [askedInForm, .. accepted.Where(m => m != askedInForm)];
        }

        if (counted is not null && (forms & AnswerForms.Count) != 0 && LightStemmer.Stem(counted) is var countedStem && !TimeUnits.Contains(countedStem)
            && accepted.Count > 0 && accepted[0].Meaning.Intent is not null && !accepted[0].Matched.Contains(countedStem)
            && ranked.FirstOrDefault(m => m.Matched.Contains(countedStem) && m.Score >= MeaningClassifier.Threshold) is { } aboutCounted)
        {
            accepted = [aboutCounted, .. accepted.Where(m => m.Meaning != aboutCounted.Meaning)];
        }

        var closing = readsClosingQuestion ? BeforeTheDeadlineAskedLast(text, analysed) : null;
        return new QuestionReading(text ?? "", analysed, exact, accepted, forms, ranked) 
        {
            Counted = counted,
            AsOf = QuestionDate.In(analysed.Normalised),
            NamedDay = QuestionDate.NamedDay(analysed.Normalised),
            NamedDays = QuestionDate.NamedDays(analysed.Normalised),
            NamedYear = QuestionDate.NamedYear(analysed.Normalised),
            Detail = AskedDetails.In(_data.WithShorthand(analysed.Normalised)),
            DeadlineAskedLast = readsClosingQuestion && closing is not null,
            AsksSomethingElseFirst = readsClosingQuestion && closing is { } before && AsksSomethingElse(before),
        };
    }

    /// <summary>
    /// The words after the last "and" / "et", or the last of several questions ("... ? still open?"), read alone, as
    /// any question is: they ask the deadline or whether applications are still open ("and how long do I still have?",
    /// "et c'est encore ouvert ?"). Returns what comes before them, or null when the message does not close so.
    /// </summary>
    private string? BeforeTheDeadlineAskedLast(string? text, AnalysedText analysed)
    {
        var words = analysed.Words;
        var join = Array.FindLastIndex(words, Joining.Contains);
        if (join >= 1 && words.Length - join >= 3 && AsksTheDeadline(string.Join(' ', words[(join + 1)..])))
        {
            return string.Join(' ', words[..join]);
        }

        var questions = text is null ? [] : QuestionEnds().Split(text).Where(q => q.Any(char.IsLetter)).ToArray();
        return questions.Length >= 2 && AsksTheDeadline(questions[^1]) ? string.Join(' ', questions[..^1]) : null;
    }

    private bool AsksTheDeadline(string closingText)
    {
        var closing = Read(closingText, readsClosingQuestion: false);
        return closing.Meanings is [{ Meaning.Topic: Topic.Deadline, Score: >= SecondQuestionThreshold }, ..]
            // ("Is there still time to apply?" leans on "apply" no more than on other topics: none is clear.)
            || (closing.Has(AnswerForms.Open) && !closing.Meanings.Any(m => m.Meaning.Topic is not (null or Topic.Deadline) && m.Score >= SecondQuestionThreshold));
    }

    // What comes before the closing question asks a match, or clearly a topic or aspect of its own, and not whether or
    // when. (A weak guess is none: "un ancien garde du corps, quel stage, et c'est encore ouvert ?" is better answered
    // by what is open than by the candidate pool "garde" once matched.)
    private bool AsksSomethingElse(string before)
    {
        var first = Read(before, readsClosingQuestion: false);
        return !first.Has(AnswerForms.Open | AnswerForms.Upcoming | AnswerForms.Past)
            && (first.Has(AnswerForms.Fit) || first.Meanings.Any(m => m.Score >= SecondQuestionThreshold
                && ((m.Meaning.Topic is { } t && t is not (Topic.Deadline or Topic.InfoSession)) || m.Meaning.Aspect is not null)));
    }

    // The end of one question in a message of several ("... ? encore ouvert ?"), not a dot inside "U.K." or "1.5".
    [System.Text.RegularExpressions.GeneratedRegex(@"[?!]+|\.(?=\s)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial System.Text.RegularExpressions.Regex QuestionEnds();

    /// <summary>
    /// What is counted is a thing the topic read first explains, and the aspect's closest example counts something else
    /// or does not name it ("how many sections take interns?" beside "how many interns will the section take on").
    /// </summary>
    private bool CountsTheTopicsOwn(string? counted, ScoredMeaning topic, ScoredMeaning aspect)
    {
        if (counted is null || topic.Meaning.Topic is null || !topic.Matched.Contains(LightStemmer.Stem(counted)))
        {
            return false;
        }

        var example = Analyser.Known(aspect.Example, expand: false);
        return CountedWord(example.Words) is { } countedThere
            ? LightStemmer.Stem(countedThere) != LightStemmer.Stem(counted)
            : !example.Terms.Contains(LightStemmer.Stem(counted));
    }

    // What joins two questions in one message ("c'est payé combien et est-ce qu'ils remboursent le voyage ?").
    private static readonly HashSet<string> Joining = new(StringComparer.Ordinal) { "and", "et", "also", "aussi", "plus" };

    /// <summary>
    /// "Is it paid and do they reimburse travel?": two questions joined, each clear on its own, are two meanings, though
    /// read whole one took a word the other needs ("paid" is in a travel example too). Each side is read alone; the
    /// side that is not the meaning already read must name another topic clearly; they are answered in the order asked.
    /// One side may be a thing no notice covers ("how many interns does JIS want, and how long is it?": not stated, then
    /// the duration). A side that opens as a question of its own, after one that did too, is one on a lower bar.
    /// </summary>
    private (ScoredMeaning Meaning, bool AskedFirst)? SecondQuestion(AnalysedText analysed, ScoredMeaning first)
    {
        var words = analysed.Words;
        for (var i = 3; i < words.Length - 3; i++)
        {
            if (!Joining.Contains(words[i]))
            {
                continue;
            }

            var sides = new[] { string.Join(' ', words[..i]), string.Join(' ', words[(i + 1)..]) }
                .Select(side => ReadAlone(side) is [var read, ..] ? read : null).ToList();
            if (sides is [{ } left, { } right] && left.Meaning != right.Meaning
                && (left.Meaning == first.Meaning || right.Meaning == first.Meaning)
                && (left.Meaning == first.Meaning ? right : left) is var other
                && (other.Meaning.Topic is not null || (other.Meaning.Aspect is not null && first.Meaning.Topic is not null))
                && other.Score >= (QuestionOpeners.Contains(words[i + 1]) && (other == right || QuestionOpeners.Contains(words[0])) ? OpenedSecondQuestionThreshold : SecondQuestionThreshold))
            {
                return (other, other == left);
            }
        }

        return null;
    }

    private const double SecondQuestionThreshold = 0.8;

    // What one side of a message, cut at a joining word, means on its own.
    private IReadOnlyList<ScoredMeaning> ReadAlone(string side) => _classifier.Read(WithoutLongNames(Analyser.Question(side))).Accepted;

    /// <summary>
    /// "Mon fils est canadien, 23 ans : peut-il postuler, et les stages sont-ils payés ?": the topics that what follows a
    /// joining word asks about, each side read alone and clearly (a person's check answers the rest of the message).
    /// </summary>
    public IReadOnlyList<Topic> AskedAfterAJoin(AnalysedText analysed)
    {
        var words = analysed.Words;
        var topics = new List<Topic>();
        for (var i = 3; i < words.Length - 2; i++)
        {
            if (Joining.Contains(words[i])
                && ReadAlone(string.Join(' ', words[(i + 1)..])) is [{ Meaning.Topic: { } topic } read, ..]
                && read.Score >= OpenedSecondQuestionThreshold && !topics.Contains(topic))
            {
                topics.Add(topic);
            }
        }

        return topics;
    }

    // "..., and is travel paid?": a second side that opens as a question of its own is one, on a lower bar than words
    // that may only go on the first ("civil and military bodies").
    private const double OpenedSecondQuestionThreshold = 0.6;

    private static readonly HashSet<string> QuestionOpeners = new(StringComparer.Ordinal)
    {
        "is", "are", "does", "do", "can", "will", "what", "when", "where", "how", "who", "which",
        "est", "quel", "quelle", "quels", "quelles", "quand", "ou", "comment", "combien", "qui", "peut", "faut",
    };

    // The units of time as written, stemmed as questions are ("années" is "ann"): written out, no stem is mistyped.
    private static HashSet<string> Stems(params string[] words) => words.Select(LightStemmer.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>Stems of "year" in both languages ("years", "ans", "années").</summary>
    internal static readonly HashSet<string> Years = Stems("year", "years", "an", "ans", "annee", "annees");

    private static readonly HashSet<string> MonthsAndYears = new([.. Stems("month", "months", "mois"), .. Years], StringComparer.Ordinal);

    /// <summary>Stems of the calendar units ("days", "mois", "years"): a time, not a thing asked about.</summary>
    internal static readonly HashSet<string> CalendarUnits = new([.. Stems("day", "days", "jour", "jours", "week", "weeks", "semaine", "semaines"), .. MonthsAndYears], StringComparer.Ordinal);

    /// <summary>
    /// Whether what "how many ... left?" counts, as written, is the time left to apply ("how many days left?",
    /// "combien de minutes ?"): days, weeks, hours or minutes, not months or years of study.
    /// </summary>
    internal static bool CountsTimeLeft(string counted) => LightStemmer.Stem(counted) is var stem && TimeUnits.Contains(stem) && !MonthsAndYears.Contains(stem);

    // What "how many" counts is not a thing when it is a unit of time, on the calendar or the clock.
    internal static readonly HashSet<string> TimeUnits = new([.. CalendarUnits, .. Stems("hour", "hours", "heure", "heures", "minute", "minutes")], StringComparer.Ordinal);

    // The first word after "how many" or "combien de/d'" that is not a stopword.
    private string? CountedWord(string[] words)
    {
        for (var i = 0; i < words.Length - 2; i++)
        {
            if ((words[i] == "how" && words[i + 1] == "many") || (words[i] == "combien" && words[i + 1] is "de" or "d"))
            {
                return words.Skip(i + 2).FirstOrDefault(w => !_data.Stopwords.Contains(w));
            }
        }

        return null;
    }

    /// <summary>Every meaning scored, best first: for tests and for tuning the examples.</summary>
    public IReadOnlyList<ScoredMeaning> Rank(string text) => _classifier.Rank(Analyser.Question(text));


    private static IEnumerable<string> KnownText(VacancyCatalogue catalogue)
    {
        foreach (var v in catalogue.All)
        {
            foreach (var (_, name) in VacancyNames.Exact(v))
            {
                yield return name;
            }

            foreach (var t in new[] { v.Division, v.NatoBody, v.Location, v.Offer?.Place }.OfType<Text.LocalizedText>()
                         .Concat(v.About).Concat(v.Tasks).Concat(v.LearningOutcomes)
                         .Concat(v.Units.SelectMany(u => new[] { u.Name, u.Description }.OfType<Text.LocalizedText>().Concat(u.Areas)))
                         .Concat(v.Selection.Essential.Select(c => c.Text)).Concat(v.Selection.Desirable.Select(c => c.Text)))
            {
                yield return t.En;
                yield return t.Fr ?? "";
            }

            foreach (var u in v.Units.Where(u => u.Abbreviation is not null))
            {
                yield return u.Abbreviation!;
            }
        }

        foreach (var name in Countries.Names)
        {
            yield return name;
        }
    }
}
