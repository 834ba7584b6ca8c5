namespace InternBot.Core.Roles;

/// <summary>What a person may see: staff everything, supervisors their vacancies' applications, interns onboarding.</summary>
public enum Role
{
    Staff,
    Supervisor,
    Intern,
}

/// <summary>
/// Tells a person's roles, from configuration locally or from Entra (app roles or group membership) in production.
/// One provider serves the bot and the tab, so both see the same roles.
/// </summary>
public interface IRoleProvider
{
    Task<IReadOnlySet<Role>> GetRolesAsync(string? tenantId, string? aadObjectId, CancellationToken cancellationToken);
}
