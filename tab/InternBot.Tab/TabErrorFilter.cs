using InternBot.Core.Applications;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace InternBot.Tab;

/// <summary>
/// Turns what can go wrong on the way to the applications store (as its adapter reports it) into answers the page can
/// act on: missing consent (the page offers the consent step), no access to the site, throttling that outlasted the retries.
/// </summary>
internal sealed partial class TabErrorFilter(ILogger<TabErrorFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ApplicationAccessException e)
        {
            LogAccess(logger, e.Problem);
            switch (e.Problem)
            {
                case ApplicationAccessProblem.ConsentRequired:
                    return Results.Json(new { error = "consent_required", message = "Consent is needed before InternBot can read SharePoint for you. Use the consent button, or ask an administrator to grant consent for the organisation." }, statusCode: StatusCodes.Status403Forbidden);
                case ApplicationAccessProblem.AccessDenied:
                    return Results.Json(new { error = "sharepoint_access_denied", message = "SharePoint refused access to the applications list. An administrator must grant the app access to the site (infra/README.md, step 6) and you need access to the list." }, statusCode: StatusCodes.Status403Forbidden);
                default:
                    context.HttpContext.Response.Headers.RetryAfter = "30";
                    return Results.Json(new { error = "sharepoint_busy", message = "SharePoint is throttling requests. Try again in half a minute." }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }
    }

    [LoggerMessage(EventId = 310, Level = LogLevel.Information, Message = "The applications store could not be read: {Problem}")]
    private static partial void LogAccess(ILogger logger, ApplicationAccessProblem problem);
}
