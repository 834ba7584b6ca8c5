using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace InternBot.Identity;

/// <summary>
/// How the app registration proves itself to Entra when it redeems a sign-in code or exchanges a user's token
/// on their behalf: a federated credential (a token of the host's managed identity, which the registration trusts:
/// nothing to expire or rotate) when Tab:FederatedIdentityClientId is set, else the client secret.
/// </summary>
public sealed class EntraAppCredential(IOptions<EntraAppOptions> options, TokenCredential? managedIdentity = null)
{
    /// <summary>The audience Entra expects of a managed identity's token used as a client assertion.</summary>
    public const string ExchangeScope = "api://AzureADTokenExchange/.default";

    private readonly TokenCredential? _managedIdentity = managedIdentity
        ?? (string.IsNullOrWhiteSpace(options.Value.FederatedIdentityClientId)
            ? null
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.Value.FederatedIdentityClientId)));

    public bool Federated => _managedIdentity is not null;

    public bool Configured => Federated || !string.IsNullOrWhiteSpace(options.Value.ClientSecret);

    /// <summary>The form fields that authenticate the app at Entra's token endpoint.</summary>
    public async Task<IReadOnlyDictionary<string, string>> TokenEndpointFieldsAsync(CancellationToken cancellationToken) =>
        _managedIdentity is { } identity
            ? new Dictionary<string, string>
            {
                ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                ["client_assertion"] = await AssertionAsync(identity, cancellationToken),
            }
            : new Dictionary<string, string> { ["client_secret"] = options.Value.ClientSecret! };

    /// <summary>An on-behalf-of credential for the user's SSO token.</summary>
    public TokenCredential OnBehalfOf(string userAssertion)
    {
        var o = options.Value;
        return _managedIdentity is { } identity
            ? new OnBehalfOfCredential(o.TenantId, o.ClientId, ct => AssertionAsync(identity, ct), userAssertion, new OnBehalfOfCredentialOptions())
            : new OnBehalfOfCredential(o.TenantId, o.ClientId, o.ClientSecret, userAssertion);
    }

    private static async Task<string> AssertionAsync(TokenCredential identity, CancellationToken cancellationToken) =>
        (await identity.GetTokenAsync(new TokenRequestContext([ExchangeScope]), cancellationToken)).Token;
}
