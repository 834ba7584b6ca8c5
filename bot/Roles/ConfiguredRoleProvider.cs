using InternBot.Core.Roles;
using Microsoft.Extensions.Options;

namespace InternBot.Bot.Roles;

/// <summary>Role members by Entra object id, from the "Roles" configuration section (local development, small pilots).</summary>
public sealed class RoleOptions
{
    public const string SectionName = "Roles";

    public List<string> Staff { get; set; } = [];

    public List<string> Supervisor { get; set; } = [];

    public List<string> Intern { get; set; } = [];

    /// <summary>"Configuration" (the lists above) or "EntraGroups" (membership of <see cref="Groups"/>, through Graph).</summary>
    public string Source { get; set; } = "Configuration";

    /// <summary>For EntraGroups: the Entra group whose (transitive) members hold each role.</summary>
    public RoleGroups Groups { get; set; } = new();

    /// <summary>For EntraGroups: how the host reaches Graph (application permission GroupMember.Read.All).</summary>
    public GraphAccess Graph { get; set; } = new();
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

/// <summary>Roles from configuration: a list of object ids per role. Production swaps in an Entra-backed provider.</summary>
internal sealed class ConfiguredRoleProvider(IOptionsMonitor<RoleOptions> options) : IRoleProvider
{
    public Task<IReadOnlySet<Role>> GetRolesAsync(string? tenantId, string? aadObjectId, CancellationToken cancellationToken)
    {
        var roles = new HashSet<Role>();
        if (!string.IsNullOrWhiteSpace(aadObjectId))
        {
            var o = options.CurrentValue;
            foreach (var (role, members) in new[] { (Role.Staff, o.Staff), (Role.Supervisor, o.Supervisor), (Role.Intern, o.Intern) })
            {
                if (members.Contains(aadObjectId.Trim(), StringComparer.OrdinalIgnoreCase))
                {
                    roles.Add(role);
                }
            }
        }

        return Task.FromResult<IReadOnlySet<Role>>(roles);
    }
}

public static class RoleRegistration
{
    public const string GraphHttpClient = "roles-graph";

    /// <summary>The role provider chosen by Roles:Source, shared by the bot and the tab.</summary>
    public static IServiceCollection AddRoles(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RoleOptions>().Bind(configuration.GetSection(RoleOptions.SectionName)).Validate(
            o => o.Source is "Configuration" || (o.Source is "EntraGroups" && (o.Groups.Staff ?? o.Groups.Supervisor ?? o.Groups.Intern) is not null &&
                 (o.Graph.ManagedIdentityClientId is not null || (o.Graph.TenantId is not null && o.Graph.ClientId is not null && o.Graph.ClientSecret is not null))),
            "Roles:Source must be Configuration or EntraGroups; EntraGroups needs at least one of Roles:Groups:Staff/Supervisor/Intern and Graph access (Roles:Graph:ManagedIdentityClientId, or TenantId, ClientId and ClientSecret).")
            .ValidateOnStart();
        services.AddHttpClient(GraphHttpClient);
        services.AddSingleton<IRoleProvider>(sp =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<RoleOptions>>();
            return options.CurrentValue.Source == "EntraGroups"
                ? new EntraGroupRoleProvider(EntraGroupRoleProvider.CreateGraphClient(options.CurrentValue.Graph, null), options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<EntraGroupRoleProvider>>())
                : new ConfiguredRoleProvider(options);
        });
        return services;
    }
}
