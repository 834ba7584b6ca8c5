using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using InternBot.Core.Roles;
using InternBot.Core.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InternBot.Tab.Auth;

/// <summary>
/// ASP.NET Core authentication for the tab API: "Bearer &lt;Teams SSO token&gt;", or, in Development with
/// Tab:AllowDevelopmentSignIn and only from this machine, "Development &lt;object id&gt;" for the local sign-in.
/// Either way the person's roles come from the one role provider the bot asks too, so chat and tab never disagree.
/// The bearer token is kept (never logged) for the on-behalf-of exchange.
/// </summary>
internal sealed partial class TeamsSsoHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IUserTokenValidator validator,
    IOptions<TabOptions> tabOptions,
    IRoleProvider roleProvider,
    IHostEnvironment environment) : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    private const string FailureItem = "InternBot.Tab.AuthFailure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // As the host's default scheme it is asked on every request: the bot's requests carry their own tokens.
        if (!Request.Path.StartsWithSegments(TabEndpoints.ApiPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.Ordinal) && header.Length > 7)
        {
            var (person, failure) = await validator.ValidateAsync(header[7..].Trim(), Context.RequestAborted);
            if (person is null)
            {
                Context.Items[FailureItem] = failure;
                LogRefused(Logger, failure!);
                return AuthenticateResult.Fail(failure!);
            }

            Context.Items[TabUser.AccessTokenItem] = header[7..].Trim();
            var roles = await roleProvider.GetRolesAsync(person.TenantId, person.ObjectId, Context.RequestAborted);
            return AuthenticateResult.Success(new AuthenticationTicket(TabUser.Principal(person.ObjectId, person.Name, roles, TabUser.TeamsSsoScheme), Scheme.Name));
        }

        if (header.StartsWith("Development ", StringComparison.Ordinal))
        {
            if (!DevelopmentSignInAllowed())
            {
                Context.Items[FailureItem] = "development-sign-in-not-allowed";
                return AuthenticateResult.Fail("development sign-in is only for Development, from this machine, with Tab:AllowDevelopmentSignIn");
            }

            // Only a person: their roles are the role provider's (Roles in configuration), as in chat.
            var objectId = header["Development ".Length..].Trim();
            if (objectId.Length == 0 || objectId.Contains(';', StringComparison.Ordinal))
            {
                Context.Items[FailureItem] = "development-sign-in-names-one-person";
                return AuthenticateResult.Fail("the development sign-in header is 'Development <object id>'; roles come from the Roles settings");
            }

            var developmentRoles = await roleProvider.GetRolesAsync(null, objectId, Context.RequestAborted);
            return AuthenticateResult.Success(new AuthenticationTicket(TabUser.Principal(objectId, $"{objectId} (development)", developmentRoles, TabUser.DevelopmentScheme), Scheme.Name));
        }

        Context.Items[FailureItem] = "missing-bearer-token";
        return AuthenticateResult.NoResult();
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = Context.Items[FailureItem] as string ?? "missing-bearer-token";
        if (failure == UserTokenCheck.KeysUnavailable)
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
