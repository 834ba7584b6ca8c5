using System.Net;
using InternBot.Bot.Tests.TestKit;

namespace InternBot.Bot.Tests.Hosting;

/// <summary>Liveness and readiness, as App Service's health check reads them.</summary>
public sealed class HealthProbeTests
{
    [Fact]
    public async Task AStartedHostIsLiveAndReady()
    {
        using var host = BotHost.Anonymous();
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/live", TestContext.Current.CancellationToken)).StatusCode);
        var ready = await ReadyAsync(client);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("\"vacancies\":5", await client.GetStringAsync("/healthz", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    /// <summary>Readiness once the start-up work is done (the seeded applications are decided in the background).</summary>
    private static async Task<HttpResponseMessage> ReadyAsync(HttpClient client)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var ready = await client.GetAsync("/healthz/ready", TestContext.Current.CancellationToken);
            if (ready.StatusCode == HttpStatusCode.OK || DateTime.UtcNow > until)
            {
                return ready;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task AHostIsNotReadyUntilItsApplicationsAreDecidedAfterAStart()
    {
        var warmUp = new InternBot.Tab.Applications.DecisionWarmUp(Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(new Microsoft.Extensions.DependencyInjection.ServiceCollection()), Microsoft.Extensions.Logging.Abstractions.NullLogger<InternBot.Tab.Applications.DecisionWarmUp>.Instance);
        var check = new InternBot.Bot.Hosting.HostingExtensions.StartUpDecisionsCheck(warmUp);
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, (await check.CheckHealthAsync(new(), TestContext.Current.CancellationToken)).Status);

        // Started: it finishes (here it has nothing to decide, and says so in the log) and the host is ready.
        await warmUp.StartAsync(TestContext.Current.CancellationToken);
        await warmUp.Completed.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, (await check.CheckHealthAsync(new(), TestContext.Current.CancellationToken)).Status);
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, (await new InternBot.Bot.Hosting.HostingExtensions.StartUpDecisionsCheck().CheckHealthAsync(new(), TestContext.Current.CancellationToken)).Status);
    }

    [Fact]
    public async Task AHostWhoseStoreIsGoneIsLiveButNotReady()
    {
        using var host = BotHost.Anonymous();
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(client)).StatusCode);
        File.Delete(host.DatabasePath);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/live", TestContext.Current.CancellationToken)).StatusCode);
        var ready = await client.GetAsync("/healthz/ready", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var summary = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, summary.StatusCode);
        Assert.Contains("unavailable", await summary.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
