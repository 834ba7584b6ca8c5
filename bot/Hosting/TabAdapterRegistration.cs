using InternBot.Identity;
using InternBot.Storage.SharePoint;
using InternBot.Storage.Sqlite;
using InternBot.Tab;

namespace InternBot.Bot.Hosting;

/// <summary>
/// The tab's adapters, chosen once here from Tab:ApplicationStore: people sign in with Entra either way; applications
/// are read from the embedded store (one for everyone) or from SharePoint on behalf of each person, with the identity
/// adapter's on-behalf-of credential. An unknown value is named by the tab's start-up check (TabOptionsValidator).
/// </summary>
public static class TabAdapterRegistration
{
    public static IServiceCollection AddTabAdapters(this IServiceCollection services, IConfiguration configuration)
    {
        var store = TabOptions.ParseApplicationStore(configuration[$"{TabOptions.SectionName}:{nameof(TabOptions.ApplicationStore)}"]);
        services.AddEntraSignIn(configuration, requireAppCredential: store == TabApplicationStore.SharePoint);
        if (store == TabApplicationStore.SharePoint)
        {
            services.AddSharePointApplications(configuration, sp => sp.GetRequiredService<EntraAppCredential>().OnBehalfOf);
        }
        else
        {
            services.AddSqliteApplications();
        }

        return services;
    }
}
