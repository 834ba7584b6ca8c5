using InternBot.Core.Answers;
using InternBot.Core.Eligibility;
using InternBot.Core.Onboarding;
using InternBot.Core.Vacancies;

namespace InternBot.Bot.Hosting;

public static class CatalogueRegistration
{
    /// <summary>
    /// Loads the vacancy catalogue (Vacancies:Path) and the onboarding checklist (Onboarding:Path) when the host
    /// starts, defaulting to the shipped ones. A broken data file stops the host with every problem listed,
    /// rather than answering from half a catalogue.
    /// </summary>
    public static IServiceCollection AddInternBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        var folder = configuration[VacancyCatalogueLoader.PathKey] is { Length: > 0 } configured ? configured : VacancyCatalogueLoader.DefaultPath;
        var onboarding = configuration[OnboardingGuide.PathKey] is { Length: > 0 } path ? path : OnboardingGuide.DefaultPath;
        services.AddSingleton(VacancyCatalogueLoader.LoadOrThrow(folder));
        services.AddSingleton(OnboardingGuide.Load(onboarding));
        services.AddSingleton(sp => new EligibilityEngine(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new QuestionAnswerer(sp.GetRequiredService<VacancyCatalogue>(), sp.GetRequiredService<EligibilityEngine>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
