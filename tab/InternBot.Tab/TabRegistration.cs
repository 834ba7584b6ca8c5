using InternBot.Core.Roles;
using InternBot.Tab.Applications;
using InternBot.Tab.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace InternBot.Tab;

public static class TabRegistration
{
    /// <summary>
    /// The tab API's services: sign-in (through Core's token port), role policies, views and exports. Where applications
    /// are read (IApplicationSource) and how tokens are validated are adapters the host registers.
    /// </summary>
    public static IServiceCollection AddInternBotTab(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TabOptions>().Bind(configuration.GetSection(TabOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TabOptions>, TabOptionsValidator>();
        // ASP.NET Core makes a lone scheme the default and runs it on every request; the handler itself answers "no
        // result" outside /api/tab, so the bot's /api/messages (which has its own token rules) never meets it.
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TeamsSsoHandler>(TabUser.TeamsSsoScheme, _ => { });
        services.AddAuthorizationBuilder()
            .AddPolicy(TabEndpoints.SignedInPolicy, p => p.AddAuthenticationSchemes(TabUser.TeamsSsoScheme).RequireAuthenticatedUser())
            .AddPolicy(TabEndpoints.ApplicationsPolicy, p => p.AddAuthenticationSchemes(TabUser.TeamsSsoScheme).RequireRole(nameof(Role.Staff), nameof(Role.Supervisor)));
        // The contract of /api/tab, served in Development (MapTabOpenApi); the front end's types are generated from it.
        services.AddOpenApi(TabEndpoints.OpenApiDocument, o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith(TabEndpoints.ApiPrefix[1..], StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "InternBot tab API";
                document.Info.Version = "1";
                document.Servers?.Clear();
                return Task.CompletedTask;
            });

            // The API writes numbers as numbers; ASP.NET Core's "or a string" describes what it would also read.
            o.AddSchemaTransformer((schema, _, _) =>
            {
                if (schema.Type is { } type && type.HasFlag(Microsoft.OpenApi.JsonSchemaType.Integer) && type.HasFlag(Microsoft.OpenApi.JsonSchemaType.String))
                {
                    schema.Type = type & ~Microsoft.OpenApi.JsonSchemaType.String;
                    schema.Pattern = null;
                }

                return Task.CompletedTask;
            });
        });
        services.AddSingleton<ApplicationViews>();
        services.AddSingleton(sp => new DownloadTickets(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DecisionWarmUp>();
        services.AddHostedService(sp => sp.GetRequiredService<DecisionWarmUp>());
        services.AddMemoryCache();
        services.AddSingleton(sp => new PendingSignIns(sp.GetRequiredService<TimeProvider>()));
        services.AddTabRateLimits();
        return services;
    }

    /// <summary>
    /// The tab API's OpenAPI document at /openapi/tab.json, in Development only: the contract the front end's types are
    /// generated from (tab/web/openapi/tab.json is this document, checked by a test).
    /// </summary>
    public static IEndpointRouteBuilder MapTabOpenApi(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.MapOpenApi("/openapi/{documentName}.json");
        }

        return app;
    }

    /// <summary>
    /// The tab's pages: the Vite build under /tab/ (copied into wwwroot/tab by the build), and index.html for every
    /// /tab/... address the manifest uses, so the page picks its view from the path.
    /// </summary>
    public static IEndpointRouteBuilder MapTabPages(this WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "wwwroot", "tab");
        if (!Directory.Exists(root))
        {
            // Built with SkipTabWeb: the API works, the pages say how to get them.
            app.MapGet("/tab/{**path}", () => Results.Text("The tab's pages were not built (SkipTabWeb). Build without it: dotnet build.", statusCode: 503));
            return app;
        }

        var files = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(root);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = "/tab" });
        var index = Path.Combine(root, "index.html");
        // nonfile: addresses with a file extension are static assets (a missing one is a 404, not the page).
        app.MapGet("/tab/{**path:nonfile}", () => Results.File(index, "text/html; charset=utf-8"));
        return app;
    }

    /// <summary>Security headers for the tab's pages and API; frame-ancestors lets Teams, Outlook, Microsoft 365 and SharePoint frame it.</summary>
    public static IApplicationBuilder UseTabSecurityHeaders(this IApplicationBuilder app, string? sharePointSiteUrl)
    {
        var sharePoint = Uri.TryCreate(sharePointSiteUrl, UriKind.Absolute, out var site) ? $"https://{site.Host}" : "https://*.sharepoint.com";
        var csp = $"frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.microsoft365.com https://*.office.com https://outlook.office.com https://outlook.office365.com {sharePoint}";
        return app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/tab") || context.Request.Path.StartsWithSegments(TabEndpoints.ApiPrefix))
            {
                context.Response.Headers.ContentSecurityPolicy = csp;
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                if (context.Request.Path.StartsWithSegments(TabEndpoints.ApiPrefix))
                {
                    context.Response.Headers.CacheControl = "no-store";
                }
            }

            await next();
        });
    }
}

/// <summary>Start-up check of the tab's settings: what is missing, and how to fix it.</summary>
internal sealed class TabOptionsValidator(IHostEnvironment environment) : IValidateOptions<TabOptions>
{
    public ValidateOptionsResult Validate(string? name, TabOptions o)
    {
        var failures = new List<string>();
        if (o.SignInRequestsPerMinute < 1 || o.ApiRequestsPerMinute < 1)
        {
            failures.Add("Tab:SignInRequestsPerMinute and Tab:ApiRequestsPerMinute must be at least 1. Fix: remove them for the defaults (20 and 300) or set a positive number.");
        }

        if (o.AllowDevelopmentSignIn && !environment.IsDevelopment())
        {
            failures.Add("Tab:AllowDevelopmentSignIn is true outside Development. Fix: remove it; it is for local runs only.");
        }

        if (TabOptions.ParseApplicationStore(o.ApplicationStore) is null)
        {
            failures.Add($"Tab:ApplicationStore '{o.ApplicationStore}' is not Sqlite or SharePoint. Fix: remove it for the embedded store, or set SharePoint (with Storage:SharePoint:SiteUrl).");
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
