using InternBot.Core.Applications;
using InternBot.Core.Roles;
using InternBot.Core.Vacancies;
using Microsoft.Extensions.Options;

namespace InternBot.Bot.Roles;

/// <summary>Roles from configuration: a list of object ids per role (and, locally, the seeded data set's people).</summary>
internal sealed class ConfiguredRoleProvider(IOptionsMonitor<RoleOptions> options, VacancyCatalogue catalogue) : IRoleProvider
{
    public Task<IReadOnlySet<Role>> GetRolesAsync(string? tenantId, string? aadObjectId, CancellationToken cancellationToken)
    {
        var roles = new HashSet<Role>();
        if (string.IsNullOrWhiteSpace(aadObjectId))
        {
            return Task.FromResult<IReadOnlySet<Role>>(roles);
        }

        var id = aadObjectId.Trim();
        var o = options.CurrentValue;
        foreach (var (role, members) in new[] { (Role.Staff, o.Staff), (Role.Supervisor, o.Supervisor), (Role.Intern, o.Intern) })
        {
            if (members.Contains(id, StringComparer.OrdinalIgnoreCase))
            {
                roles.Add(role);
            }
        }

        if (o.IncludeSeededPeople)
        {
            roles.UnionWith(SeedData.People(catalogue).Where(p => string.Equals(p.ObjectId, id, StringComparison.OrdinalIgnoreCase)).Select(p => p.Role));
        }

        return Task.FromResult<IReadOnlySet<Role>>(roles);
    }
}
