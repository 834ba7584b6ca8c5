using InternBot.Core.SignIn;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace InternBot.Identity;

public static class IdentityRegistration
{
    /// <summary>
    /// People signing in with Entra: their tokens validated against the tenant's published keys, the pop-up sign-in,
    /// and the app's own credential (federated or secret) for on-behalf-of exchanges.
    /// </summary>
    /// <param name="requireAppCredential">The host reads a store on the user's behalf, so a missing credential stops start-up.</param>
    public static IServiceCollection AddEntraSignIn(this IServiceCollection services, IConfiguration configuration, bool requireAppCredential)
    {
        services.AddOptions<EntraAppOptions>().Bind(configuration.GetSection(EntraAppOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EntraAppOptions>>(sp => new EntraAppOptionsValidator(sp.GetRequiredService<IHostEnvironment>(), requireAppCredential));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSigningKeys();
        services.AddHttpClient(EntraInteractiveSignIn.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.TryAddSingleton(sp => new EntraAppCredential(sp.GetRequiredService<IOptions<EntraAppOptions>>()));
        services.AddSingleton<IUserTokenValidator, EntraUserTokenValidator>();
        services.AddSingleton<IInteractiveSignIn, EntraInteractiveSignIn>();
        return services;
    }

    /// <summary>The HTTP client that reads OpenID metadata and signing keys, for every token check (bot and tab).</summary>
    public static IServiceCollection AddSigningKeys(this IServiceCollection services)
    {
        services.AddHttpClient(SigningKeyCache.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        return services;
    }
}
