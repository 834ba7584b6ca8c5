using InternBot.Core.Text;

namespace InternBot.Core.Vacancies;

/// <summary>
/// One selection criterion as the notice states it. <see cref="Kind"/> tells the eligibility engine which rule
/// applies; the parameters carry the notice's numbers. <see cref="CriterionKind.Other"/> is shown to people but
/// left to staff judgement.
/// </summary>
public sealed record Criterion(CriterionKind Kind, LocalizedText Text)
{
    public int? MinimumAge { get; init; }

    public int? MinimumStudyYears { get; init; }

    public int? RecentGraduateMonths { get; init; }

    /// <summary>ISO 639-1 codes of the languages the criterion is about.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];
}

public enum CriterionKind
{
    // Essential
    Nationality,
    MinimumAge,
    Education,
    OfficialLanguage,

    // Desirable
    Degree,
    SecondOfficialLanguage,
    ItSkills,
    PriorExperience,

    Other,
}
