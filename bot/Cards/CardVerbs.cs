namespace InternBot.Bot.Cards;

/// <summary>
/// The verbs of the cards' buttons (Action.Execute, with an Action.Submit fallback carrying the same verb): the cards
/// send them and <c>InternBotHandler</c> acts on them, both through these names, so a button can never name a verb
/// the bot does not handle (AdaptiveCardValidationTests checks every card against <see cref="All"/>).
/// </summary>
public static class CardVerbs
{
    public const string Ask = "ask";
    public const string VacancyDetail = "vacancy.detail";
    public const string VacancyList = "vacancy.list";
    public const string Help = "help";
    public const string Onboarding = "onboarding";
    public const string OnboardingDone = "onboarding.done";
    public const string Language = "language";
    public const string EligibilityForm = "eligibility.form";
    public const string EligibilityCheck = "eligibility.check";
    public const string Escalate = "escalate";
    public const string EscalationClaim = "escalation.claim";
    public const string EscalationAnswer = "escalation.answer";
    public const string EscalationDecline = "escalation.decline";

    public static IReadOnlyList<string> All { get; } =
        [Ask, VacancyDetail, VacancyList, Help, Onboarding, OnboardingDone, Language, EligibilityForm, EligibilityCheck, Escalate, EscalationClaim, EscalationAnswer, EscalationDecline];
}
