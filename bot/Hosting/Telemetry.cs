using System.Diagnostics;
using System.Diagnostics.Metrics;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace InternBot.Bot.Hosting;

/// <summary>
/// What InternBot measures about itself: turn durations and answer outcomes (never the text), with ASP.NET Core's
/// requests and the outgoing calls (Graph, the Bot Connector). Exported to Azure Monitor when a connection string is
/// set (APPLICATIONINSIGHTS_CONNECTION_STRING, as the Bicep sets it), to the console with Telemetry:Console=true;
/// with neither (nor Telemetry:Enabled=true, for tests), nothing is collected. Query strings never leave: a search
/// may be a candidate's name.
/// </summary>
public static class Telemetry
{
    public const string Name = "InternBot";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Turn duration in milliseconds, by activity type.</summary>
    public static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("internbot.turn.duration", "ms", "Time to run one turn");

    /// <summary>Answers by outcome: answered, not_stated (the notices do not say), not_understood.</summary>
    public static readonly Counter<long> Answers = Meter.CreateCounter<long>("internbot.answers", description: "Questions answered, by outcome");

    public static WebApplicationBuilder AddInternBotTelemetry(this WebApplicationBuilder builder)
    {
        var connection = builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"] ?? builder.Configuration["AzureMonitor:ConnectionString"];
        var console = builder.Configuration.GetValue<bool>("Telemetry:Console");

        // Collecting costs (a third of the throughput of the cheapest turn, bench/README): only when something exports.
        if (string.IsNullOrWhiteSpace(connection) && !console && !builder.Configuration.GetValue<bool>("Telemetry:Enabled"))
        {
            return builder;
        }

        var otel = builder.Services.AddOpenTelemetry()
            .WithTracing(t => t.AddSource(Name)
                .AddAspNetCoreInstrumentation(o => o.EnrichWithHttpRequest = (activity, _) => WithoutQuery(activity, "url.query"))
                .AddHttpClientInstrumentation(o => o.EnrichWithHttpRequestMessage = (activity, request) =>
                {
                    if (request.RequestUri is { } uri)
                    {
                        activity.SetTag("url.full", uri.GetLeftPart(UriPartial.Path));
                    }
                }))
            .WithMetrics(m => m.AddMeter(Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithLogging(l => { }, o => { o.IncludeFormattedMessage = true; o.IncludeScopes = false; });
        if (!string.IsNullOrWhiteSpace(connection))
        {
            otel.UseAzureMonitor(o => o.ConnectionString = connection);
        }
        else if (console)
        {
            builder.Services.ConfigureOpenTelemetryTracerProvider(t => t.AddConsoleExporter());
            builder.Services.ConfigureOpenTelemetryMeterProvider(m => m.AddConsoleExporter());
            builder.Services.ConfigureOpenTelemetryLoggerProvider(l => l.AddConsoleExporter());
        }

        return builder;
    }

    private static void WithoutQuery(Activity activity, string tag) => activity.SetTag(tag, null);

    private static readonly HashSet<string> ActivityTypes = new(StringComparer.Ordinal) { "message", "invoke", "conversationUpdate", "messageReaction", "installationUpdate", "event", "typing", "endOfConversation" };

    /// <summary>An activity type as a tag: one of the protocol's, or "other" (a client could send anything).</summary>
    public static string Known(string? type) => type is not null && ActivityTypes.Contains(type) ? type : "other";

    /// <summary>Counts an answer by what it was, never by what was asked.</summary>
    public static void CountAnswer(string outcome) => Answers.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
}
