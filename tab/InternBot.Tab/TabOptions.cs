namespace InternBot.Tab;

/// <summary>The tab's sign-in settings ("Tab"): the Entra app registration Teams issues SSO tokens for.</summary>
public sealed class TabOptions
{
    public const string SectionName = "Tab";

    /// <summary>The app registration's Application (client) ID: the audience of SSO tokens.</summary>
    public string? ClientId { get; set; }

    /// <summary>api://{host}/{client id}: also accepted as audience.</summary>
    public string? ApplicationIdUri { get; set; }

    /// <summary>The one tenant whose users may sign in.</summary>
    public string? TenantId { get; set; }

    /// <summary>Secret for the on-behalf-of exchange and the pop-up sign-in (a Key Vault reference in Azure); the fallback when no federated credential is set.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// Client id of the host's user-assigned managed identity, trusted by the tab's app registration as a federated
    /// credential: then no secret is needed (nothing expires). Preferred over <see cref="ClientSecret"/> when set.
    /// </summary>
    public string? FederatedIdentityClientId { get; set; }

    /// <summary>Microsoft Graph's address (tests point it at a fake).</summary>
    public string GraphBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Where applications live: "Sqlite" (the embedded default) or "SharePoint" (Storage:SharePoint, on behalf of the user).</summary>
    public string ApplicationStore { get; set; } = "Sqlite";

    /// <summary>Entra's sign-in address for the pop-up sign-in and consent (tests point it at a fake).</summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Where signing keys are published; {tenant} is replaced.</summary>
    public string MetadataUrlTemplate { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    /// <summary>
    /// Development only, loopback only: a labelled sign-in that lets you pick a person (their roles come from Roles), reading the local store.
    /// Refused in any other environment.
    /// </summary>
    public bool AllowDevelopmentSignIn { get; set; }

    /// <summary>Anonymous sign-in requests (start, end, options) per client address per minute: a person needs a few a day.</summary>
    public int SignInRequestsPerMinute { get; set; } = 20;

    /// <summary>Tab API requests per signed-in person per minute: the dashboard makes a few per action; scripts get stopped.</summary>
    public int ApiRequestsPerMinute { get; set; } = 300;
}
