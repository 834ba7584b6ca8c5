using InternBot.Core.Eligibility;
using InternBot.Core.Text;
using InternBot.Core.Understanding;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Answers;

/// <summary>What the bot should say; the bot turns each kind into a card.</summary>
public abstract record Reply(Language Language)
{
    /// <summary>What the question asked for by name that the notices answered from never use ("Python").</summary>
    public Unmentioned? Unmentioned { get; init; }

    /// <summary>A precise detail the question asked for (a name, an amount, an exact day) that the answer does not hold.</summary>
    public UnstatedDetail? UnstatedDetail { get; init; }

    /// <summary>Whether this answer says the same as the vacancy discussed just before, when the question asks so.</summary>
    public SameAsBefore? Compared { get; init; }

    /// <summary>What the abbreviations the question asks about stand for ("NOS stands for NATO Office of Security").</summary>
    public Expansion? Expanded { get; init; }

    /// <summary>
    /// Vacancies whose deadline a closing "and when does it close?" asks for beside the answer's own subject ("which
    /// one suits a front-end developer, and when does it close?"): each is shown open or closed, today.
    /// </summary>
    public IReadOnlyList<Vacancy> DeadlinesAsked { get; init; } = [];

    /// <summary>
    /// What the notices say of a degree like the one the asker described ("final year of a master's: good for NDS?"),
    /// for the vacancies the answer is about: a desirable criterion, an advantage and not a requirement.
    /// </summary>
    public DegreeAsAdvantage? DegreeAdvantage { get; init; }
}

/// <summary>
/// "As for the degree, the NDS notice counts this as desirable (an advantage, not required): a bachelor's degree, or
/// being in the final stage of a master's…" (whoever's degree it is: the asker's, a son's, a student's).
/// </summary>
/// <param name="Criteria">Each vacancy's desirable degree criterion.</param>
public sealed record DegreeAsAdvantage(IReadOnlyList<(Vacancy Vacancy, Criterion Criterion)> Criteria)
{
    public LocalizedText Sentence => Bilingual.Say(l => string.Join(' ', Criteria.GroupBy(c => c.Criterion.Text.In(l)).Select(g =>
    {
        var names = Bilingual.List(g.Select(c => c.Vacancy.ShortName), l);
        return g.Count() == 1
            ? Bilingual.Pick(l, $"As for the degree, the {names} notice counts this as desirable (an advantage, not required): {g.Key}", $"Pour le diplôme, l'avis {names} compte ceci comme souhaitable (un atout, non requis) : {g.Key}")
            : Bilingual.Pick(l, $"As for the degree, the {names} notices count this as desirable (an advantage, not required): {g.Key}", $"Pour le diplôme, les avis {names} comptent ceci comme souhaitable (un atout, non requis) : {g.Key}");
    })));
}

/// <summary>"NOS stands for NATO Office of Security (JIS notice).": what each abbreviation asked about stands for.</summary>
public sealed record Expansion(IReadOnlyList<Abbreviation> Found)
{
    public LocalizedText Sentence => Bilingual.Say(l => string.Join(' ', Found.GroupBy(a => (a.Short, a.Name.En)).Select(g =>
    {
        var name = g.First().Name;
        var notices = string.Join(", ", g.Select(a => a.Vacancy.ShortName));
        // The French name beside the English one, which is what the letters spell.
        return Bilingual.Pick(l, $"{g.Key.Short} stands for {name.En} ({notices} notice{(g.Count() > 1 ? "s" : "")}).",
            $"{g.Key.Short} signifie {name.En} ({(name.HasFrench ? name.Fr + " ; " : "")}avis {notices}).");
    })));
}

