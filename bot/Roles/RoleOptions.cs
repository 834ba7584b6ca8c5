namespace InternBot.Bot.Roles;

/// <summary>
/// Where people's roles come from, for the bot and the tab alike: "Configuration" (lists of Entra object ids, for
/// local runs and small pilots) or "EntraGroups" (transitive membership of one Entra group per role, through Graph).
/// </summary>
public sealed class RoleOptions
{
    public const string SectionName = "Roles";

    public RoleSource Source { get; set; } = RoleSource.Configuration;

    public List<string> Staff { get; set; } = [];

    public List<string> Supervisor { get; set; } = [];

    public List<string> Intern { get; set; } = [];

    /// <summary>
    /// Development only: the seeded data set's people (its staff member, each vacancy's supervisor, its intern) hold
    /// their roles too, so a local run can be seen through each of their eyes.
    /// </summary>
    public bool IncludeSeededPeople { get; set; }

    /// <summary>For EntraGroups: the Entra group whose (transitive) members hold each role.</summary>
    public RoleGroups Groups { get; set; } = new();

    /// <summary>For EntraGroups: how the host reaches Graph (application permission GroupMember.Read.All).</summary>
    public GraphAccess Graph { get; set; } = new();
}

public enum RoleSource
{
    Configuration,
    EntraGroups,
}

public sealed class RoleGroups
{
    public string? Staff { get; set; }

    public string? Supervisor { get; set; }

    public string? Intern { get; set; }
}

public sealed class GraphAccess
{
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Use the app's user-assigned managed identity (client id) instead of a secret.</summary>
    public string? ManagedIdentityClientId { get; set; }
}
