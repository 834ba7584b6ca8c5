using InternBot.Core.Eligibility;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Answers;

/// <summary>What the bot should say; the bot turns each kind into a card.</summary>
public abstract record Reply(Language Language);

/// <summary>Facts on one or more topics. <see cref="FactGroup.SameForAll"/>: one answer holds for every vacancy.</summary>
public sealed record FactsReply(Language Language, IReadOnlyList<FactGroup> Groups) : Reply(Language);

public sealed record FactGroup(Topic Topic, IReadOnlyList<VacancyFact> Facts, bool SameForAll);

/// <summary>The answer depends on the vacancy and none was named: ask which.</summary>
public sealed record ChooseVacancyReply(Language Language, Topic? Topic, IReadOnlyList<Vacancy> Candidates, string Question) : Reply(Language);

public sealed record VacancyDetailReply(Language Language, Vacancy Vacancy) : Reply(Language);

public sealed record VacancyListReply(Language Language, IReadOnlyList<Vacancy> Vacancies) : Reply(Language);

public sealed record HelpReply(Language Language, bool Greeting) : Reply(Language);

public sealed record OnboardingReply(Language Language) : Reply(Language);

/// <summary>The person wants the full eligibility check: show the form (for this vacancy, if known).</summary>
public sealed record EligibilityFormReply(Language Language, Vacancy? Vacancy) : Reply(Language);

/// <summary>A free-text eligibility question, answered by the engine for the criteria the person spoke about.</summary>
public sealed record QuickEligibilityReply(Language Language, PersonalFacts Facts, IReadOnlyList<QuickEligibilityGroup> Groups) : Reply(Language);

/// <summary>The results shared by these vacancies (all of them when the rules are the same everywhere).</summary>
public sealed record QuickEligibilityGroup(IReadOnlyList<Vacancy> Vacancies, IReadOnlyList<CriterionResult> Results, IReadOnlyList<LocalizedText> Notes, IReadOnlyList<LocalizedText> Assumptions);

public sealed record StaffCountsReply(Language Language) : Reply(Language);

public sealed record LanguageSwitchedReply(Language Language) : Reply(Language);

/// <summary>Nothing in the notices answers this; the text is kept (without who asked) for staff to review.</summary>
public sealed record NotUnderstoodReply(Language Language, string Text, Vacancy? Vacancy) : Reply(Language);

/// <summary>The reply plus what the conversation should remember.</summary>
public sealed record AnswerOutcome(Reply Reply, Language Language, string? FocusVacancy, bool Unanswered)
{
    /// <summary>The topic a "which vacancy?" card asked about, to answer when the person names one.</summary>
    public Topic? PendingTopic => Reply is ChooseVacancyReply { Topic: { } topic } ? topic : null;
}

/// <summary>What the conversation remembers between messages.</summary>
public sealed record QuestionContext(string? CurrentVacancy = null, Language? PreferredLanguage = null, Topic? PendingTopic = null);