/// <summary>"Yes, the same as in the KM notice.": the answer compared with the one just given for other vacancies.</summary>
/// <param name="Before">The vacancies the previous answer was about (one, or all the others when it was about all of them).</param>
/// <param name="Same">Whether this vacancy states the same as they do.</param>
/// <param name="AskedIfDifferent">Asked "is it any different?" rather than "is it the same?": the yes and the no swap.</param>
public sealed record SameAsBefore(IReadOnlyList<Vacancy> Before, bool Same, bool AskedIfDifferent = false)
{
    public LocalizedText Sentence => Bilingual.Say(l =>
    {
        var names = Bilingual.List(Before.Select(v => v.ShortName), l);
        var (en, fr) = Before.Count == 1 ? ($"the {names} notice", $"l'avis {names}") : ($"the {names} notices", $"les avis {names}");
        var (dans, de) = ($"dans {fr}", Before.Count == 1 ? $"de {fr}" : $"des avis {names}");
        return (Same, AskedIfDifferent) switch
        {
            (true, false) => Bilingual.Pick(l, $"Yes, the same as in {en}.", $"Oui, c'est la même chose que {dans}."),
            (false, false) => Bilingual.Pick(l, $"No, not the same as in {en}.", $"Non, ce n'est pas la même chose que {dans}."),
            (true, true) => Bilingual.Pick(l, $"No, no difference: the same as in {en}.", $"Non, aucune différence : c'est la même chose que {dans}."),
            (false, true) => Bilingual.Pick(l, $"Yes, it differs from {en}.", $"Oui, c'est différent {de}."),
        };
    });
}

/// <summary>"The KM notice does not state a name.": the detail asked for is not in what these notices state.</summary>
public sealed record UnstatedDetail(AskedDetail Detail, IReadOnlyList<Vacancy> Vacancies, bool AllVacancies)
{
    public LocalizedText Sentence => Bilingual.Say(l =>
    {
        var what = Detail switch
        {
            AskedDetail.PersonName => Bilingual.Pick(l, "a name", "de nom"),
            AskedDetail.Amount => Bilingual.Pick(l, "an amount", "de montant"),
            AskedDetail.ProgrammingLanguage => Bilingual.Pick(l, "a programming language", "de langage de programmation"),
            AskedDetail.Link => Bilingual.Pick(l, "a link", "de lien"),
            AskedDetail.Number => Bilingual.Pick(l, "a number", "de nombre"),
            AskedDetail.Currency => Bilingual.Pick(l, "a currency", "de devise"),
            AskedDetail.LanguageLevel => Bilingual.Pick(l, "a level on the European language scale (CEFR)", "de niveau sur l'échelle européenne des langues (CECRL)"),
            AskedDetail.ClockTime => Bilingual.Pick(l, "a time of day", "d'heure de la journée"),
            AskedDetail.Reason => Bilingual.Pick(l, "the reason", "la raison"),
            AskedDetail.Address => Bilingual.Pick(l, "a street address or building", "d'adresse ni de bâtiment"),
            AskedDetail.Choice => Bilingual.Pick(l, "whether the candidate chooses", "si le candidat choisit"),
            AskedDetail.FieldOfStudy => Bilingual.Pick(l, "a field of study", "de domaine d'études"),
            _ => Bilingual.Pick(l, "an exact day", "de jour exact"),
        };
        // A language is mentioned or not; a name, an amount or a day is stated or not.
        var (en, fr) = Detail switch
        {
            AskedDetail.ProgrammingLanguage => ("mention", ("mentionne", "mentionnent")),
            AskedDetail.Link => ("give", ("donne", "donnent")),
            _ => ("state", ("précise", "précisent")),
        };
        return NoticesSilence.Sentence(l, Vacancies, AllVacancies, en, fr, what, "pas " + what);
    });
}

/// <summary>
/// Things a question asked about, as written, that no passage of these vacancies uses (<see cref="AllVacancies"/>:
/// none of the notices), and the sentence that says so: "The NDS notice does not mention “Python”."
/// </summary>
public sealed record Unmentioned(IReadOnlyList<string> Words, IReadOnlyList<Vacancy> Vacancies, bool AllVacancies)
{
    public LocalizedText Sentence => Bilingual.Say(l =>
    {
        var things = Words.Select(w => Bilingual.Pick(l, $"“{w}”", $"« {w} »")).ToList();
        var listed = l == Language.French ? string.Join(" ni ", things) : string.Join(" or ", things);
        var negatedFr = things.Count == 1 ? "pas " + listed : "ni " + listed;
        return NoticesSilence.Sentence(l, Vacancies, AllVacancies, "mention", ("mentionne", "mentionnent"), listed, negatedFr);
    });
}

