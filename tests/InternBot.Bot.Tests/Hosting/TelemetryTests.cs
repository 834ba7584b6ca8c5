using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using InternBot.Bot.Tests.TestKit;
using InternBot.Core.Applications;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace InternBot.Bot.Tests.Hosting;

/// <summary>What leaves the host as telemetry: requests, turns and answer outcomes, and no personal data or query string.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task SpansMetricsAndLogsCarryNoPersonalDataAndNoQueryStrings()
    {
        var spans = new List<Activity>();
        var logs = new List<LogRecord>();
        var metrics = new List<Metric>();
        using var host = new BotHost(new() { ["Bot:AllowAnonymous"] = "true", ["Tab:AllowDevelopmentSignIn"] = "true", ["Storage:Sqlite:SeedOnFirstRun"] = "true", ["Telemetry:Enabled"] = "true", ["Roles:IncludeSeededPeople"] = "true" }, "Development") { RemoteAddress = IPAddress.Loopback };
        host.ExtraServices = s =>
        {
            s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans));
            s.ConfigureOpenTelemetryLoggerProvider(l => l.AddInMemoryExporter(logs));
            s.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics));
        };

        var asked = Activities.Message("I'm Jane Doe (jane.doe@example.org), 20 and Swiss: can I apply for KM?", expectReplies: true);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(asked)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(Activities.Message("what is the dress code?", expectReplies: true))).StatusCode);
        var tab = host.CreateClient();
        tab.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Development", SeedData.StaffMember);
        Assert.Equal(HttpStatusCode.OK, (await tab.GetAsync("/api/tab/applications?q=M%C3%BCller&pageSize=5", TestContext.Current.CancellationToken)).StatusCode);

        host.Services.GetRequiredService<TracerProvider>().ForceFlush();
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();
        host.Services.GetRequiredService<LoggerProvider>().ForceFlush();

        Assert.Contains(spans, s => s.DisplayName == "turn" && (string?)s.GetTagItem("internbot.activity.type") == "message");
        Assert.Contains(spans, s => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("url.path") == "/api/tab/applications");
        Assert.Contains(metrics, m => m.Name == "internbot.answers");
        Assert.Contains(metrics, m => m.Name == "internbot.turn.duration");

        var exported = spans.SelectMany(s => s.TagObjects.Select(t => $"{t.Key}={t.Value}").Append(s.DisplayName))
            .Concat(logs.SelectMany(l => (l.Attributes ?? []).Select(a => $"{a.Key}={a.Value}").Append(l.FormattedMessage ?? "").Append(l.Body ?? "")))
            .ToList();
        foreach (var secret in new[] { "Jane", "example.org", "Müller", "M%C3%BCller", "q=", "dress code" })
        {
            Assert.DoesNotContain(exported, e => e.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }
}
