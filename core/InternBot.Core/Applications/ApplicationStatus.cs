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

/// <summary>The words people see for each status, in both languages: the bot's cards and the tab both read them here.</summary>
public static class ApplicationStatusLabels
{
    public static Text.LocalizedText Of(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted => new("Submitted", "Soumise"),
        ApplicationStatus.Screening => new("Screening", "Présélection"),
        ApplicationStatus.Shortlisted => new("Shortlisted", "Retenue"),
        ApplicationStatus.Interview => new("Interview", "Entretien"),
        // Not "Offre": in French that is also the vacancy ("offre de stage"), the dashboard's next column.
        ApplicationStatus.Offer => new("Offer made", "Proposition faite"),
        ApplicationStatus.Accepted => new("Accepted", "Acceptée"),
        ApplicationStatus.Declined => new("Declined", "Déclinée"),
        ApplicationStatus.Rejected => new("Rejected", "Refusée"),
        _ => new("Withdrawn", "Retirée"),
    };
}
