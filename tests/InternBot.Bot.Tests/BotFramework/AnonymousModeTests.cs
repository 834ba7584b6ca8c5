using System.Net;
using InternBot.Bot.Tests.TestKit;

namespace InternBot.Bot.Tests.BotFramework;

/// <summary>Local development without a bot registration: Development only, loopback only, no tokens either way.</summary>
public sealed class AnonymousModeTests : IDisposable
{
    private readonly BotHost _host = BotHost.Anonymous(_ => new ScriptedBot());

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ALoopbackRequestWithoutATokenIsServed()
    {
        _host.RemoteAddress = IPAddress.Loopback;
        Assert.Equal(HttpStatusCode.OK, (await _host.PostAsync(TestKit.Activities.Message("hi", expectReplies: true))).StatusCode);
        _host.RemoteAddress = IPAddress.IPv6Loopback;
        Assert.Equal(HttpStatusCode.OK, (await _host.PostAsync(TestKit.Activities.Message("hi", expectReplies: true))).StatusCode);
    }

    [Fact]
    public async Task AnyAuthorizationHeaderIsIgnored()
    {
        // The Playground may send a dummy HS256 token: anonymous mode neither validates nor trusts it.
        _host.RemoteAddress = IPAddress.Loopback;
        var response = await _host.PostAsync(TestKit.Activities.Message("hi", expectReplies: true), "Bearer " + Tokens.Hs256("whatever"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ARequestFromAnotherMachineIsRefused()
    {
        _host.RemoteAddress = IPAddress.Parse("192.0.2.10");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.PostAsync(TestKit.Activities.Message("hi", expectReplies: true))).StatusCode);
    }

    [Fact]
    public async Task RepliesGoToALoopbackConnectorWithoutAToken()
    {
        _host.RemoteAddress = IPAddress.Loopback;
        await _host.PostAsync(TestKit.Activities.Message("hi", serviceUrl: "http://localhost:56150/_connector"));
        var call = Assert.Single(await _host.Connector.WaitForCallsAsync(1));
        Assert.Null(call.Authorization);
        Assert.StartsWith("http://localhost:56150/_connector/v3/conversations/", call.Uri.AbsoluteUri, StringComparison.Ordinal);
    }
}

/// <summary>The host refuses to start on missing or inconsistent bot settings, naming the setting and the fix.</summary>
public sealed class BotConfigurationTests
{
    private static string StartFailure(BotHost host)
    {
        using (host)
        {
            var e = Assert.ThrowsAny<Exception>(() => host.CreateClient());
            return e.ToString();
        }
    }

    [Fact]
    public void AnonymousModeIsRefusedOutsideDevelopment() =>
        Assert.Contains("Bot:AllowAnonymous is true in the 'Production' environment", StartFailure(new BotHost(new() { ["Bot:AllowAnonymous"] = "true" }, "Production")), StringComparison.Ordinal);

    [Fact]
    public void AnonymousModeWithAnAppIdIsInconsistent() =>
        Assert.Contains("Bot:AppId is set", StartFailure(new BotHost(new() { ["Bot:AllowAnonymous"] = "true", ["Bot:AppId"] = "x" }, "Development")), StringComparison.Ordinal);

    [Fact]
    public void AMissingAppIdIsNamed() =>
        Assert.Contains("Bot:AppId is missing", StartFailure(new BotHost(new() { ["Bot:AppType"] = "MultiTenant", ["Bot:ClientSecret"] = "s" }, "Production")), StringComparison.Ordinal);

    [Theory]
    [InlineData("Multi", "Bot:AppType is 'Multi'")]
    [InlineData("", "Bot:AppType is '(missing)'")]
    [InlineData("1", "Bot:AppType is '1'")]
    public void ABadAppTypeIsNamed(string appType, string message) =>
        Assert.Contains(message, StartFailure(new BotHost(new() { ["Bot:AppId"] = "x", ["Bot:AppType"] = appType }, "Production")), StringComparison.Ordinal);

    [Theory]
    [InlineData("SingleTenant", null, null, "Bot:TenantId is missing")]
    [InlineData("MultiTenant", null, null, "Bot:ClientSecret is missing")]
    [InlineData("UserAssignedMSI", "t", "s", "a managed identity needs no secret")]
    [InlineData("SingleTenant", "t", null, "exactly one credential")]
    public void InconsistentCredentialsAreNamed(string appType, string? tenant, string? secret, string message)
    {
        var settings = new Dictionary<string, string?> { ["Bot:AppId"] = "x", ["Bot:AppType"] = appType, ["Bot:TenantId"] = tenant, ["Bot:ClientSecret"] = secret };
        Assert.Contains(message, StartFailure(new BotHost(settings, "Production")), StringComparison.Ordinal);
    }

    [Fact]
    public void APlainHttpMetadataAddressIsRefusedInProduction()
    {
        var settings = new Dictionary<string, string?> { ["Bot:AppId"] = "x", ["Bot:AppType"] = "MultiTenant", ["Bot:ClientSecret"] = "s", ["Bot:BotConnectorMetadataUrl"] = "http://evil.example/keys" };
        Assert.Contains("Bot:BotConnectorMetadataUrl", StartFailure(new BotHost(settings, "Production")), StringComparison.Ordinal);
    }

    [Fact]
    public void ABrokenVacancyCatalogueStopsTheHostWithEveryProblem()
    {
        var folder = Path.Combine(Path.GetTempPath(), "internbot-broken-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "x.json"), "{}");
        try
        {
            var failure = StartFailure(new BotHost(new() { ["Bot:AllowAnonymous"] = "true", ["Vacancies:Path"] = folder }, "Development"));
            Assert.Contains("x.json: slug: is missing", failure, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
