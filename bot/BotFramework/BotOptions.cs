namespace InternBot.Bot.BotFramework;

/// <summary>The bot's identity and how it authenticates, bound from the "Bot" configuration section.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>The bot's Microsoft App ID (Entra application or managed identity client id).</summary>
    public string? AppId { get; set; }

    /// <summary>MultiTenant, SingleTenant or UserAssignedMSI, as in the Azure Bot resource.</summary>
    public string? AppType { get; set; }

    /// <summary>The Entra tenant id (single-tenant and managed-identity bots).</summary>
    public string? TenantId { get; set; }

    /// <summary>Client secret (multi-tenant or single-tenant bots); in Azure a Key Vault reference.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Path of a PEM or PFX certificate, for single-tenant bots that authenticate with a certificate.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>
    /// Development only, from loopback only: accept activities without a token and send replies without one
    /// (the Agents Playground and local tests). Refused in any other environment.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>Where the Bot Connector's signing keys are published.</summary>
    public string BotConnectorMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Where Entra publishes the tenant's signing keys; {tenant} is replaced with <see cref="TenantId"/>.</summary>
    public string EntraMetadataUrlTemplate { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    /// <summary>
    /// The app ids whose Entra-issued tokens are accepted (the token's azp claim in v2 tokens, appid in v1), for
    /// single-tenant and managed-identity bots. Azure Bot Service delivers Teams traffic with Bot Connector tokens, so
    /// the default is none: an Entra token is another app of the tenant calling the bot (an agent or skill), and only
    /// the callers listed here may. The Bot Framework SDK (AllowedCallersClaimsValidator) and the Agents SDK
    /// (AgentClaims) read the caller the same way.
    /// </summary>
    public List<string> AllowedCallers { get; set; } = [];

    /// <summary>Extra service URL hosts the bot may send its token to (beyond the Bot Framework and Teams ones).</summary>
    public List<string> TrustedServiceHosts { get; set; } = [];

    internal BotAppType ParsedAppType => Enum.TryParse<BotAppType>(AppType, ignoreCase: true, out var t) ? t : BotAppType.MultiTenant;
}

public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}
