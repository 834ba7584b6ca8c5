using System.Security.Cryptography;
using System.Text;
using InternBot.Core.SignIn;
using InternBot.Core.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace InternBot.Tab.Auth;

/// <summary>
/// The tab's pop-up sign-in, for hosts where Teams SSO is not available (SharePoint pages and web parts), and the
/// consent step the page offers when the on-behalf-of exchange needs consent. A standard authorization code flow
/// with PKCE: /tab/auth/start sends the pop-up to Entra, /tab/auth/end redeems the code (the identity adapter's side) and
/// hands the result to the page in the address fragment (never sent to a server, never logged).
/// </summary>
public static partial class AuthorizationCodeFlow
{
    public static IEndpointRouteBuilder MapTabSignIn(this IEndpointRouteBuilder endpoints)
    {
        // Anonymous, and each start stores a pending sign-in: limited per client address.
        var signIn = endpoints.MapGroup("/tab/auth").RequireRateLimiting(TabRateLimits.AnonymousPolicy);
        signIn.MapGet("/start", (string? purpose, HttpContext http, PendingSignIns pending, IInteractiveSignIn entra) =>
        {
            if (Purpose(purpose) is not { } kind)
            {
                return Results.Problem(statusCode: 400, title: "Unknown purpose", detail: "purpose must be sign-in or consent.");
            }

            if (!entra.Configured)
            {
                return Results.Problem(statusCode: 503, title: "Sign-in is not configured", detail: "Tab:ClientId, Tab:TenantId and Tab:FederatedIdentityClientId (or Tab:ClientSecret) are needed for the pop-up sign-in.");
            }

            var state = Base64Url(RandomNumberGenerator.GetBytes(32));
            var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
            var redirect = $"{http.Request.Scheme}://{http.Request.Host}/tab/auth/end";
            if (!pending.TryAdd(state, new PendingSignIn(verifier, kind, redirect)))
            {
                http.Response.Headers.RetryAfter = "60";
                return Results.Problem(statusCode: 503, title: "Too many sign-ins in progress", detail: "Too many sign-ins are in progress at once; try again in a minute.");
            }

            return Results.Redirect(entra.AuthorizeUri(kind, redirect, state, Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)))).AbsoluteUri);
        });

        signIn.MapGet("/end", async (string? code, string? state, string? error, HttpContext http, PendingSignIns pendingStore, IInteractiveSignIn entra, ILoggerFactory loggers) =>
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

            var redeemed = await entra.RedeemAsync(pending.Purpose, code, pending.RedirectUri, pending.Verifier, http.RequestAborted);
            if (redeemed.AccessToken is not { } token)
            {
                LogRefused(logger, new Untrusted(redeemed.Error ?? "token_error"));
                return Done($"error={Uri.EscapeDataString(redeemed.Error ?? "token_error")}");
            }

            // Consent only needed the user's agreement; sign-in hands the page a token for this API (what Teams SSO would).
            return Done(pending.Purpose == SignInPurpose.Consent ? "consented=1" : $"token={Uri.EscapeDataString(token)}");
        });

        return endpoints;
    }

    private static IResult Done(string fragment) => Results.Redirect($"/tab/auth-done#{fragment}");

    private static SignInPurpose? Purpose(string? purpose) => purpose switch
    {
        "sign-in" => SignInPurpose.SignIn,
        "consent" => SignInPurpose.Consent,
        _ => null,
    };

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [LoggerMessage(EventId = 320, Level = LogLevel.Information, Message = "Tab pop-up sign-in ended without a token: {Reason}")]
    private static partial void LogRefused(ILogger logger, Untrusted reason);
}