/// <summary>"The notices do not give X" / "The NDS notice does not give X" / "The KM and NDS notices do not give X", in either language.</summary>
internal static class NoticesSilence
{
    /// <param name="l">The language of the sentence.</param>
    /// <param name="vacancies">The notices that are silent.</param>
    /// <param name="all">Whether they are all the notices.</param>
    /// <param name="en">The English verb ("mention").</param>
    /// <param name="fr">The French verb for one notice and for several.</param>
    /// <param name="thing">What is not said, in English, as it follows "The notices do not give".</param>
    /// <param name="negatedFr">The same in French, after the verb ("pas de nom", "ni « X » ni « Y »").</param>
    public static string Sentence(Language l, IReadOnlyList<Vacancy> vacancies, bool all, string en, (string One, string Many) fr, string thing, string negatedFr)
    {
        var names = Bilingual.List(vacancies.Select(v => v.ShortName), l);
        // "The notices do not mention X" rather than "none of the notices mentions X", in French too ("Les avis ne
        // précisent pas X", not "Aucun avis ne précise X"): the negation a reader looks for.
        return all || vacancies.Count == 0 ? Bilingual.Pick(l, $"The notices do not {en} {thing}.", $"Les avis ne {fr.Many} {negatedFr}.")
            : vacancies.Count == 1 ? Bilingual.Pick(l, $"The {names} notice does not {en} {thing}.", $"L'avis {names} ne {fr.One} {negatedFr}.")
            : Bilingual.Pick(l, $"The {names} notices do not {en} {thing}.", $"Les avis {names} ne {fr.Many} {negatedFr}.");
    }
}

/// <summary>Facts on one or more topics, each for the vacancies asked about.</summary>
public sealed record FactsReply(Language Language, IReadOnlyList<FactGroup> Groups) : Reply(Language);

/// <summary>
/// One topic for several vacancies (<see cref="AllVacancies"/>: the whole catalogue, because none was named).
/// Vacancies whose notices say the same are answered together (<see cref="Clusters"/>); those whose notices are
/// silent are named, never guessed for. <see cref="Lead"/> is the one-line summary a comparison, count or
/// ranking asked for.
/// </summary>
public sealed record FactGroup(Topic Topic, IReadOnlyList<VacancyFact> Facts, bool AllVacancies, LocalizedText? Lead = null)
{
    /// <summary>When every vacancy asked about is silent: what the other notices state, shown as theirs.</summary>
    public IReadOnlyList<VacancyFact> Elsewhere { get; init; } = [];

    /// <summary>Where the silent notices send their readers instead (the programme's website), as they say it.</summary>
    public IReadOnlyList<VacancyFact> ReferredTo { get; init; } = [];

    /// <summary>One answer holds for every vacancy of the catalogue.</summary>
    public bool SameForAll => AllVacancies && Facts.Count > 0 && Facts.All(f => f.Stated) && Facts.Select(f => f.CompareKey).Distinct().Count() == 1;

    /// <summary>The facts grouped by what they say, in the order of <see cref="Facts"/>; the silent ones last.</summary>
    public IReadOnlyList<IReadOnlyList<VacancyFact>> Clusters =>
        Facts.Where(f => f.Stated).GroupBy(f => f.CompareKey).Select(g => (IReadOnlyList<VacancyFact>)g.ToList())
            .Concat(Facts.Any(f => !f.Stated) ? [Facts.Where(f => !f.Stated).ToList()] : [])
            .ToList();
}

/// <summary>Deadlines and info sessions in time order, each past or still to come, for "what is still open?".</summary>
public sealed record TimelineReply(Language Language, IReadOnlyList<TimelineEntry> Entries, TimelineView View) : Reply(Language)
{
    /// <summary>The date the question set ("in January 2026"), when it is not today.</summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>The event the question was about ("is the webinar still ahead?"): shown whether past or to come.</summary>
    public TimelineEvent? AskedAbout { get; init; }

