using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace InternBot.Identity;

/// <summary>
/// The app registration people sign in to (section "Tab": Teams issues the tab's SSO tokens for it, and the host
/// uses it to read SharePoint on their behalf).
/// </summary>
public sealed class EntraAppOptions
{
    public const string SectionName = "Tab";

    /// <summary>The app registration's Application (client) ID: the audience of users' tokens.</summary>
    public string? ClientId { get; set; }

    /// <summary>api://{host}/{client id}: also accepted as audience.</summary>
    public string? ApplicationIdUri { get; set; }

    /// <summary>The one tenant whose users may sign in.</summary>
    public string? TenantId { get; set; }

    /// <summary>Secret for the on-behalf-of exchange and the pop-up sign-in (a Key Vault reference in Azure); the fallback when no federated credential is set.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// Client id of the host's user-assigned managed identity, trusted by the app registration as a federated
    /// credential: then no secret is needed (nothing expires). Preferred over <see cref="ClientSecret"/> when set.
    /// </summary>
    public string? FederatedIdentityClientId { get; set; }

    /// <summary>Entra's sign-in address for the pop-up sign-in and consent (tests point it at a fake).</summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Where signing keys are published; {tenant} is replaced.</summary>
    public string MetadataUrlTemplate { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    /// <summary>The audience users' tokens are requested for (the Application ID URI, else api://{client id}).</summary>
    public string Audience => string.IsNullOrEmpty(ApplicationIdUri) ? $"api://{ClientId}" : ApplicationIdUri;
}

/// <summary>Start-up check of the app registration settings: what is missing, and how to fix it.</summary>
/// <param name="requireAppCredential">Set when the host reads SharePoint on the user's behalf: the app must then prove itself.</param>
internal sealed class EntraAppOptionsValidator(IHostEnvironment environment, bool requireAppCredential) : IValidateOptions<EntraAppOptions>
{
    public ValidateOptionsResult Validate(string? name, EntraAppOptions o)
    {
        var failures = new List<string>();
        var configured = !string.IsNullOrWhiteSpace(o.ClientId) || !string.IsNullOrWhiteSpace(o.TenantId);
        if (configured || !environment.IsDevelopment())
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

        if (requireAppCredential && string.IsNullOrWhiteSpace(o.ClientSecret) && string.IsNullOrWhiteSpace(o.FederatedIdentityClientId))
        {
            failures.Add("Tab:FederatedIdentityClientId (or Tab:ClientSecret) is missing; reading SharePoint on behalf of the user needs the app to prove itself. Fix: set Tab:FederatedIdentityClientId to the host's managed identity client id (infra/README.md), or a client secret as a Key Vault reference.");
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
