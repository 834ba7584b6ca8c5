using InternBot.Identity;
using System.Net;
using InternBot.Bot.BotFramework.Auth;
using InternBot.Bot.Tests.TestKit;
using Microsoft.IdentityModel.Tokens;

namespace InternBot.Bot.Tests.BotFramework;

/// <summary>
/// The inbound token rules of ../shared/reference/bot-framework-protocol.md, one positive test per token family
/// and one negative test per rule.
/// </summary>
public sealed class AuthenticationTests : IDisposable
{
    private readonly BotHost _host = BotHost.Authenticated(bot: _ => new ScriptedBot());
    private readonly RsaSecurityKey _key;

    public AuthenticationTests() => _key = _host.Identity.Publish(FakeIdentityProvider.BotConnectorMetadata, "bc-key-1", "msteams", "webchat");

    public void Dispose() => _host.Dispose();

    private Task<HttpResponseMessage> Post(string? authorization, Dictionary<string, object?>? activity = null) =>
        _host.PostAsync(activity ?? TestKit.Activities.Message("hi", expectReplies: true), authorization);

    private static string Bearer(string token) => "Bearer " + token;

    [Fact]
    public async Task AValidBotConnectorTokenIsAccepted()
    {
        var response = await Post(Bearer(Tokens.BotConnector(_key)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("echo: hi", (await BotHost.JsonOf(response)).GetProperty("activities")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task TheTabsSignInNeverLooksAtTheBotsTokens()
    {
        // The tab's scheme is the host's only ASP.NET Core scheme (so its default); it must leave /api/messages alone.
        Assert.Equal(HttpStatusCode.OK, (await Post(Bearer(Tokens.BotConnector(_key)))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(Bearer(Tokens.BotConnector(FakeIdentityProvider.NewKey("forged"))))).StatusCode);
        Assert.DoesNotContain(_host.Logs, l => l.Id.Id == 300);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("bearer TOKEN")] // the scheme is case-sensitive
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    [InlineData("Bearer not.a.jwt")]
    public async Task AMissingOrMalformedAuthorizationHeaderIs401(string? header)
    {
        var value = header == "bearer TOKEN" ? "bearer " + Tokens.BotConnector(_key) : header;
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(value)).StatusCode);
    }

    [Theory]
    [InlineData("eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d")] // JWE-shaped: five parts
    [InlineData("eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.%%%.abc")]
    [InlineData("e30.e30.e30.e30")]
    [InlineData("....")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.eyJleHAiOiJub3QgYSBudW1iZXIifQ.sig")]
    public async Task ATokenThatCannotBeParsedIsRefusedWith401NotAServerError(string token)
    {
        var response = await Post(Bearer(token));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(_host.Logs, l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Fact]
    public async Task ATokenForTheAppIdWithATrailingSlashIsRefused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(Bearer(Tokens.BotConnector(_key, audience: Tokens.AppId + "/")))).StatusCode);

    [Fact]
    public async Task ATokenWithACriticalHeaderWeDoNotUnderstandIsRefused()
    {
        Assert.Equal(HttpStatusCode.OK, (await Post(Bearer(Tokens.BotConnectorWithHeader(_key, new Dictionary<string, object> { ["x-note"] = "harmless" })))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(Bearer(Tokens.BotConnectorWithHeader(_key, new Dictionary<string, object> { ["crit"] = new[] { "exp-extension" }, ["exp-extension"] = 1 })))).StatusCode);
    }

    [Fact]
    public async Task Rule1_KeysComeFromTheConfiguredMetadataAddressOnly()
    {
        // A key published behind another metadata address (here Entra's) does not verify a Bot Connector token.
        var other = _host.Identity.Publish(FakeIdentityProvider.EntraMetadataTemplate.Replace("{tenant}", Tokens.TenantId, StringComparison.Ordinal), "entra-key", "msteams");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(Bearer(Tokens.BotConnector(other)))).StatusCode);
    }

