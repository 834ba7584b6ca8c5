using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace InternBot.Bot.BotFramework.Connector;

/// <summary>The bearer token the bot attaches to its calls to the Bot Connector.</summary>
public interface IBotTokenProvider
{
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Client-credential tokens for scope https://api.botframework.com/.default from Azure.Identity, for each kind
/// of bot: multi-tenant secret (tenant botframework.com), single-tenant secret or certificate, or user-assigned
/// managed identity. Cached until five minutes before they expire.
/// </summary>
internal sealed class AzureIdentityBotTokenProvider(TokenCredential credential, TimeProvider time) : IBotTokenProvider, IDisposable
{
    private static readonly TokenRequestContext Scope = new(["https://api.botframework.com/.default"]);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private AccessToken? _token;

    public static TokenCredential CredentialFor(BotOptions options) => options.ParsedAppType switch
    {
        BotAppType.MultiTenant => new ClientSecretCredential("botframework.com", options.AppId, options.ClientSecret),
        BotAppType.SingleTenant when !string.IsNullOrWhiteSpace(options.CertificatePath) => new ClientCertificateCredential(options.TenantId, options.AppId, options.CertificatePath),
        BotAppType.SingleTenant => new ClientSecretCredential(options.TenantId, options.AppId, options.ClientSecret),
        _ => new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.AppId)),
    };

    public static AzureIdentityBotTokenProvider For(IOptions<BotOptions> options, TimeProvider time) => new(CredentialFor(options.Value), time);

    public void Dispose() => _lock.Dispose();

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_token is { } cached && cached.ExpiresOn - time.GetUtcNow() > TimeSpan.FromMinutes(5))
        {
            return cached.Token;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_token is not { } current || current.ExpiresOn - time.GetUtcNow() <= TimeSpan.FromMinutes(5))
            {
                _token = await credential.GetTokenAsync(Scope, cancellationToken);
            }

            return _token.Value.Token;
        }
        finally
        {
            _lock.Release();
        }
    }
}
