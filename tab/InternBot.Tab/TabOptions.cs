namespace InternBot.Tab;

/// <summary>
/// The tab's own settings ("Tab"). The app registration people sign in to shares the section (Tab:ClientId,
/// Tab:TenantId, ...) but belongs to the identity adapter (EntraAppOptions).
/// </summary>
public sealed class TabOptions
{
    public const string SectionName = "Tab";

    /// <summary>Where applications live: "Sqlite" (the embedded default) or "SharePoint" (Storage:SharePoint, on behalf of the user). The host chooses the adapter from it.</summary>
    public string ApplicationStore { get; set; } = nameof(TabApplicationStore.Sqlite);

    /// <summary>
    /// Development only, loopback only: a labelled sign-in that lets you pick a person (their roles come from Roles), reading the local store.
    /// Refused in any other environment.
    /// </summary>
    public bool AllowDevelopmentSignIn { get; set; }

    /// <summary>Anonymous sign-in requests (start, end, options) per client address per minute: a person needs a few a day.</summary>
    public int SignInRequestsPerMinute { get; set; } = 20;

    /// <summary>Tab API requests per signed-in person per minute: the dashboard makes a few per action; scripts get stopped.</summary>
    public int ApiRequestsPerMinute { get; set; } = 300;

    /// <summary>The store a Tab:ApplicationStore value names (any case; empty is the default), or null when it names none.</summary>
    public static TabApplicationStore? ParseApplicationStore(string? value) => Core.Configuration.SettingValues.Choice(value, TabApplicationStore.Sqlite);
}

/// <summary>Where the tab reads applications.</summary>
public enum TabApplicationStore
{
    /// <summary>The embedded store, one for everyone.</summary>
    Sqlite,

    /// <summary>The SharePoint list through Graph, on behalf of each person.</summary>
    SharePoint,
}
