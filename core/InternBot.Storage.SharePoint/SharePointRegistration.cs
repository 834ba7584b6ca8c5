using Azure.Core;
using InternBot.Core.Applications;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace InternBot.Storage.SharePoint;

public static class SharePointRegistration
{
    /// <summary>
    /// Applications read from the SharePoint list ("Storage:SharePoint") through Graph on behalf of each signed-in
    /// person, so SharePoint applies their own permissions.
    /// </summary>
    /// <param name="onBehalfOf">Gives the app's on-behalf-of credential for a user's token (the host passes the identity adapter's).</param>
    public static IServiceCollection AddSharePointApplications(this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, Func<string, TokenCredential>> onBehalfOf)
    {
        services.AddOptions<SharePointListOptions>().Bind(configuration.GetSection(SharePointListOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SharePointListOptions>, SharePointListOptionsValidator>();
        services.AddMemoryCache();
        services.AddSingleton<SharePointListLocator>();
        services.AddSingleton<IApplicationSource>(sp => new OnBehalfOfApplicationSource(
            sp.GetRequiredService<IOptions<SharePointListOptions>>(),
            sp.GetRequiredService<SharePointListLocator>(),
            sp.GetRequiredService<IMemoryCache>(),
            sp.GetRequiredService<ILoggerFactory>(),
            GraphClientFactory.Create(),
            onBehalfOf(sp)));
        return services;
    }
}

/// <summary>Start-up check of the list settings: what is wrong, and how to fix it.</summary>
internal sealed class SharePointListOptionsValidator : IValidateOptions<SharePointListOptions>
{
    public ValidateOptionsResult Validate(string? name, SharePointListOptions o)
    {
        var failures = new List<string>();
        if (SharePointListOptions.Site(o.SiteUrl) is null)
        {
            failures.Add(SharePointListOptions.SiteUrlProblem(o.SiteUrl) + " Applications are read from SharePoint (Tab:ApplicationStore).");
        }

        if (string.IsNullOrWhiteSpace(o.ListName))
        {
            failures.Add($"Storage:SharePoint:ListName is empty. Fix: remove it for the default '{ApplicationListSchema.DefaultListName}' or name the provisioned list.");
        }

        if (o.PageSize is < 1 or > 5000)
        {
            failures.Add($"Storage:SharePoint:PageSize {o.PageSize} is outside 1-5000. Fix: remove it for the default (999).");
        }

        if (!Uri.TryCreate(o.GraphBaseUrl, UriKind.Absolute, out _))
        {
            failures.Add($"Storage:SharePoint:GraphBaseUrl '{o.GraphBaseUrl}' is not an absolute address. Fix: remove it for the public cloud's Graph.");
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
