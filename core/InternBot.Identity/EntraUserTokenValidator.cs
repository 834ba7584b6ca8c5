using InternBot.Core.SignIn;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace InternBot.Identity;

/// <summary>
/// Validates a user's access token for our API (the tab's Teams SSO token; an Entra v2 access token): signed by a key of the
/// tenant's published set, issued by that one tenant, for our client id or Application ID URI, unexpired, with
/// the access_as_user scope and a user object id. It says who the person is; what they may do is the role
/// provider's answer (the same one the bot asks), not the token's.
/// </summary>
internal sealed class EntraUserTokenValidator : IUserTokenValidator, IDisposable
{
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256];
    private readonly EntraAppOptions _options;
    private readonly SigningKeyCache _keys;
    private readonly TimeProvider _time;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public EntraUserTokenValidator(IOptions<EntraAppOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _keys = new SigningKeyCache(_options.MetadataUrlTemplate.Replace("{tenant}", _options.TenantId, StringComparison.Ordinal), httpClientFactory, time);
    }

    public void Dispose() => _keys.Dispose();

    public async Task<UserTokenCheck> ValidateAsync(string raw, CancellationToken cancellationToken)
    {
        if (TokenShape.Read(raw) is not { IsEncrypted: false } token)
        {
            return UserTokenCheck.Refused("malformed-token");
        }

        if (!Algorithms.Contains(token.Alg, StringComparer.Ordinal) || string.IsNullOrEmpty(token.Kid))
        {
            return UserTokenCheck.Refused("algorithm-not-allowed");
        }

        if (TokenShape.HasCriticalHeader(token))
        {
            return UserTokenCheck.Refused("unsupported-critical-header");
        }

        SigningKey? key;
        try
        {
            key = await _keys.FindAsync(token.Kid, cancellationToken);
        }
        catch (SigningKeysUnavailableException)
        {
            return UserTokenCheck.Refused(UserTokenCheck.KeysUnavailable);
        }

        if (key is null)
        {
            return UserTokenCheck.Refused("unknown-signing-key");
        }

        var result = await _handler.ValidateTokenAsync(raw, new TokenValidationParameters
        {
            ValidIssuer = $"https://login.microsoftonline.com/{_options.TenantId}/v2.0",
            ValidAudiences = new[] { _options.ClientId, _options.ApplicationIdUri }.OfType<string>().Where(a => a.Length > 0),
            IgnoreTrailingSlashWhenValidatingAudience = false,
            IssuerSigningKey = key.Key,
            TryAllIssuerSigningKeys = false,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidAlgorithms = Algorithms,
            ClockSkew = TimeSpan.FromMinutes(5),
            LifetimeValidator = (notBefore, expires, _, p) =>
            {
                var now = _time.GetUtcNow().UtcDateTime;
                return expires is { } e && now <= e + p.ClockSkew && (notBefore is not { } nb || now >= nb - p.ClockSkew);
            },
        });
        if (!result.IsValid)
        {
            return UserTokenCheck.Refused(TokenFailure.ReasonFor(result.Exception));
        }

        var claims = result.ClaimsIdentity;
        if (!string.Equals(claims.FindFirst("tid")?.Value, _options.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return UserTokenCheck.Refused("wrong-tenant");
        }

        if (!(claims.FindFirst("scp")?.Value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(IUserTokenValidator.Scope, StringComparer.Ordinal))
        {
            return UserTokenCheck.Refused("scope-missing");
        }

        var objectId = claims.FindFirst("oid")?.Value;
        if (string.IsNullOrEmpty(objectId))
        {
            return UserTokenCheck.Refused("no-user");
        }

        return UserTokenCheck.Valid(new SignedInPerson(objectId, claims.FindFirst("name")?.Value, claims.FindFirst("tid")!.Value));
    }
}
