using InternBot.Core.Eligibility;
using InternBot.Core.Vacancies;

namespace InternBot.Bot.Hosting;

public static class CatalogueRegistration
{
    /// <summary>
    /// Loads the vacancy catalogue from Vacancies:Path (default: the shipped one) when the host starts. A broken
    /// data file stops the host with every problem listed, rather than answering from half a catalogue.
    /// </summary>
    public static IServiceCollection AddVacancyCatalogue(this IServiceCollection services, IConfiguration configuration)
    {
        var folder = configuration[VacancyCatalogueLoader.PathKey] is { Length: > 0 } configured ? configured : VacancyCatalogueLoader.DefaultPath;
        services.AddSingleton(VacancyCatalogueLoader.LoadOrThrow(folder));
        services.AddSingleton(sp => new EligibilityEngine(sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