    /// <summary>
    /// "How many closed on 22 June 2025?", "how many closed in 2025?": the day or year counted, and the vacancies whose
    /// deadline falls in it.
    /// </summary>
    public CountedDeadlines? Counted { get; init; }
}

/// <summary>Deadlines counted over a day or a calendar year (<see cref="WholeYear"/>).</summary>
public sealed record CountedDeadlines(DateOnly Day, bool WholeYear, IReadOnlyList<Vacancy> Closing)
{
    public DateOnly Last => WholeYear ? new DateOnly(Day.Year, 12, 31) : Day;
}

/// <summary>One dated event shared by some vacancies.</summary>
public sealed record TimelineEntry(TimelineEvent Event, ZonedDateTime When, bool Past, IReadOnlyList<Vacancy> Vacancies);

public enum TimelineEvent
{
    InfoSession,
    Deadline,
}

/// <summary>What the question asked of the timeline.</summary>
public enum TimelineView
{
    Open,
    Upcoming,
    Past,
    All,
}

/// <summary>Passages of the catalogue that answer the question, with where each comes from.</summary>
public sealed record PassagesReply(Language Language, IReadOnlyList<CataloguePassage> Passages, PassageUse Use) : Reply(Language)
{
    /// <summary>The vacancies the passages belong to, best first.</summary>
    public IReadOnlyList<Vacancy> Vacancies => Passages.Select(p => p.Vacancy).Distinct().ToList();

    /// <summary>Whether the passages come from every vacancy there is ("mentioned in all 5 notices").</summary>
    public bool EveryVacancy { get; init; }
}

/// <summary>Why passages were searched: to answer, to find which vacancies mention something, or which suit a profile.</summary>
public enum PassageUse
{
    Answer,
    Mention,
    Fit,
    Unit,
}

/// <summary>
/// No notice covers this (housing, a dress code...): said plainly, naming the vacancies asked about (none: every
/// notice), with the related facts they do state.
/// </summary>
public sealed record NotCoveredReply(Language Language, NotCoveredAspect Aspect, IReadOnlyList<Vacancy> Vacancies, IReadOnlyList<FactGroup> Related) : Reply(Language);

public sealed record VacancyDetailReply(Language Language, Vacancy Vacancy) : Reply(Language);

public sealed record VacancyListReply(Language Language, IReadOnlyList<Vacancy> Vacancies) : Reply(Language);

public sealed record HelpReply(Language Language, bool Greeting) : Reply(Language);

/// <summary>
/// The onboarding checklist; <see cref="Unstated"/> is what the question asked that no notice says ("what do I bring on
/// my first day?"), said before the checklist so that the internship office's own steps are not read as the notices'.
/// </summary>
public sealed record OnboardingReply(Language Language, NotCoveredAspect? Unstated = null) : Reply(Language);

/// <summary>
/// The person wants the full eligibility check: show the form (for this vacancy, if known), or show it again with
/// what to fix when the answers sent could not be read (<see cref="Errors"/>, by field).
/// </summary>
public sealed record EligibilityFormReply(Language Language, Vacancy? Vacancy) : Reply(Language)
{
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();
}

/// <summary>The engine's decision on the full profile the eligibility form gave, with its reasons.</summary>
public sealed record EligibilityDecisionReply(Language Language, EligibilityDecision Decision, Vacancy Vacancy) : Reply(Language);

/// <summary>A free-text eligibility question, answered by the engine for the criteria the person spoke about.</summary>
public sealed record QuickEligibilityReply(Language Language, PersonalFacts Facts, IReadOnlyList<QuickEligibilityGroup> Groups) : Reply(Language)
{
    /// <summary>What the person also asked that no notice covers ("is there a maximum age? I'm 34"): said plainly with the check.</summary>
    public NotCoveredAspect? AlsoAskedUnstated { get; init; }

    /// <summary>What the message also asked that the notices answer ("..., and are the internships paid?"), after the check.</summary>
    public IReadOnlyList<FactGroup> AlsoAsked { get; init; } = [];
}