    [Theory]
    [InlineData("https://api.botframework.com.evil.example")]
    [InlineData("https://API.botframework.com")]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")] // the emulator's issuer
    [InlineData("https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0")]
    public async Task Rule2_TheIssuerMustBeExactlyTheBotConnector(string issuer) =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(Bearer(Tokens.BotConnector(_key, issuer: issuer)))).StatusCode);

    [Fact]
    public async Task Rule3_AnUnsignedTokenIsRefused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(Bearer(Tokens.Unsigned("bc-key-1")))).StatusCode);

    [Fact]
    public async Task Rule3_AnHs256TokenIsRefused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(Bearer(Tokens.Hs256("bc-key-1")))).StatusCode);

    [Fact]
    public async Task Rule3_ATokenSignedWithAnotherKeyUnderAPublishedKeyIdIsRefused()
    {
        var impostor = FakeIdentityProvider.NewKey("bc-key-1");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(Bearer(Tokens.BotConnector(impostor)))).StatusCode);
    }

    [Fact]
    public async Task Rule3_AnUnknownKeyIdIsRefusedAfterOneRefresh()
    {
        var stranger = FakeIdentityProvider.NewKey("never-published");
        await Post(Bearer(Tokens.BotConnector(_key))); // prime the cache
        _host.Time.Offset = SigningKeyCache.UnknownKeyRefreshInterval + TimeSpan.FromSeconds(1);
        var before = _host.Identity.MetadataRequests;
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(Bearer(Tokens.BotConnector(stranger)))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(Bearer(Tokens.BotConnector(stranger)))).StatusCode);
        Assert.True(before + 1 == _host.Identity.MetadataRequests, string.Join(", ", _host.Identity.MetadataUrls)); // forged ids cannot hammer the metadata endpoint
    }

    [Theory]
    [InlineData(-4, 200)] // expired 4 minutes ago: inside the 5-minute skew
    [InlineData(-6, 401)] // expired 6 minutes ago
    public async Task Rule4_ExpiryAllowsFiveMinutesOfClockSkew(int expiredMinutesAgo, int expected)
    {
        var token = Tokens.BotConnector(_key, now: DateTimeOffset.UtcNow.AddHours(-1).AddMinutes(expiredMinutesAgo), lifetime: TimeSpan.FromHours(1));
        Assert.Equal(expected, (int)(await Post(Bearer(token))).StatusCode);
    }

    [Theory]
    [InlineData(4, 200)] // valid from 4 minutes from now: inside the skew
    [InlineData(6, 401)]
    public async Task Rule4_NotBeforeAllowsFiveMinutesOfClockSkew(int minutesAhead, int expected)
    {
        var token = Tokens.BotConnector(_key, notBeforeOffset: TimeSpan.FromMinutes(minutesAhead));
        Assert.Equal(expected, (int)(await Post(Bearer(token))).StatusCode);
    }

    [Theory]
    [InlineData("99999999-2222-3333-4444-555555555555")]
    [InlineData("11111111-2222-3333-4444-55555555555")]
    [InlineData("https://api.botframework.com")] // the bot's own outbound audience
    [InlineData("api://11111111-2222-3333-4444-555555555555")] // fine for Entra tokens, not for Bot Connector ones
    public async Task Rule5_TheAudienceMustBeThisBotsAppId(string audience) =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(Bearer(Tokens.BotConnector(_key, audience: audience)))).StatusCode);

    [Fact]
    public async Task Rule6_TheSigningKeyMustBeEndorsedForTheActivitysChannel()
    {
        var unendorsed = _host.Identity.Publish(FakeIdentityProvider.BotConnectorMetadata, "bc-key-webchat", "webchat");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(Bearer(Tokens.BotConnector(unendorsed)))).StatusCode);
        var webchat = TestKit.Activities.Message("hi", channelId: "webchat", expectReplies: true);
        Assert.Equal(HttpStatusCode.OK, (await Post(Bearer(Tokens.BotConnector(unendorsed)), webchat)).StatusCode);
    }

    [Fact]
    public async Task Rule6_AnActivityWithoutAChannelIdIsRefused()
    {
        var activity = TestKit.Activities.Message("hi", expectReplies: true);
        activity.Remove("channelId");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(Bearer(Tokens.BotConnector(_key)), activity)).StatusCode);
    }

    [Fact]
    public async Task Rule7_TheServiceUrlClaimMustBePresent() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(Bearer(Tokens.BotConnector(_key, serviceUrl: null)))).StatusCode);

    [Fact]
    public async Task Rule7_TheServiceUrlClaimMustMatchTheActivity() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(Bearer(Tokens.BotConnector(_key, serviceUrl: "https://smba.trafficmanager.net/amer/")))).StatusCode);

    [Fact]
    public async Task Rule7_TheServiceUrlComparisonIgnoresCase() =>
        Assert.Equal(HttpStatusCode.OK, (await Post(Bearer(Tokens.BotConnector(_key, serviceUrl: Tokens.ServiceUrl.ToUpperInvariant())))).StatusCode);

    [Fact]
    public async Task ARotatedKeyIsPickedUpWhenATokenNamesIt()
    {
        Assert.Equal(HttpStatusCode.OK, (await Post(Bearer(Tokens.BotConnector(_key)))).StatusCode);
        var rotated = _host.Identity.Publish(FakeIdentityProvider.BotConnectorMetadata, "bc-key-2", "msteams");
        _host.Identity.Unpublish(FakeIdentityProvider.BotConnectorMetadata, "bc-key-1");

        // Within the refresh interval an unknown id does not reach the metadata endpoint again...
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(Bearer(Tokens.BotConnector(rotated)))).StatusCode);

        // ...after it, the new key is fetched and accepted.
        _host.Time.Offset = SigningKeyCache.UnknownKeyRefreshInterval + TimeSpan.FromSeconds(1);
        Assert.Equal(HttpStatusCode.OK, (await Post(Bearer(Tokens.BotConnector(rotated)))).StatusCode);
    }

    [Fact]
    public async Task EntraTokensAreRefusedForAMultiTenantBot()
    {
        var entra = _host.Identity.Publish(FakeIdentityProvider.EntraMetadataTemplate.Replace("{tenant}", Tokens.TenantId, StringComparison.Ordinal), "entra-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(Bearer(Tokens.Entra(entra)))).StatusCode);
    }

    [Fact]
    public async Task WhenTheKeysCannotBeFetchedTheRequestIsRefusedNotAccepted()
    {
        _host.Identity.Down = true;
        var status = (await Post(Bearer(Tokens.BotConnector(_key)))).StatusCode;
        Assert.True(status is HttpStatusCode.Unauthorized or HttpStatusCode.ServiceUnavailable, $"got {status}");
    }

    [Fact]
    public async Task RefusalsAreLoggedWithAReasonAndWithoutTheToken()
    {
        var token = Tokens.BotConnector(_key, audience: "someone-else");
        await Post(Bearer(token));
        var log = Assert.Single(_host.Logs, l => l.Id.Id == 1201);
        Assert.Contains("wrong-audience", log.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Logs, l => l.Message.Contains(token[..20], StringComparison.Ordinal));
    }
}

