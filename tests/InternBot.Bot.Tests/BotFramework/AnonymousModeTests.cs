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
    // The real app, built and started directly (WebApplicationFactory hides start-up failures behind a race).
    private static async Task<string> StartFailure(string environment, Dictionary<string, string?> settings)
    {
        var args = new List<string> { "--environment", environment, "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=None", $"--Storage:Sqlite:Path={Path.Combine(Path.GetTempPath(), $"internbot-test-{Guid.NewGuid():N}.db")}" };
        args.AddRange(settings.Select(kv => $"--{kv.Key}={kv.Value}"));
        try
        {
            await using var app = InternBot.Bot.Hosting.InternBotApp.Build([.. args]);
            var e = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync(TestContext.Current.CancellationToken));
            return e.Message;
        }
        catch (InternBot.Core.Vacancies.CatalogueLoadException e)
        {
            return e.Message;
        }
    }

    [Theory]
    [InlineData("Cosmos", "Storage:Provider is 'Cosmos'. Set it to Sqlite")]
    [InlineData("AzureStorage", "neither Storage:AzureStorage:ServiceUri nor Storage:AzureStorage:ConnectionString is set")]
    public async Task AStoreThatCannotBeUsedStopsTheHostWithTheSettingAndTheFix(string provider, string expected) =>
        Assert.Contains(expected, await StartFailure("Development", new() { ["Bot:AllowAnonymous"] = "true", ["Storage:Provider"] = provider }), StringComparison.Ordinal);

    [Fact]
    public async Task AnonymousModeIsRefusedOutsideDevelopment() =>
        Assert.Contains("Bot:AllowAnonymous is true in the 'Production' environment", await StartFailure("Production", new() { ["Bot:AllowAnonymous"] = "true" }), StringComparison.Ordinal);

    [Fact]
    public async Task AnonymousModeWithAnAppIdIsInconsistent() =>
        Assert.Contains("Bot:AppId is set", await StartFailure("Development", new() { ["Bot:AllowAnonymous"] = "true", ["Bot:AppId"] = "x" }), StringComparison.Ordinal);

    [Fact]
    public async Task AMissingAppIdIsNamed() =>
        Assert.Contains("Bot:AppId is missing", await StartFailure("Production", new() { ["Bot:AppType"] = "MultiTenant", ["Bot:ClientSecret"] = "s" }), StringComparison.Ordinal);

    [Theory]
    [InlineData("Multi", "Bot:AppType is 'Multi'")]
    [InlineData("", "Bot:AppType is '(missing)'")]
    [InlineData("1", "Bot:AppType is '1'")]
    public async Task ABadAppTypeIsNamed(string appType, string message) =>
        Assert.Contains(message, await StartFailure("Production", new() { ["Bot:AppId"] = "x", ["Bot:AppType"] = appType }), StringComparison.Ordinal);

    [Theory]
    [InlineData("SingleTenant", "", "", "Bot:TenantId is missing")]
    [InlineData("MultiTenant", "", "", "Bot:ClientSecret is missing")]
    [InlineData("UserAssignedMSI", "t", "s", "a managed identity needs no secret")]
    [InlineData("SingleTenant", "t", "", "exactly one credential")]
    public async Task InconsistentCredentialsAreNamed(string appType, string tenant, string secret, string message)
    {
        var settings = new Dictionary<string, string?> { ["Bot:AppId"] = "x", ["Bot:AppType"] = appType, ["Bot:TenantId"] = tenant, ["Bot:ClientSecret"] = secret };
        Assert.Contains(message, await StartFailure("Production", settings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlainHttpMetadataAddressIsRefusedInProduction()
    {
        var settings = new Dictionary<string, string?> { ["Bot:AppId"] = "x", ["Bot:AppType"] = "MultiTenant", ["Bot:ClientSecret"] = "s", ["Bot:BotConnectorMetadataUrl"] = "http://evil.example/keys" };
        Assert.Contains("Bot:BotConnectorMetadataUrl", await StartFailure("Production", settings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AValidConfigurationStarts()
    {
        await using var app = InternBot.Bot.Hosting.InternBotApp.Build(["--environment", "Production", "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=None",
            "--Bot:AppId=x", "--Bot:AppType=SingleTenant", "--Bot:TenantId=t", "--Bot:ClientSecret=s",
            $"--Tab:ClientId={Guid.NewGuid()}", $"--Tab:TenantId={Guid.NewGuid()}", $"--Storage:Sqlite:Path={Path.Combine(Path.GetTempPath(), $"internbot-test-{Guid.NewGuid():N}.db")}"]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        await app.StopAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("Production", "", "Tab:ClientId is missing or not a GUID")]
    [InlineData("Production", "--Tab:ClientId=not-a-guid", "Tab:ClientId is missing or not a GUID")]
    [InlineData("Production", "--Tab:AllowDevelopmentSignIn=true", "Tab:AllowDevelopmentSignIn is true outside Development")]
    [InlineData("Production", "--Tab:ApplicationStore=SharePoint", "Tab:FederatedIdentityClientId (or Tab:ClientSecret) is missing")]
    [InlineData("Production", "--Tab:ApplicationStore=SharePoint", "Storage:SharePoint:SiteUrl '' is not an https site address")]
    [InlineData("Production", "--Tab:ApplicationStore=Excel", "Tab:ApplicationStore 'Excel' is not Sqlite or SharePoint")]
    public async Task MissingOrInconsistentTabSettingsStopTheHostWithTheFix(string environment, string setting, string expected)
    {
        var settings = new Dictionary<string, string?> { ["Bot:AppId"] = "x", ["Bot:AppType"] = "SingleTenant", ["Bot:TenantId"] = "t", ["Bot:ClientSecret"] = "s" };
        if (setting.Length > 0 && !setting.Contains("ClientId", StringComparison.Ordinal))
        {
            settings["Tab:ClientId"] = Guid.NewGuid().ToString();
            settings["Tab:TenantId"] = Guid.NewGuid().ToString();
        }

        if (setting.Length > 0)
        {
            var (key, value) = (setting[2..].Split('=')[0], setting.Split('=')[1]);
            settings[key] = value;
        }

        Assert.Contains(expected, await StartFailure(environment, settings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrokenVacancyCatalogueStopsTheHostWithEveryProblem()
    {
        var folder = Path.Combine(Path.GetTempPath(), "internbot-broken-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "x.json"), "{}");
        try
        {
            var failure = await StartFailure("Development", new() { ["Bot:AllowAnonymous"] = "true", ["Vacancies:Path"] = folder });
            Assert.Contains("x.json: slug: is missing", failure, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
