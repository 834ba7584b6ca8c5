using InternBot.Core.Applications;
using InternBot.Core.Roles;
using InternBot.Storage.SharePoint;
using InternBot.Tab.Applications;
using InternBot.Tab.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace InternBot.Tab;

public static class TabRegistration
{
    /// <summary>The tab API's services: SSO authentication, role policies, where applications are read.</summary>
    public static IServiceCollection AddInternBotTab(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TabOptions>().Bind(configuration.GetSection(TabOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TabOptions>, TabOptionsValidator>();
        services.AddOptions<SharePointListOptions>().Bind(configuration.GetSection(SharePointListOptions.SectionName));
        services.AddHttpClient(Identity.SigningKeyCache.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<TabTokenValidator>();
        services.AddHttpClient(AuthorizationCodeFlow.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
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
        services.TryAddSingleton(sp => new TabAppCredential(sp.GetRequiredService<IOptions<TabOptions>>()));
        services.AddSingleton<DecisionWarmUp>();
        services.AddHostedService(sp => sp.GetRequiredService<DecisionWarmUp>());
        services.AddMemoryCache();
        services.AddSingleton(sp => new PendingSignIns(sp.GetRequiredService<TimeProvider>()));
        services.AddTabRateLimits();
        services.AddSingleton<SharePointListLocator>();
        services.AddSingleton<IApplicationSource>(sp => sp.GetRequiredService<IOptions<TabOptions>>().Value.ApplicationStore.Equals("SharePoint", StringComparison.OrdinalIgnoreCase)
            ? new OnBehalfOfApplicationSource(
                sp.GetRequiredService<IOptions<TabOptions>>(),
                sp.GetRequiredService<IOptions<SharePointListOptions>>(),
                sp.GetRequiredService<SharePointListLocator>(),
                sp.GetRequiredService<Microsoft.Extensions.Caching.Memory.IMemoryCache>(),
                sp.GetRequiredService<ILoggerFactory>(),
                GraphClientFactory.Create(),
                (_, assertion) => sp.GetRequiredService<TabAppCredential>().OnBehalfOf(assertion))
            : new SharedApplicationSource(sp.GetRequiredService<IApplicationStore>()));
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

        var ssoConfigured = !string.IsNullOrWhiteSpace(o.ClientId) || !string.IsNullOrWhiteSpace(o.TenantId);
        if (ssoConfigured || !environment.IsDevelopment())
        {
            if (!Guid.TryParse(o.ClientId, out _))
            {
                failures.Add("Tab:ClientId is missing or not a GUID. Fix: set it to the tab app registration's Application (client) ID (infra/README.md, step 1).");
            }

            if (!Guid.TryParse(o.TenantId, out _))
            {
                failures.Add("Tab:TenantId is missing or not a GUID. Fix: set it to your Entra tenant id.");
            }

            if (!string.IsNullOrEmpty(o.ApplicationIdUri) && !o.ApplicationIdUri.StartsWith("api://", StringComparison.Ordinal))
            {
                failures.Add($"Tab:ApplicationIdUri '{o.ApplicationIdUri}' must start with api://. Fix: api://<host>/<client id>.");
            }
        }

        if (o.ApplicationStore.Equals("SharePoint", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(o.ClientSecret) && string.IsNullOrWhiteSpace(o.FederatedIdentityClientId))
            {
                failures.Add("Tab:FederatedIdentityClientId (or Tab:ClientSecret) is missing; reading SharePoint on behalf of the user needs the app to prove itself. Fix: set Tab:FederatedIdentityClientId to the host's managed identity client id (infra/README.md), or a client secret as a Key Vault reference.");
            }
        }
        else if (!o.ApplicationStore.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"Tab:ApplicationStore '{o.ApplicationStore}' is not Sqlite or SharePoint.");
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