/// <summary>
/// Single-tenant and managed-identity bots also accept Entra tokens of their own tenant, from the callers listed in
/// Bot:AllowedCallers only.
/// </summary>
public sealed class EntraAuthenticationTests : IDisposable
{
    private readonly BotHost _host = BotHost.Authenticated("SingleTenant", _ => new ScriptedBot());
    private readonly RsaSecurityKey _key;

    public EntraAuthenticationTests()
    {
        _host.ExtraSettings["Bot:AllowedCallers:0"] = Tokens.AllowedCaller;
        _key = _host.Identity.Publish(FakeIdentityProvider.EntraMetadataTemplate.Replace("{tenant}", Tokens.TenantId, StringComparison.Ordinal), "entra-key-1");
    }

    public void Dispose() => _host.Dispose();

    private async Task<HttpStatusCode> Post(string token) =>
        (await _host.PostAsync(TestKit.Activities.Message("hi", expectReplies: true), "Bearer " + token)).StatusCode;

    [Theory]
    [InlineData(true, null)]
    [InlineData(false, null)]
    [InlineData(true, "api://11111111-2222-3333-4444-555555555555")]
    [InlineData(true, "api://botid-11111111-2222-3333-4444-555555555555")]
    public async Task AnEntraTokenOfTheBotsTenantIsAccepted(bool v2, string? audience) =>
        Assert.Equal(HttpStatusCode.OK, await Post(Tokens.Entra(_key, v2: v2, audience: audience)));

