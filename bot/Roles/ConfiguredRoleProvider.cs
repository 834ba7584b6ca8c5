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
    public static IServiceCollection AddRoles(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RoleOptions>().Bind(configuration.GetSection(RoleOptions.SectionName));
        services.AddSingleton<IRoleProvider, ConfiguredRoleProvider>();
        return services;
    }
}
