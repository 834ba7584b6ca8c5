namespace InternBot.Core.Eligibility;

/// <summary>
/// What is known about a candidate. Null means "not known" (the matching criterion cannot be decided);
/// an empty list means "known to be none".
/// </summary>
public sealed record CandidateProfile
{
    public IReadOnlyList<Country>? Nationalities { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    public EducationFacts? Education { get; init; }

    public IReadOnlyList<LanguageSkill>? Languages { get; init; }

    public IReadOnlyList<AttachedDocument>? Documents { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>Other vacancies the candidate applied to; null when not declared (assumed none, and said so).</summary>
    public IReadOnlyList<OtherApplication>? OtherApplications { get; init; }

    /// <summary>Facts for the desirable criteria that the education and languages do not cover.</summary>
    public DesirableFacts? Desirable { get; init; }
}

/// <summary>A candidate's education, as far as it is known.</summary>
public sealed record EducationFacts
{
    /// <summary>Currently enrolled as a university-level student.</summary>
    public bool? EnrolledStudent { get; init; }

    /// <summary>Years of university-level study completed (1.5 for three semesters).</summary>
    public decimal? YearsCompleted { get; init; }

    /// <summary>Holds an education the candidate or staff consider equivalent to two years of university.</summary>
    public bool? EquivalentEducation { get; init; }

    /// <summary>The highest degree obtained, if any.</summary>
    public Degree? Degree { get; init; }

    /// <summary>In the final stage of a master's programme.</summary>
    public bool? FinalStageOfMasters { get; init; }
}

/// <summary>A degree obtained, with its level and the date it was awarded.</summary>
public sealed record Degree(DegreeLevel Level, DateOnly? AwardedOn)
{
    /// <summary>Whether the degree is relevant to the vacancy's area; a staff judgement.</summary>
    public bool? RelevantToVacancy { get; init; }
}

/// <summary>Degree levels. A bachelor's or higher means at least two years of university-level study.</summary>
public enum DegreeLevel
{
    /// <summary>A university-level qualification of under two years (certificate, diploma, associate).</summary>
    ShortCycle,
    Bachelor,
    Master,
    Doctorate,
}

public sealed record LanguageSkill(string Language, LanguageLevel Level);

/// <summary>A document attached to the application: what it is, its language, and whether it is a self-translation.</summary>
public sealed record AttachedDocument(Vacancies.DocumentType Type, string? Language, bool SelfTranslated = false);

/// <summary>Another vacancy applied to; <see cref="Campaign"/> null when the vacancy is not in the catalogue.</summary>
public sealed record OtherApplication(string Vacancy, string? Campaign);

public sealed record DesirableFacts
{
    /// <summary>Advanced user of IT tools, including Microsoft Office and SharePoint.</summary>
    public bool? AdvancedItUser { get; init; }

    /// <summary>Experience with international organisations, national administration, research or industry.</summary>
    public bool? PriorExperience { get; init; }
}
