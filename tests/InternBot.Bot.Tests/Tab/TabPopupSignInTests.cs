using System.Net;
using System.Security.Cryptography;
using System.Text;
using InternBot.Bot.Tests.TestKit;
using InternBot.Tab.Auth;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace InternBot.Bot.Tests.Tab;

/// <summary>The pop-up sign-in and consent (authorization code with PKCE) against a fake Entra token endpoint.</summary>
public sealed class TabPopupSignInTests : IDisposable
{
    private readonly BotHost _host = BotHost.Authenticated();
    private readonly FakeTokenEndpoint _entra = new();
    private readonly HttpClient _client;

    public TabPopupSignInTests()
    {
        _host.ExtraSettings["Tab:ClientSecret"] = "tab-secret";
        _host.ExtraSettings["Tab:ApplicationIdUri"] = Tokens.TabApplicationIdUri;
        _host.ExtraSettings["Tab:AuthorityHost"] = "https://login.entra.test";
        _host.ExtraServices = services => services.AddHttpClient(InternBot.Identity.EntraInteractiveSignIn.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _entra);
        _client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public void Dispose() => _host.Dispose();

    private sealed class FakeTokenEndpoint : HttpMessageHandler
    {
        public Dictionary<string, string> LastForm { get; private set; } = [];

        public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            LastForm = QueryHelpers.ParseQuery(await request.Content!.ReadAsStringAsync(cancellationToken)).ToDictionary(kv => kv.Key, kv => kv.Value.ToString());
            var body = Status == HttpStatusCode.OK ? """{"access_token":"api-token-123","token_type":"Bearer","expires_in":3600}""" : """{"error":"invalid_grant","error_description":"AADSTS70008: expired"}""";
            return new HttpResponseMessage(Status) { Content = new StringContent(body, Encoding.UTF8, "application/json"), RequestMessage = request };
        }
    }

    private async Task<Dictionary<string, string>> Start(string purpose)
    {
        var response = await _client.GetAsync($"/tab/auth/start?purpose={purpose}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal($"https://login.entra.test/{Tokens.TenantId}/oauth2/v2.0/authorize", location.GetLeftPart(UriPartial.Path));
        return QueryHelpers.ParseQuery(location.Query).ToDictionary(kv => kv.Key, kv => kv.Value.ToString());
    }

    [Fact]
    public async Task SignInRedeemsTheCodeWithPkceAndHandsTheApiTokenToThePageInTheFragment()
    {
        var authorize = await Start("sign-in");
        Assert.Equal(Tokens.TabClientId, authorize["client_id"]);
        Assert.Equal("S256", authorize["code_challenge_method"]);
        Assert.Contains($"{Tokens.TabApplicationIdUri}/access_as_user", authorize["scope"], StringComparison.Ordinal);
        Assert.False(authorize.ContainsKey("prompt"));

        var end = await _client.GetAsync($"/tab/auth/end?code=the-code&state={authorize["state"]}", TestContext.Current.CancellationToken);
        Assert.Equal("/tab/auth-done#token=api-token-123", end.Headers.Location!.ToString());
        Assert.Equal("the-code", _entra.LastForm["code"]);
        Assert.Equal("tab-secret", _entra.LastForm["client_secret"]);
        var challenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(_entra.LastForm["code_verifier"]))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Equal(authorize["code_challenge"], challenge);
        Assert.Equal(authorize["redirect_uri"], _entra.LastForm["redirect_uri"]);
    }

    [Fact]
    public async Task WithAFederatedCredentialTheCodeIsRedeemedWithTheManagedIdentitysTokenAndNoSecret()
    {
        var identity = new FakeManagedIdentity();
        using var host = BotHost.Authenticated();
        host.ExtraSettings["Tab:ApplicationIdUri"] = Tokens.TabApplicationIdUri;
        host.ExtraSettings["Tab:AuthorityHost"] = "https://login.entra.test";
        host.ExtraSettings["Tab:FederatedIdentityClientId"] = "11111111-2222-3333-4444-555555555555";
        host.ExtraServices = services =>
        {
            services.AddHttpClient(InternBot.Identity.EntraInteractiveSignIn.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _entra);
            services.AddSingleton(sp => new InternBot.Identity.EntraAppCredential(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<InternBot.Identity.EntraAppOptions>>(), identity));
        };
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var start = await client.GetAsync("/tab/auth/start?purpose=sign-in", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var state = QueryHelpers.ParseQuery(start.Headers.Location!.Query)["state"].ToString();

        var end = await client.GetAsync($"/tab/auth/end?code=the-code&state={state}", TestContext.Current.CancellationToken);
        Assert.Equal("/tab/auth-done#token=api-token-123", end.Headers.Location!.ToString());
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", _entra.LastForm["client_assertion_type"]);
        Assert.Equal("mi-token-for-api://AzureADTokenExchange/.default", _entra.LastForm["client_assertion"]);
        Assert.False(_entra.LastForm.ContainsKey("client_secret"));
    }

    /// <summary>Stands in for the host's managed identity: hands out a token naming the scope it was asked for.</summary>
    private sealed class FakeManagedIdentity : Azure.Core.TokenCredential
    {
        public override Azure.Core.AccessToken GetToken(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new($"mi-token-for-{string.Join(' ', requestContext.Scopes)}", DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<Azure.Core.AccessToken> GetTokenAsync(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }

    [Fact]
    public async Task AStateIsGoodForOneRedirectOnly()
    {
        var authorize = await Start("sign-in");
        await _client.GetAsync($"/tab/auth/end?code=c&state={authorize["state"]}", TestContext.Current.CancellationToken);
        var replay = await _client.GetAsync($"/tab/auth/end?code=c&state={authorize["state"]}", TestContext.Current.CancellationToken);
        Assert.Equal("/tab/auth-done#error=unknown_state", replay.Headers.Location!.ToString());
        var forged = await _client.GetAsync("/tab/auth/end?code=c&state=made-up", TestContext.Current.CancellationToken);
        Assert.Equal("/tab/auth-done#error=unknown_state", forged.Headers.Location!.ToString());
    }

    [Fact]
    public async Task ConsentAsksEntraToPromptAndReportsConsentNotAToken()
    {
        var authorize = await Start("consent");
        Assert.Equal("consent", authorize["prompt"]);
        Assert.Contains("https://graph.microsoft.com/Sites.Selected", authorize["scope"], StringComparison.Ordinal);
        var end = await _client.GetAsync($"/tab/auth/end?code=c&state={authorize["state"]}", TestContext.Current.CancellationToken);
        Assert.Equal("/tab/auth-done#consented=1", end.Headers.Location!.ToString());
    }

    [Fact]
    public async Task ARefusedCodeOrAnEntraErrorEndsWithTheErrorAndNoToken()
    {
        var authorize = await Start("sign-in");
        _entra.Status = HttpStatusCode.BadRequest;
        var end = await _client.GetAsync($"/tab/auth/end?code=c&state={authorize["state"]}", TestContext.Current.CancellationToken);
        Assert.Equal("/tab/auth-done#error=invalid_grant", end.Headers.Location!.ToString());

        var declined = await Start("sign-in");
        var cancelled = await _client.GetAsync($"/tab/auth/end?error=access_denied&state={declined["state"]}", TestContext.Current.CancellationToken);
        Assert.Equal("/tab/auth-done#error=access_denied", cancelled.Headers.Location!.ToString());
    }

    [Fact]
    public async Task AnUnknownPurposeIs400()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/tab/auth/start?purpose=admin", TestContext.Current.CancellationToken)).StatusCode);
    }
}
