using InternBot.Core.Vacancies;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InternBot.Bot.Hosting;

public static partial class HostingExtensions
{
    /// <summary>
    /// Liveness (/healthz/live: the process answers) and readiness (/healthz/ready: the catalogue is loaded and the
    /// store answers), for App Service's health check; /healthz is the readiness summary with the catalogue's size.
    /// </summary>
    public static IServiceCollection AddHealthProbes(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: [ReadyTag])
            .AddCheck<StartUpDecisionsCheck>("start-up decisions", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthProbes(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) });
        endpoints.MapGet("/healthz", async (VacancyCatalogue catalogue, HealthCheckService health, CancellationToken ct) =>
        {
            var report = await health.CheckHealthAsync(c => c.Tags.Contains(ReadyTag), ct);
            var body = new { status = report.Status == HealthStatus.Healthy ? "ok" : "unavailable", vacancies = catalogue.All.Count };
            return report.Status == HealthStatus.Healthy ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }

    private const string ReadyTag = "ready";

    /// <summary>The conversation store the host keeps state in answers (the reason, never data, when it does not).</summary>
    private sealed class StoreHealthCheck(Core.Conversations.IStateStoreProbe store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await store.ProblemAsync(cancellationToken) is { } problem ? HealthCheckResult.Unhealthy(problem) : HealthCheckResult.Healthy();
    }

    /// <summary>
    /// Not ready until the applications are decided after a start (about 0.8 s for 10,000 here), so App Service's
    /// warm-up (WEBSITE_WARMUP_PATH, set by the Bicep) and health check send no one to an instance whose first
    /// dashboard would wait for them.
    /// </summary>
    internal sealed class StartUpDecisionsCheck(Tab.Applications.DecisionWarmUp? warmUp = null) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(warmUp is null || warmUp.Completed.IsCompleted ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("deciding the applications after start-up"));
    }

    /// <summary>Says, once the host listens, where the bot is and how to chat with it locally.</summary>
    public static WebApplication PrintHowToChat(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var urls = string.Join(", ", app.Urls);
            var endpoint = (app.Urls.FirstOrDefault(u => u.StartsWith("http://", StringComparison.Ordinal)) ?? app.Urls.FirstOrDefault() ?? "http://localhost:3978").TrimEnd('/') + "/api/messages";
            var tab = endpoint.Replace("/api/messages", "/tab/applications", StringComparison.Ordinal);
            LogListening(app.Logger, urls, endpoint, tab);
        });
        return app;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "InternBot is listening on {Urls}. Chat with it in the Microsoft 365 Agents Playground: npx @microsoft/m365agentsplayground -e {Endpoint} -c msteams. Open the tab at {Tab}")]
    private static partial void LogListening(ILogger logger, string urls, string endpoint, string tab);
}
