namespace InternBot.Core.Answers;

/// <summary>What the person wants from the bot, beyond a fact about a vacancy.</summary>
public enum Intent
{
    Question,
    Greeting,
    Help,
    VacancyList,
    Onboarding,
    EligibilityCheck,
    StaffCounts,
    SwitchToEnglish,
    SwitchToFrench,
}
