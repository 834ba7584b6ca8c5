namespace InternBot.Core.Applications;

/// <summary>
/// Where applications live: the SharePoint list in production, SQLite locally and in tests. Both behave the same
/// (a shared contract test suite checks it).
/// </summary>
public interface IApplicationStore : IApplicationStatistics
{
    /// <summary>A page of applications; pass the returned token back for the next page.</summary>
    Task<ApplicationPage> ListAsync(ApplicationQuery query, CancellationToken cancellationToken);

    Task<ApplicationRecord?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Changes status and/or notes if <paramref name="expectedVersion"/> is still the stored version. A stale
    /// version is a conflict (with the current record), never a silent overwrite.
    /// </summary>
    Task<UpdateResult> UpdateAsync(string id, ApplicationUpdate update, string expectedVersion, string modifiedBy, CancellationToken cancellationToken);

    /// <summary>What changed since <paramref name="token"/> (null: everything), and the token for next time.</summary>
    Task<ApplicationChanges> ChangesAsync(string? token, CancellationToken cancellationToken);

    /// <summary>Adds applications (seeding, imports). Returns how many were written.</summary>
    Task<int> AddAsync(IReadOnlyList<ApplicationRecord> applications, CancellationToken cancellationToken);
}

/// <summary>Filters: vacancy and status are indexed (server-side in SharePoint); supervisor is applied on each page.</summary>
public sealed record ApplicationQuery(string? Vacancy = null, ApplicationStatus? Status = null, string? Supervisor = null, int PageSize = 100, string? ContinuationToken = null);

public sealed record ApplicationPage(IReadOnlyList<ApplicationRecord> Items, string? ContinuationToken);

public sealed record ApplicationUpdate(ApplicationStatus? Status = null, string? Notes = null);

public sealed record ApplicationChanges(IReadOnlyList<ApplicationRecord> Changed, IReadOnlyList<string> Deleted, string Token, bool FullResync);

/// <summary>The outcome of an update: done, a conflict with the current record, or no such application.</summary>
public sealed record UpdateResult(UpdateOutcome Outcome, ApplicationRecord? Current)
{
    public static UpdateResult Updated(ApplicationRecord current) => new(UpdateOutcome.Updated, current);

    public static UpdateResult Conflict(ApplicationRecord current) => new(UpdateOutcome.Conflict, current);

    public static readonly UpdateResult NotFound = new(UpdateOutcome.NotFound, null);
}

public enum UpdateOutcome
{
    Updated,
    Conflict,
    NotFound,
}

/// <summary>
/// Told when someone changes an application's status (the tab calls it after a successful change), so the people who
/// supervise it can hear of it. The host provides it; without one nothing is told.
/// </summary>
public interface IApplicationChangeNotifier
{
    Task StatusChangedAsync(ApplicationRecord before, ApplicationStatus to, string changedByObjectId, string? changedByName, CancellationToken cancellationToken);
}