/// <summary>The results shared by these vacancies (all of them when the rules are the same everywhere), led by one sentence that sums them up.</summary>
public sealed record QuickEligibilityGroup(IReadOnlyList<Vacancy> Vacancies, LocalizedText Verdict, IReadOnlyList<CriterionResult> Results, IReadOnlyList<LocalizedText> Notes, IReadOnlyList<LocalizedText> Assumptions);

public sealed record StaffCountsReply(Language Language) : Reply(Language);

public sealed record LanguageSwitchedReply(Language Language) : Reply(Language);

/// <summary>Nothing in the notices answers this; the text is kept (without who asked) for staff to review.</summary>
public sealed record NotUnderstoodReply(Language Language, string Text, Vacancy? Vacancy) : Reply(Language);

/// <summary>The reply plus what the conversation should remember for the next question.</summary>
public sealed record AnswerOutcome(Reply Reply, QuestionContext Next, bool Unanswered)
{
    public Language Language => Reply.Language;
}

/// <summary>
/// What the conversation remembers between messages, so follow-ups keep what still applies: the vacancy being
/// discussed, the topics last answered ("and for OCIO?"), the person's facts ("and someone from Norway?") and the
/// language chosen.
/// </summary>
public sealed record QuestionContext(string? CurrentVacancy = null, Language? PreferredLanguage = null)
{
    public IReadOnlyList<Topic> LastTopics { get; init; } = [];

    public PersonalFacts? Profile { get; init; }

    /// <summary>
    /// The vacancies named most recently, latest first, for "which of the two?"; after an answer across the vacancies,
    /// the ones that state it, for "which of them…?" (at most <see cref="RecentLimit"/>).
    /// </summary>
    public IReadOnlyList<string> RecentVacancies { get; init; } = [];

    public const int RecentLimit = 8;

    /// <summary>The section or unit the last answer was about ("ictm:2"), for "and what's its role?".</summary>
    public string? LastUnit { get; init; }

    /// <summary>
    /// How the last answer was asked, where that shapes the follow-up's answer too: "how many tasks does OCIO list?"
    /// then "and for KM?" asks for KM's count, not its list. Only <see cref="CarriedForms"/> are kept.
    /// </summary>
    public AnswerForms LastForms { get; init; }

    public const AnswerForms CarriedForms = AnswerForms.Count;

    /// <summary>
    /// The precise detail the last answer was asked for, for a follow-up that keeps it: "which programming languages
    /// would a KM intern use?" then "and NDS?" asks NDS's programming languages (which its notice does not name).
    /// </summary>
    public AskedDetail LastDetail { get; init; }

    /// <summary>
    /// The id of the aspect no notice covers that the last answer was about, for a follow-up that names another vacancy:
    /// "is the OCIO grant taxed?" then "and for KM?" asks the same of KM.
    /// </summary>
    public string? LastAspect { get; init; }

    /// <summary>
    /// What the last question was about, as search terms, when passages answered it (no topic to carry): "c'est quoi
    /// le NOS ?" then "il s'occupe de quoi exactement ?" searches the NOS's passages again.
    /// </summary>
    public IReadOnlyList<string> LastSubject { get; init; } = [];

    public const int SubjectLimit = 8;

    /// <summary>
    /// Everything of this context an answer depends on, as one string, for the answerer's cache of recent answers. Every
    /// field but <see cref="Profile"/> (a conversation carrying a person's facts is never cached); a field added here
    /// belongs in it too (a test checks each one).
    /// </summary>
    internal string CacheKey => string.Join('\u0001', CurrentVacancy ?? "", PreferredLanguage?.ToString() ?? "", string.Join(',', LastTopics),
        string.Join(',', RecentVacancies), LastUnit ?? "", LastForms, string.Join(',', LastSubject), LastDetail, LastAspect ?? "");

    /// <summary>This context with <paramref name="slugs"/> named now: they lead the recent list.</summary>
    public QuestionContext Naming(IEnumerable<string> slugs)
    {
        var named = slugs.ToList();
        return named.Count == 0 ? this : this with
        {
            CurrentVacancy = named[0],
            RecentVacancies = named.Concat(RecentVacancies).Distinct(StringComparer.Ordinal).Take(Math.Max(RecentLimit, named.Count)).ToList(),
        };
    }
}
