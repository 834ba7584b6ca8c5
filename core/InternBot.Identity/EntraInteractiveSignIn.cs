using System.Text.Json;
using InternBot.Core.SignIn;
using Microsoft.Extensions.Options;

namespace InternBot.Identity;

/// <summary>
/// Entra's side of the pop-up sign-in: the authorize address (code flow with PKCE) and redeeming the code at the
/// token endpoint with the app's credential. Sign-in asks for a token for this API (what Teams SSO would give);
/// consent asks for what reading SharePoint on the user's behalf needs.
/// </summary>
internal sealed class EntraInteractiveSignIn(IOptions<EntraAppOptions> options, EntraAppCredential credential, IHttpClientFactory clients) : IInteractiveSignIn
{
    public const string HttpClientName = "entra-token";
    private const string ConsentScopes = "https://graph.microsoft.com/Sites.Selected https://graph.microsoft.com/User.Read openid profile";

    public bool Configured => !string.IsNullOrEmpty(options.Value.ClientId) && !string.IsNullOrEmpty(options.Value.TenantId) && credential.Configured;

    public Uri AuthorizeUri(SignInPurpose purpose, string redirectUri, string state, string codeChallenge)
    {
        var o = options.Value;
        var query = new List<(string Name, string Value)>
        {
            ("client_id", o.ClientId!),
            ("response_type", "code"),
            ("redirect_uri", redirectUri),
            ("response_mode", "query"),
            ("scope", ScopeFor(purpose, o)),
            ("state", state),
            ("code_challenge", codeChallenge),
            ("code_challenge_method", "S256"),
        };
        if (purpose == SignInPurpose.Consent)
        {
            query.Add(("prompt", "consent"));
        }

        return new Uri($"{Endpoint(o)}/authorize?{string.Join('&', query.Select(q => $"{Uri.EscapeDataString(q.Name)}={Uri.EscapeDataString(q.Value)}"))}");
    }

    public async Task<CodeRedemption> RedeemAsync(SignInPurpose purpose, string code, string redirectUri, string codeVerifier, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var form = new Dictionary<string, string>(await credential.TokenEndpointFieldsAsync(cancellationToken))
        {
            ["client_id"] = o.ClientId!,
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri,
            ["code_verifier"] = codeVerifier,
            ["scope"] = ScopeFor(purpose, o),
        };
        using var response = await clients.CreateClient(HttpClientName).PostAsync(new Uri($"{Endpoint(o)}/token"), new FormUrlEncodedContent(form), cancellationToken);
        JsonDocument body;
        try
        {
            body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (JsonException)
        {
            return new CodeRedemption(null, "token_error");
        }

        using var _ = body;
        var root = body.RootElement;
        if (response.IsSuccessStatusCode && root.ValueKind == JsonValueKind.Object && root.TryGetProperty("access_token", out var token) && token.ValueKind == JsonValueKind.String)
        {
            return new CodeRedemption(token.GetString(), null);
        }

        var error = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        return new CodeRedemption(null, string.IsNullOrEmpty(error) ? "token_error" : error);
    }

    private static string Endpoint(EntraAppOptions o) => $"{o.AuthorityHost.TrimEnd('/')}/{o.TenantId}/oauth2/v2.0";

    private static string ScopeFor(SignInPurpose purpose, EntraAppOptions o) =>
        purpose == SignInPurpose.Consent ? ConsentScopes : $"{o.Audience}/{IUserTokenValidator.Scope} openid profile";
}
