using System.Net;
using InternBot.Bot.BotFramework;
using InternBot.Bot.BotFramework.Connector;
using InternBot.Bot.BotFramework.Schema;
using InternBot.Bot.Tests.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InternBot.Bot.Tests.BotFramework;

public sealed class ConnectorClientTests
{
    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "test";

        public string ContentRootPath { get; set; } = "/";

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }

    private sealed class Token : IBotTokenProvider
    {
        public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult("T");
    }

    private static (ConnectorClient Client, FakeConnector Connector, ServiceUrlTrust Trust) Create(string environment = "Production")
    {
        var connector = new FakeConnector();
        var services = new ServiceCollection();
        services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => connector);
        var factory = services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        var trust = new ServiceUrlTrust(Options.Create(new BotOptions()), new Environment(environment));
        var retry = Options.Create(new ConnectorRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(20) });
        return (new ConnectorClient(factory, new Token(), trust, retry, NullLogger<ConnectorClient>.Instance), connector, trust);
    }

    [Theory]
    [InlineData("http://localhost:56150/_connector", "http://localhost:56150/_connector/v3/conversations")]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/v3/conversations")]
    [InlineData("https://smba.trafficmanager.net/amer", "https://smba.trafficmanager.net/amer/v3/conversations")]
    public void JoiningKeepsTheServiceUrlsPath(string serviceUrl, string expected) =>
        Assert.Equal(expected, ConnectorClient.Join(serviceUrl, "v3/conversations").AbsoluteUri);

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.org/")]
    [InlineData("/relative")]
    public void ABadServiceUrlIsAConnectorErrorNotACrash(string serviceUrl) =>
        Assert.Equal("BadServiceUrl", Assert.Throws<ConnectorException>(() => ConnectorClient.Join(serviceUrl, "v3")).Code);

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://europe.webchat.botframework.com/")]
    [InlineData("https://canary.teams.microsoft.com/")]
    public async Task TheTokenGoesToBotFrameworkAndTeamsHosts(string serviceUrl)
    {
        var (client, connector, _) = Create();
        await client.SendToConversationAsync(serviceUrl, "a:1", new Activity { Type = "message", Text = "x" }, TestContext.Current.CancellationToken);
        Assert.Equal("Bearer T", Assert.Single(connector.Calls).Authorization);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("https://botframework.com.evil.example/")]
    [InlineData("http://smba.trafficmanager.net/emea/")] // not https
    [InlineData("http://localhost:56150/_connector")] // loopback outside Development
    public async Task TheTokenNeverGoesToAnUntrustedServiceUrl(string serviceUrl)
    {
        var (client, connector, _) = Create();
        var e = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(serviceUrl, "a:1", new Activity { Type = "message" }, TestContext.Current.CancellationToken));
        Assert.Equal("UntrustedServiceUrl", e.Code);
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task AServiceUrlSeenOnAnAuthenticatedActivityBecomesTrusted()
    {
        var (client, connector, trust) = Create();
        trust.Remember("https://teams-region.example/apis/");
        await client.SendToConversationAsync("https://teams-region.example/apis/", "a:1", new Activity { Type = "message" }, TestContext.Current.CancellationToken);
        Assert.Single(connector.Calls);
    }

    [Fact]
    public async Task EveryOperationUsesTheDocumentedCall()
    {
        var (client, connector, _) = Create();
        var ct = TestContext.Current.CancellationToken;
        const string url = "https://smba.trafficmanager.net/emea/";
        await client.SendToConversationAsync(url, "19:abc@thread.tacv2", new Activity { Type = "message" }, ct);
        await client.ReplyToActivityAsync(url, "a:1", "17", new Activity { Type = "message" }, ct);
        await client.UpdateActivityAsync(url, "a:1", "17", new Activity { Type = "message" }, ct);
        await client.DeleteActivityAsync(url, "a:1", "17", ct);
        var created = await client.CreateConversationAsync(url, new ConversationParameters { Bot = new ChannelAccount { Id = "28:bot" }, Members = [new ChannelAccount { Id = "29:user" }], TenantId = "t" }, ct);
        Assert.Equal(
            [
                "POST /emea/v3/conversations/19%3Aabc%40thread.tacv2/activities",
                "POST /emea/v3/conversations/a%3A1/activities/17",
                "PUT /emea/v3/conversations/a%3A1/activities/17",
                "DELETE /emea/v3/conversations/a%3A1/activities/17",
                "POST /emea/v3/conversations",
            ],
            connector.Calls.Select(c => $"{c.Method} {c.Uri.AbsolutePath}"));
        Assert.NotNull(created);
        Assert.Equal("28:bot", connector.Calls.Last().Json.GetProperty("bot").GetProperty("id").GetString());
    }

    [Fact]
    public async Task ThrottlingHonoursRetryAfterAndAFinalFailureCarriesTheErrorCode()
    {
        var (client, connector, _) = Create();
        connector.Then(HttpStatusCode.TooManyRequests, null, TimeSpan.FromSeconds(120)); // capped by MaxDelay
        connector.Then(HttpStatusCode.ServiceUnavailable);
        connector.Then(HttpStatusCode.PreconditionFailed);
        connector.Then(HttpStatusCode.GatewayTimeout, """{"error":{"code":"ServiceError","message":"try later"}}""");
        var e = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync("https://smba.trafficmanager.net/x/", "a:1", new Activity { Type = "message" }, TestContext.Current.CancellationToken));
        Assert.Equal(4, connector.Calls.Count);
        Assert.Equal("ServiceError", e.Code);
        Assert.Equal(HttpStatusCode.GatewayTimeout, e.Status);
    }

    [Fact]
    public async Task ABadRequestIsNotRetried()
    {
        var (client, connector, _) = Create();
        connector.Then(HttpStatusCode.BadRequest, """{"error":{"code":"BadArgument","message":"no"}}""");
        var e = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync("https://smba.trafficmanager.net/x/", "a:1", new Activity { Type = "message" }, TestContext.Current.CancellationToken));
        Assert.Equal("BadArgument", e.Code);
        Assert.Single(connector.Calls);
    }
}
