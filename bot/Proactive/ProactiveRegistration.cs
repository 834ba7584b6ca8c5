using InternBot.Core.Applications;
using InternBot.Core.Conversations;

namespace InternBot.Bot.Proactive;

internal static class ProactiveRegistration
{
    /// <summary>Messages the bot writes first: the paced sender, the scheduler (one instance at a time) and its jobs.</summary>
    public static IServiceCollection AddProactive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProactiveOptions>().Bind(configuration.GetSection(ProactiveOptions.SectionName));
        services.AddOptions<SchedulerOptions>().Bind(configuration.GetSection(SchedulerOptions.SectionName));
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<WorkLease>();
        services.AddSingleton<SentOccurrences>();
        services.AddSingleton<NotificationSubscriptions>();
        services.AddSingleton<OnboardingProgress>();
        services.AddSingleton<IScheduledJob, InternReminders>();
        services.AddSingleton<SupervisorNotifications>();
        services.AddSingleton<IApplicationChangeNotifier>(sp => sp.GetRequiredService<SupervisorNotifications>());
        services.AddSingleton<IScheduledJob, VacancyReminders>();
        services.AddSingleton<IScheduledJob>(sp => sp.GetRequiredService<SupervisorNotifications>());
        services.AddSingleton<Scheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<Scheduler>());
        return services;
    }
}
