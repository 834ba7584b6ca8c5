using InternBot.Core.Vacancies;

namespace InternBot.Bot.Hosting;

public static partial class HostingExtensions
{
    public static IEndpointRouteBuilder MapHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (VacancyCatalogue catalogue) => TypedResults.Ok(new { status = "ok", vacancies = catalogue.All.Count }));
        return endpoints;
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
