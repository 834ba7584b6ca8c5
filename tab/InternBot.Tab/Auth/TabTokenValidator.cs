using InternBot.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace InternBot.Tab.Auth;

/// <summary>
/// Validates the Teams SSO token the tab sends (an Entra v2 access token for our API): signed by a key of the
/// tenant's published set, issued by that one tenant, for our client id or Application ID URI, unexpired, with
/// the access_as_user scope and a user object id. It says who the person is; what they may do is the role
/// provider's answer (the same one the bot asks), not the token's.
/// </summary>
internal sealed class TabTokenValidator : IDisposable
{
    public const string Scope = "access_as_user";
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256];
    private readonly TabOptions _options;
    private readonly SigningKeyCache _keys;
    private readonly TimeProvider _time;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public TabTokenValidator(IOptions<TabOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _keys = new SigningKeyCache(_options.MetadataUrlTemplate.Replace("{tenant}", _options.TenantId, StringComparison.Ordinal), httpClientFactory, time);
    }

    public void Dispose() => _keys.Dispose();

    public async Task<(SignedInPerson? Person, string? Failure)> ValidateAsync(string raw, CancellationToken cancellationToken)
    {
        if (TokenShape.Read(raw) is not { IsEncrypted: false } token)
        {
            return (null, "malformed-token");
        }

        if (!Algorithms.Contains(token.Alg, StringComparer.Ordinal) || string.IsNullOrEmpty(token.Kid))
        {
            return (null, "algorithm-not-allowed");
        }

        if (TokenShape.HasCriticalHeader(token))
        {
            return (null, "unsupported-critical-header");
        }

        var key = await _keys.FindAsync(token.Kid, cancellationToken);
        if (key is null)
        {
            return (null, "unknown-signing-key");
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
            return (null, TokenFailure.ReasonFor(result.Exception));
        }

        var claims = result.ClaimsIdentity;
        if (!string.Equals(claims.FindFirst("tid")?.Value, _options.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return (null, "wrong-tenant");
        }

        if (!(claims.FindFirst("scp")?.Value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(Scope, StringComparer.Ordinal))
        {
            return (null, "scope-missing");
        }

        var objectId = claims.FindFirst("oid")?.Value;
        if (string.IsNullOrEmpty(objectId))
        {
            return (null, "no-user");
        }

        return (new SignedInPerson(objectId, claims.FindFirst("name")?.Value, claims.FindFirst("tid")!.Value), null);
    }
}

/// <summary>Who a validated token names: Entra object id, display name, tenant.</summary>
internal sealed record SignedInPerson(string ObjectId, string? Name, string TenantId);
