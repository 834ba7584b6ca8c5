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
        var ready = await client.GetAsync("/healthz/ready", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("\"vacancies\":5", await client.GetStringAsync("/healthz", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHostWhoseStoreIsGoneIsLiveButNotReady()
    {
        using var host = BotHost.Anonymous();
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/ready", TestContext.Current.CancellationToken)).StatusCode);
        File.Delete(host.DatabasePath);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/live", TestContext.Current.CancellationToken)).StatusCode);
        var ready = await client.GetAsync("/healthz/ready", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var summary = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, summary.StatusCode);
        Assert.Contains("unavailable", await summary.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
