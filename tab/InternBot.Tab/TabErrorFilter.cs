using Azure.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace InternBot.Tab;

/// <summary>
/// Turns what can go wrong on the way to SharePoint into answers the page can act on: missing consent (the page
/// offers the consent step), no access to the site, throttling that outlasted the retries.
/// </summary>
internal sealed partial class TabErrorFilter(ILogger<TabErrorFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (AuthenticationFailedException e) when (IsConsentOrInteraction(e.Message))
        {
            LogConsent(logger);
            return Results.Json(new { error = "consent_required", message = "Consent is needed before InternBot can read SharePoint for you. Use the consent button, or ask an administrator to grant consent for the organisation." }, statusCode: StatusCodes.Status403Forbidden);
        }
        catch (Microsoft.Kiota.Abstractions.ApiException e) when (e.ResponseStatusCode == StatusCodes.Status403Forbidden)
        {
            LogSharePoint(logger, e.ResponseStatusCode);
            return Results.Json(new { error = "sharepoint_access_denied", message = "SharePoint refused access to the applications list. An administrator must grant the app access to the site (infra/README.md, step 6) and you need access to the list." }, statusCode: StatusCodes.Status403Forbidden);
        }
        catch (Microsoft.Kiota.Abstractions.ApiException e) when (e.ResponseStatusCode is 429 or 503)
        {
            LogSharePoint(logger, e.ResponseStatusCode);
            context.HttpContext.Response.Headers.RetryAfter = "30";
            return Results.Json(new { error = "sharepoint_busy", message = "SharePoint is throttling requests. Try again in half a minute." }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    // AADSTS65001: consent missing; invalid_grant: consent missing or assertion expired; interaction_required: MFA.
    private static bool IsConsentOrInteraction(string message) =>
        message.Contains("AADSTS65001", StringComparison.Ordinal) || message.Contains("invalid_grant", StringComparison.Ordinal) || message.Contains("interaction_required", StringComparison.Ordinal);

    [LoggerMessage(EventId = 310, Level = LogLevel.Information, Message = "On-behalf-of exchange needs consent or interaction")]
    private static partial void LogConsent(ILogger logger);

    [LoggerMessage(EventId = 311, Level = LogLevel.Warning, Message = "SharePoint answered {Status} after retries")]
    private static partial void LogSharePoint(ILogger logger, int status);
}
