using InternBot.Core.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InternBot.Tab.Auth;

/// <summary>
/// The tab's pop-up sign-in, for hosts where Teams SSO is not available (SharePoint pages and web parts), and the
/// consent step the page offers when the on-behalf-of exchange needs consent. A standard authorization code flow
/// with PKCE: /tab/auth/start sends the pop-up to Entra, /tab/auth/end redeems the code with the app's secret and
/// hands the result to the page in the address fragment (never sent to a server, never logged).
/// </summary>
public static partial class AuthorizationCodeFlow
{
    public const string HttpClientName = "entra-token";

    public static IEndpointRouteBuilder MapTabSignIn(this IEndpointRouteBuilder endpoints)
    {
        // Anonymous, and each start stores a pending sign-in: limited per client address.
        var signIn = endpoints.MapGroup("/tab/auth").RequireRateLimiting(TabRateLimits.AnonymousPolicy);
        signIn.MapGet("/start", (string? purpose, HttpContext http, IOptions<TabOptions> options, PendingSignIns pending, TabAppCredential credential) =>
        {
            var o = options.Value;
            if (purpose is not ("sign-in" or "consent"))
            {
                return Results.Problem(statusCode: 400, title: "Unknown purpose", detail: "purpose must be sign-in or consent.");
            }

            if (string.IsNullOrEmpty(o.ClientId) || string.IsNullOrEmpty(o.TenantId) || !credential.Configured)
            {
                return Results.Problem(statusCode: 503, title: "Sign-in is not configured", detail: "Tab:ClientId, Tab:TenantId and Tab:FederatedIdentityClientId (or Tab:ClientSecret) are needed for the pop-up sign-in.");
            }

            var state = Base64Url(RandomNumberGenerator.GetBytes(32));
            var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
            var redirect = $"{http.Request.Scheme}://{http.Request.Host}/tab/auth/end";
            if (!pending.TryAdd(state, new PendingSignIn(verifier, purpose, redirect)))
            {
                http.Response.Headers.RetryAfter = "60";
                return Results.Problem(statusCode: 503, title: "Too many sign-ins in progress", detail: "Too many sign-ins are in progress at once; try again in a minute.");
            }

            var query = new Dictionary<string, string?>
            {
                ["client_id"] = o.ClientId,
                ["response_type"] = "code",
                ["redirect_uri"] = redirect,
                ["response_mode"] = "query",
                ["scope"] = ScopeFor(purpose, o),
                ["state"] = state,
                ["code_challenge"] = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))),
                ["code_challenge_method"] = "S256",
            };
            if (purpose == "consent")
            {
                query["prompt"] = "consent";
            }

            return Results.Redirect(QueryHelpers.AddQueryString($"{o.AuthorityHost.TrimEnd('/')}/{o.TenantId}/oauth2/v2.0/authorize", query));
        });

        signIn.MapGet("/end", async (string? code, string? state, string? error, HttpContext http, IOptions<TabOptions> options, PendingSignIns pendingStore, TabAppCredential credential, IHttpClientFactory clients, ILoggerFactory loggers) =>
        {
            var logger = loggers.CreateLogger("InternBot.Tab.SignIn");
            // One use per state: a replayed redirect finds nothing.
            if (state is null || pendingStore.Take(state) is not { } pending)
            {
                return Done("error=unknown_state");
            }

            if (error is not null || code is null)
            {
                LogRefused(logger, new Untrusted(error ?? "no code"));
                return Done($"error={Uri.EscapeDataString(error ?? "no_code")}");
            }

            var o = options.Value;
            var form = new Dictionary<string, string>(await credential.TokenEndpointFieldsAsync(http.RequestAborted))
            {
                ["client_id"] = o.ClientId!,
                ["grant_type"] = "authorization_code",
                ["code"] = code,
                ["redirect_uri"] = pending.RedirectUri,
                ["code_verifier"] = pending.Verifier,
                ["scope"] = ScopeFor(pending.Purpose, o),
            };
            using var response = await clients.CreateClient(HttpClientName).PostAsync(
                new Uri($"{o.AuthorityHost.TrimEnd('/')}/{o.TenantId}/oauth2/v2.0/token"), new FormUrlEncodedContent(form), http.RequestAborted);
            JsonDocument body;
            try
            {
                body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(http.RequestAborted));
            }
            catch (JsonException)
            {
                LogRefused(logger, new Untrusted("token endpoint answered something that is not JSON"));
                return Done("error=token_error");
            }

            using var _ = body;
            if (!response.IsSuccessStatusCode || body.RootElement.ValueKind != JsonValueKind.Object || !body.RootElement.TryGetProperty("access_token", out var token) || token.ValueKind != JsonValueKind.String)
            {
                var reason = body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() ?? "token_error" : "token_error";
                LogRefused(logger, new Untrusted(reason));
                return Done($"error={Uri.EscapeDataString(reason)}");
            }

            // Consent only needed the user's agreement; sign-in hands the page a token for this API (what Teams SSO would).
            return Done(pending.Purpose == "consent" ? "consented=1" : $"token={Uri.EscapeDataString(token.GetString()!)}");
        });

        return endpoints;
    }

    private static IResult Done(string fragment) => Results.Redirect($"/tab/auth-done#{fragment}");

    private static string ScopeFor(string purpose, TabOptions o) => purpose == "consent"
        ? "https://graph.microsoft.com/Sites.Selected https://graph.microsoft.com/User.Read openid profile"
        : $"{(string.IsNullOrEmpty(o.ApplicationIdUri) ? $"api://{o.ClientId}" : o.ApplicationIdUri)}/{TabTokenValidator.Scope} openid profile";

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [LoggerMessage(EventId = 320, Level = LogLevel.Information, Message = "Tab pop-up sign-in ended without a token: {Reason}")]
    private static partial void LogRefused(ILogger logger, Untrusted reason);
}
