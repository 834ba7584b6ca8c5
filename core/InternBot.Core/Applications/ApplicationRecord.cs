namespace InternBot.Core.Applications;

/// <summary>
/// One application, as stored in the SharePoint list or SQLite. Facts use the same notations as the candidate CSV
/// (lists separated by ';', languages "en:C1", documents "qualification:en[:translated]"), so everything the
/// eligibility engine needs maps onto it (<see cref="ApplicationEligibility"/>). Null means unknown.
/// </summary>
public sealed record ApplicationRecord
{
    /// <summary>The store's id for the row (SharePoint item id or SQLite row id), as text.</summary>
    public string Id { get; init; } = "";

    /// <summary>Ties one person's applications together (the application limit counts per candidate).</summary>
    public required string CandidateId { get; init; }

    public required string DisplayName { get; init; }

    public string? Email { get; init; }

    /// <summary>The vacancy's slug ("nds").</summary>
    public required string Vacancy { get; init; }

    public required string Campaign { get; init; }

    /// <summary>ISO alpha-2 codes, ';'-separated ("BE;TR").</summary>
    public string? Nationalities { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    public bool? EnrolledStudent { get; init; }

    public decimal? YearsCompleted { get; init; }

    public bool? EquivalentEducation { get; init; }

    /// <summary>shortCycle, bachelor, master or doctorate.</summary>
    public string? DegreeLevel { get; init; }

    public DateOnly? DegreeAwardedOn { get; init; }

    public bool? DegreeRelevant { get; init; }

    public bool? FinalStageOfMasters { get; init; }

    /// <summary>"en:C1;fr:A2".</summary>
    public string? Languages { get; init; }

    public bool? AdvancedItUser { get; init; }

    public bool? PriorExperience { get; init; }

    /// <summary>"qualification:en;proofOfStudies:de:translated".</summary>
    public string? Documents { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public ApplicationStatus Status { get; init; } = ApplicationStatus.Submitted;

    /// <summary>Entra object ids of the supervisors who may see the application, ';'-separated.</summary>
    public string? Supervisors { get; init; }

    public string? Notes { get; init; }

    public DateTimeOffset? Modified { get; init; }

    /// <summary>Who made the last change: an opaque id (object id or app id), never shown in logs.</summary>
    public string? ModifiedBy { get; init; }

    /// <summary>Optimistic-concurrency version (SharePoint eTag, SQLite row version).</summary>
    public string Version { get; init; } = "";

    public IEnumerable<string> SupervisorIds => (Supervisors ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
