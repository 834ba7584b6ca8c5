using InternBot.Tab.Applications;
using InternBot.Tab.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace InternBot.Tab;

/// <summary>
/// The tab API under /api/tab, as a table of contents: each route, its policy and its named handler. Every endpoint
/// needs a signed-in user; applications need Staff or Supervisor. Handlers return typed results of the records in
/// <c>TabContracts.cs</c>, from which the OpenAPI document (and so the front end's types) is made.
/// </summary>
public static class TabEndpoints
{
    public const string ApplicationsPolicy = "tab-applications";
    public const string SignedInPolicy = "tab-signed-in";

    /// <summary>Where the tab API lives: its routes, its sign-in scheme, its OpenAPI document and its headers all start here.</summary>
    public const string ApiPrefix = "/api/tab";

    /// <summary>The OpenAPI document of the tab API: /openapi/tab.json (Development).</summary>
    public const string OpenApiDocument = "tab";

    public static IEndpointRouteBuilder MapInternBotTab(this IEndpointRouteBuilder endpoints)
    {
        // Anonymous: whether the page may offer the local development sign-in (never outside Development, never remotely).
        endpoints.MapGet($"{ApiPrefix}/sign-in-options", SessionHandlers.SignInOptions).RequireRateLimiting(TabRateLimits.AnonymousPolicy);

        endpoints.MapTabSignIn();

        // A one-time export link (made by a signed-in person's /export-link): the random ticket is the credential.
        endpoints.MapGet("/tab/download/{ticket}", ApplicationHandlers.Download).RequireRateLimiting(TabRateLimits.AnonymousPolicy).ExcludeFromDescription();

        var api = endpoints.MapGroup(ApiPrefix).RequireAuthorization(SignedInPolicy).RequireRateLimiting(TabRateLimits.PerUserPolicy).AddEndpointFilter<TabErrorFilter>();
        api.MapGet("/me", SessionHandlers.Me);
        api.MapGet("/labels", SessionHandlers.Labels);
        api.MapGet("/vacancies", SessionHandlers.Vacancies);
        api.MapGet("/onboarding", SessionHandlers.Onboarding);

        var applications = api.MapGroup("/applications").RequireAuthorization(ApplicationsPolicy);
        applications.MapGet("", ApplicationHandlers.List);
        applications.MapGet("/export.csv", ApplicationHandlers.ExportCsv);
        applications.MapGet("/export.xlsx", ApplicationHandlers.ExportXlsx);

        // The same export as a one-time link, for hosts that cannot save a file the page builds (the new Teams client,
        // Teams mobile): the page opens the link instead.
        applications.MapPost("/export-link", ApplicationHandlers.ExportLink);
        applications.MapGet("/{id}", ApplicationHandlers.Detail);
        applications.MapGet("/{id}/audit", ApplicationHandlers.Audit);
        applications.MapMethods("/{id}", ["PATCH"], ApplicationHandlers.Update);
        return endpoints;
    }
}
