using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using InternBot.Core.Roles;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InternBot.Tab.Auth;

/// <summary>
/// ASP.NET Core authentication for the tab API: "Bearer &lt;Teams SSO token&gt;", or, in Development with
/// Tab:AllowDevelopmentSignIn and only from this machine, "Development &lt;object id&gt;;&lt;role&gt;" for the
/// local sign-in. The bearer token is kept (never logged) for the on-behalf-of exchange.
/// </summary>
internal sealed partial class TeamsSsoHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    TabTokenValidator validator,
    IOptions<TabOptions> tabOptions,
    IHostEnvironment environment) : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    public const string UserTokenItem = "InternBot.Tab.UserToken";
    private const string FailureItem = "InternBot.Tab.AuthFailure";
    private const string KeysUnavailable = "signing-keys-unavailable";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.Ordinal) && header.Length > 7)
        {
            ClaimsPrincipal? user;
            string? failure;
            try
            {
                (user, failure) = await validator.ValidateAsync(header[7..].Trim(), Context.RequestAborted);
            }
            catch (Identity.SigningKeysUnavailableException)
            {
                (user, failure) = (null, KeysUnavailable);
            }

            if (user is null)
            {
                Context.Items[FailureItem] = failure;
                LogRefused(Logger, failure!);
                return AuthenticateResult.Fail(failure!);
            }

            Context.Items[UserTokenItem] = header[7..].Trim();
            return AuthenticateResult.Success(new AuthenticationTicket(user, Scheme.Name));
        }

        if (header.StartsWith("Development ", StringComparison.Ordinal))
        {
            if (!DevelopmentSignInAllowed())
            {
                Context.Items[FailureItem] = "development-sign-in-not-allowed";
                return AuthenticateResult.Fail("development sign-in is only for Development, from this machine, with Tab:AllowDevelopmentSignIn");
            }

            var parts = header["Development ".Length..].Split(';', 2, StringSplitOptions.TrimEntries);
            var roles = parts.Length == 2 && Enum.TryParse<Role>(parts[1], ignoreCase: true, out var role) ? [role] : Array.Empty<Role>();
            return parts[0].Length == 0
                ? AuthenticateResult.Fail("no user")
                : AuthenticateResult.Success(new AuthenticationTicket(TabUser.Principal(parts[0], $"{parts[0]} (development)", roles, TabUser.DevelopmentScheme), Scheme.Name));
        }

        Context.Items[FailureItem] = "missing-bearer-token";
        return AuthenticateResult.NoResult();
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = Context.Items[FailureItem] as string ?? "missing-bearer-token";
        if (failure == KeysUnavailable)
        {
            // Entra's key endpoint is unreachable: the caller did nothing wrong, so ask them to retry.
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "10";
            await Response.WriteAsJsonAsync(new { error = "unavailable", reason = failure });
            return;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"Bearer error=\"invalid_token\", error_description=\"{failure}\"";
        await Response.WriteAsJsonAsync(new { error = "unauthorized", reason = failure });
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Response.WriteAsJsonAsync(new { error = "forbidden", reason = "Your role does not give access to this. Ask the internship office for the Staff or Supervisor role." });
    }

    private bool DevelopmentSignInAllowed() =>
        environment.IsDevelopment() && tabOptions.Value.AllowDevelopmentSignIn && Context.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip);

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Tab request refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
