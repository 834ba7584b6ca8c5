namespace InternBot.Storage.SharePoint;

/// <summary>Which list holds the applications ("Storage:SharePoint").</summary>
public sealed class SharePointListOptions
{
    public const string SectionName = "Storage:SharePoint";

    /// <summary>The site, e.g. https://contoso.sharepoint.com/sites/internships.</summary>
    public string SiteUrl { get; set; } = "";

    public string ListName { get; set; } = Core.Applications.ApplicationListSchema.DefaultListName;

    /// <summary>Microsoft Graph's address (tests point it at a fake).</summary>
    public string GraphBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Items per Graph page (at most 5,000; the service may return fewer).</summary>
    public int PageSize { get; set; } = 999;

    /// <summary>"host:/sites/path", the form Graph resolves a site by.</summary>
    public string SitePath
    {
        get
        {
            var uri = Site(SiteUrl) ?? throw new InvalidOperationException(SiteUrlProblem(SiteUrl));
            return $"{uri.Host}:{uri.AbsolutePath.TrimEnd('/')}";
        }
    }

    /// <summary>The site address when it is an absolute https address, else null.</summary>
    public static Uri? Site(string? siteUrl) =>
        Uri.TryCreate(siteUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? uri : null;

    /// <summary>What is wrong with a site address that <see cref="Site"/> refuses, and how to fix it.</summary>
    public static string SiteUrlProblem(string? siteUrl) =>
        $"Storage:SharePoint:SiteUrl '{siteUrl}' is not an https site address. Fix: give the full site URL, e.g. https://contoso.sharepoint.com/sites/internships.";
}
