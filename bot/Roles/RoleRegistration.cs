using InternBot.Core.Roles;
using InternBot.Core.Vacancies;
using Microsoft.Extensions.Options;

namespace InternBot.Bot.Roles;

public static class RoleRegistration
{
    public const string GraphHttpClient = "roles-graph";

    /// <summary>
    /// The one role provider, chosen by Roles:Source: the bot asks it in chat, the tab's sign-in asks it for every
    /// request, so the same person always has the same roles in both.
    /// </summary>
    public static IServiceCollection AddRoles(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RoleOptions>().Bind(configuration.GetSection(RoleOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RoleOptions>, RoleOptionsValidator>();
        // Graph's transport, from the factory (handlers rotated for DNS changes; tests put a fake Graph here).
        services.AddHttpClient(GraphHttpClient);
        services.AddSingleton<IRoleProvider>(sp =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<RoleOptions>>();
            return options.CurrentValue.Source == RoleSource.EntraGroups
                ? new EntraGroupRoleProvider(EntraGroupRoleProvider.CreateGraphClient(options.CurrentValue.Graph, sp.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(GraphHttpClient)), options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<EntraGroupRoleProvider>>())
                : new ConfiguredRoleProvider(options, sp.GetRequiredService<VacancyCatalogue>());
        });
        return services;
    }
}

/// <summary>Refuses to start with role settings that would grant nothing or grant too much, and names the fix.</summary>
internal sealed class RoleOptionsValidator(IHostEnvironment environment) : IValidateOptions<RoleOptions>
{
    public ValidateOptionsResult Validate(string? name, RoleOptions o)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(o.Source))
        {
            failures.Add("Roles:Source must be Configuration or EntraGroups.");
        }

        if (o.Source == RoleSource.EntraGroups)
        {
            if ((o.Groups.Staff ?? o.Groups.Supervisor ?? o.Groups.Intern) is null)
            {
                failures.Add("Roles:Source is EntraGroups but no group is set: set at least one of Roles:Groups:Staff, Roles:Groups:Supervisor, Roles:Groups:Intern (Entra group object ids).");
            }

            if (o.Graph.ManagedIdentityClientId is null && (o.Graph.TenantId is null || o.Graph.ClientId is null || o.Graph.ClientSecret is null))
            {
                failures.Add("Roles:Source is EntraGroups but Graph cannot be reached: set Roles:Graph:ManagedIdentityClientId, or Roles:Graph:TenantId, ClientId and ClientSecret.");
            }
        }

        if (o.IncludeSeededPeople && !environment.IsDevelopment())
        {
            failures.Add("Roles:IncludeSeededPeople gives the seeded data set's made-up people real roles: it is for local runs only (Development). Remove it.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
