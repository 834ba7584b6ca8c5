namespace InternBot.Core.Applications;

/// <summary>Where an application stands in the selection process.</summary>
public enum ApplicationStatus
{
    Submitted,
    Screening,
    Shortlisted,
    Interview,
    Offer,
    Accepted,
    Declined,
    Rejected,
    Withdrawn,
}

/// <summary>Counts of applications per vacancy and status, for the staff card and dashboard.</summary>
public interface IApplicationStatistics
{
    Task<IReadOnlyList<ApplicationCount>> CountByVacancyAndStatusAsync(CancellationToken cancellationToken);
}

public sealed record ApplicationCount(string Vacancy, ApplicationStatus Status, int Count);
