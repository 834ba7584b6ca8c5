namespace InternBot.Core.Answers;

/// <summary>What the person wants from the bot, beyond a fact about a vacancy.</summary>
public enum Intent
{
    Greeting,
    Help,
    VacancyList,
    Onboarding,
    EligibilityCheck,
    StaffCounts,

    /// <summary>What is still open, coming up or already past: deadlines and info sessions against today.</summary>
    Timeline,
    SwitchToEnglish,
    SwitchToFrench,
}