    [Fact]
    public async Task AnEntraTokenOfAnotherTenantIsRefused()
    {
        var otherTenant = "ffffffff-0000-0000-0000-000000000000";
        var otherKey = _host.Identity.Publish(FakeIdentityProvider.EntraMetadataTemplate.Replace("{tenant}", otherTenant, StringComparison.Ordinal), "other-key");
        Assert.Equal(HttpStatusCode.Unauthorized, await Post(Tokens.Entra(otherKey, tenant: otherTenant)));
        Assert.Equal(HttpStatusCode.Unauthorized, await Post(Tokens.Entra(_key, tenant: otherTenant)));
    }

    [Theory]
    [InlineData("https://api.botframework.com")]
    [InlineData("api://someone-else")]
    public async Task AnEntraTokenForAnotherAudienceIsRefused(string audience) =>
        Assert.Equal(HttpStatusCode.Unauthorized, await Post(Tokens.Entra(_key, audience: audience)));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AnEntraTokenFromAnAppThatIsNotAnAllowedCallerIsRefused(bool v2)
    {
        // Any app registration of the tenant can get a token for the bot's app id, the bot itself included.
        Assert.Equal(HttpStatusCode.Unauthorized, await Post(Tokens.Entra(_key, v2: v2, caller: "12345678-0000-0000-0000-000000000000")));
        Assert.Equal(HttpStatusCode.Unauthorized, await Post(Tokens.Entra(_key, v2: v2, caller: Tokens.AppId)));
        Assert.Contains(_host.Logs, l => l.Message.Contains("caller-not-allowed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithNoAllowedCallersConfiguredNoEntraTokenIsAccepted()
    {
        using var host = BotHost.Authenticated("SingleTenant", _ => new ScriptedBot());
        var key = host.Identity.Publish(FakeIdentityProvider.EntraMetadataTemplate.Replace("{tenant}", Tokens.TenantId, StringComparison.Ordinal), "entra-key-2");
        var response = await host.PostAsync(TestKit.Activities.Message("hi", expectReplies: true), "Bearer " + Tokens.Entra(key));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnEntraCallersServiceUrlIsNeverTrustedWithTheBotsToken()
    {
        var activity = TestKit.Activities.Message("hi");
        activity["serviceUrl"] = "https://collector.attacker.example/";
        Assert.Equal(HttpStatusCode.Accepted, (await _host.PostAsync(activity, "Bearer " + Tokens.Entra(_key))).StatusCode);
        var trust = (InternBot.Bot.BotFramework.Connector.ServiceUrlTrust)_host.Services.GetService(typeof(InternBot.Bot.BotFramework.Connector.ServiceUrlTrust))!;
        Assert.False(trust.IsTrusted(new Uri("https://collector.attacker.example/v3/conversations")));
        await Task.Delay(200, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(_host.Connector.Calls, c => c.Uri.Host == "collector.attacker.example");
    }

    [Fact]
    public async Task BotConnectorTokensStillWork()
    {
        var bc = _host.Identity.Publish(FakeIdentityProvider.BotConnectorMetadata, "bc", "msteams");
        Assert.Equal(HttpStatusCode.OK, await Post(Tokens.BotConnector(bc)));
    }
}
