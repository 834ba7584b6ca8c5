using InternBot.Identity;
using System.Security.Claims;
using InternBot.Bot.BotFramework.Connector;
using InternBot.Bot.BotFramework.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace InternBot.Bot.BotFramework.Auth;

/// <summary>
/// Validates the token on every inbound activity, rule by rule as ../shared/reference/bot-framework-protocol.md
/// lists them: Bot Connector tokens (what Teams sends) and, for single-tenant and managed-identity bots, Entra
/// tokens of the bot's own tenant. Everything else (emulator tokens, other tenants, the bot's own outbound
/// audience) is refused.
/// </summary>
internal sealed class InboundAuthenticator : IDisposable
{
    public const string BotConnectorIssuer = "https://api.botframework.com";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotOptions _options;
    private readonly TimeProvider _time;
    private readonly ServiceUrlTrust _trust;
    private readonly SigningKeyCache _botConnectorKeys;
    private readonly SigningKeyCache? _entraKeys;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public InboundAuthenticator(IOptions<BotOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time, ServiceUrlTrust trust)
    {
        _options = options.Value;
        _time = time;
        _trust = trust;
        _botConnectorKeys = new SigningKeyCache(_options.BotConnectorMetadataUrl, httpClientFactory, time);
        if (_options.ParsedAppType is BotAppType.SingleTenant or BotAppType.UserAssignedMSI && !string.IsNullOrWhiteSpace(_options.TenantId))
        {
            _entraKeys = new SigningKeyCache(_options.EntraMetadataUrlTemplate.Replace("{tenant}", _options.TenantId, StringComparison.Ordinal), httpClientFactory, time);
        }
    }

    public void Dispose()
    {
        _botConnectorKeys.Dispose();
        _entraKeys?.Dispose();
    }

    public async Task<AuthResult> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        // The scheme is compared case-sensitively, as the Bot Framework SDK does.
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal) || authorization.Length <= 7)
        {
            return AuthResult.Fail("missing-bearer-token");
        }

        var raw = authorization[7..];
        if (TokenShape.Read(raw) is not { } token)
        {
            return AuthResult.Fail("malformed-token");
        }

        if (token.IsEncrypted)
        {
            return AuthResult.Fail("encrypted-token");
        }

        if (!Algorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return AuthResult.Fail("algorithm-not-allowed");
        }

        if (TokenShape.HasCriticalHeader(token))
        {
            return AuthResult.Fail("unsupported-critical-header");
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return AuthResult.Fail("no-key-id");
        }

        var family = FamilyOf(token.Issuer);
        if (family is null)
        {
            return AuthResult.Fail("issuer-not-accepted");
        }

        var keys = family == TokenFamily.BotConnector ? _botConnectorKeys : _entraKeys!;
        var key = await keys.FindAsync(token.Kid, cancellationToken);
        if (key is null)
        {
            return AuthResult.Fail("unknown-signing-key");
        }

        var parameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuers = family == TokenFamily.BotConnector ? [BotConnectorIssuer] : EntraIssuers(),
            ValidateAudience = true,
            ValidAudiences = family == TokenFamily.BotConnector ? [_options.AppId!] : [_options.AppId!, $"api://{_options.AppId}", $"api://botid-{_options.AppId}"],
            // The reference's rule is an exact match: "appId/" is another audience.
            IgnoreTrailingSlashWhenValidatingAudience = false,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            LifetimeValidator = ValidLifetime,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = key.Key,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = Algorithms,
            ValidateTokenReplay = false,
        };
        var result = await _handler.ValidateTokenAsync(raw, parameters);
        if (!result.IsValid)
        {
            return AuthResult.Fail(TokenFailure.ReasonFor(result.Exception));
        }

        // The bot's own outbound audience must never be accepted inbound.
        if (token.Audiences.Any(a => string.Equals(a, BotConnectorIssuer, StringComparison.OrdinalIgnoreCase)))
        {
            return AuthResult.Fail("wrong-audience");
        }

        if (family == TokenFamily.BotConnector)
        {
            if (string.IsNullOrEmpty(activity.ChannelId) || !key.Endorsements.Contains(activity.ChannelId))
            {
                return AuthResult.Fail("key-not-endorsed-for-channel");
            }

            var claimed = result.ClaimsIdentity.FindFirst("serviceurl")?.Value;
            if (claimed is null || !string.Equals(claimed, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            {
                return AuthResult.Fail("serviceurl-mismatch");
            }
        }

        else if (CallerOf(result.ClaimsIdentity) is not { } caller || !_options.AllowedCallers.Contains(caller, StringComparer.OrdinalIgnoreCase))
        {
            // Any app of the tenant can get a token for the bot's app id; only the listed callers may use one.
            return AuthResult.Fail("caller-not-allowed");
        }

        // Only a channel token vouches for its service URL (the serviceurl claim matched above); an Entra caller's
        // activity never makes a URL trusted to receive the bot's token.
        if (family == TokenFamily.BotConnector && activity.ServiceUrl is not null)
        {
            _trust.Remember(activity.ServiceUrl);
        }

        return AuthResult.Success(result.ClaimsIdentity, family.Value);
    }

    /// <summary>The calling app of an Entra token: azp in v2 tokens, appid in v1 ones (as both Microsoft SDKs read it).</summary>
    private static string? CallerOf(ClaimsIdentity identity) =>
        identity.FindFirst("ver")?.Value == "2.0" ? identity.FindFirst("azp")?.Value : identity.FindFirst("appid")?.Value;

    private TokenFamily? FamilyOf(string? issuer)
    {
        if (string.Equals(issuer, BotConnectorIssuer, StringComparison.Ordinal))
        {
            return TokenFamily.BotConnector;
        }

        return _entraKeys is not null && EntraIssuers().Contains(issuer, StringComparer.Ordinal) ? TokenFamily.Entra : null;
    }

    private string[] EntraIssuers() => [$"https://login.microsoftonline.com/{_options.TenantId}/v2.0", $"https://sts.windows.net/{_options.TenantId}/"];

    private bool ValidLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return expires is not null && expires.Value.ToUniversalTime() >= now - ClockSkew &&
               (notBefore is null || notBefore.Value.ToUniversalTime() <= now + ClockSkew);
    }
}

internal enum TokenFamily
{
    BotConnector,
    Entra,
}

/// <summary>The outcome of authenticating one request: a caller identity, or the reason (an opaque code) it was refused.</summary>
internal sealed record AuthResult(ClaimsIdentity? Identity, TokenFamily? Family, string? Failure)
{
    public bool Succeeded => Identity is not null;

    public static AuthResult Fail(string reason) => new(null, null, reason);

    public static AuthResult Success(ClaimsIdentity identity, TokenFamily family) => new(identity, family, null);
}
