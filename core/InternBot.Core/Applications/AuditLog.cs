namespace InternBot.Core.Applications;

/// <summary>What was done to a candidate's application (never its content: no notes text, no personal data).</summary>
public enum AuditAction
{
    /// <summary>Someone opened the application's detail.</summary>
    Viewed,

    /// <summary>Someone exported applications; the detail says the filter and how many rows.</summary>
    Exported,

    /// <summary>The status changed; the detail says from what to what.</summary>
    StatusChanged,

    /// <summary>The notes changed (their text is not recorded).</summary>
    NotesChanged,
}

/// <summary>One audited event: who (an Entra object id), when, what, on which application.</summary>
public sealed record AuditEntry(DateTimeOffset At, string Actor, AuditAction Action, string? ApplicationId, string? Detail = null);

/// <summary>
/// Who looked at or changed which application, for the data-protection questions staff are asked. Entries are kept
/// until purged (<see cref="AuditRetention"/> says until when).
/// </summary>
public interface IAuditLog
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The newest first; for one application, or all when <paramref name="applicationId"/> is null.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(string? applicationId, DateTimeOffset? since, int limit, CancellationToken cancellationToken);

    /// <summary>Removes entries older than <paramref name="before"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken);
}

/// <summary>
/// How long audit entries are kept by default: 12 months after the campaign they belong to ended. An entry may go
/// once it is more than 12 months old and was recorded before the latest campaign closed.
/// </summary>
public static class AuditRetention
{
    public static DateTimeOffset PurgeBefore(Vacancies.VacancyCatalogue catalogue, DateTimeOffset now, int months = 12)
    {
        var latestClose = catalogue.All.Select(v => v.Deadline.ClosesAt).DefaultIfEmpty(now).Max();
        var aged = now.AddMonths(-months);
        return aged < latestClose ? aged : latestClose;
    }
}
