using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace InternBot.Bot.Tests.TestKit;

/// <summary>Mints tokens shaped like the Bot Connector's and Entra's, good or deliberately broken.</summary>
public static class Tokens
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string TenantId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string TabClientId = "77777777-2222-3333-4444-555555555555";
    public const string TabApplicationIdUri = "api://internbot.test/77777777-2222-3333-4444-555555555555";

    /// <summary>A Teams SSO token for the tab: Entra v2, our tenant, the tab's client id, access_as_user.</summary>
    public static string TabSso(SecurityKey key, string objectId, string[] roles, string tenant = TenantId, string? audience = null, string? issuer = null,
        string? scope = "access_as_user", DateTimeOffset? expires = null, string? tidClaim = null, IDictionary<string, object>? header = null)
    {
        var claims = new Dictionary<string, object> { ["tid"] = tidClaim ?? tenant, ["oid"] = objectId, ["name"] = $"User {objectId[..4]}" };
        if (scope is not null)
        {
            claims["scp"] = scope;
        }

        if (roles.Length > 0)
        {
            claims["roles"] = roles;
        }

        var exp = expires ?? DateTimeOffset.UtcNow.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? $"https://login.microsoftonline.com/{tenant}/v2.0",
            Audience = audience ?? TabClientId,
            IssuedAt = exp.AddHours(-1).UtcDateTime,
            NotBefore = exp.AddHours(-1).UtcDateTime,
            Expires = exp.UtcDateTime,
            Claims = claims,
            AdditionalHeaderClaims = header,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public static string BotConnector(SecurityKey key, string? serviceUrl = ServiceUrl, string audience = AppId, string issuer = "https://api.botframework.com",
        DateTimeOffset? now = null, TimeSpan? lifetime = null, TimeSpan? notBeforeOffset = null, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var issued = now ?? DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = issued.UtcDateTime,
            NotBefore = (issued + (notBeforeOffset ?? TimeSpan.FromMinutes(-1))).UtcDateTime,
            Expires = (issued + (lifetime ?? TimeSpan.FromHours(1))).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }

    /// <summary>An app the Entra tests list in Bot:AllowedCallers.</summary>
    public const string AllowedCaller = "99999999-2222-3333-4444-555555555555";

    /// <summary>
    /// An Entra app token for the bot: v2 tokens name the calling app in azp, v1 tokens in appid. The other claim
    /// holds a decoy (the bot's own id) so a validator reading the wrong one is caught.
    /// </summary>
    public static string Entra(SecurityKey key, string tenant = TenantId, string? audience = null, bool v2 = true, string caller = AllowedCaller) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = v2 ? $"https://login.microsoftonline.com/{tenant}/v2.0" : $"https://sts.windows.net/{tenant}/",
            Audience = audience ?? AppId,
            Expires = DateTime.UtcNow.AddHours(1),
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Claims = v2
                ? new Dictionary<string, object> { ["tid"] = tenant, ["ver"] = "2.0", ["azp"] = caller, ["appid"] = AllowedCaller == caller ? AppId : AllowedCaller }
                : new Dictionary<string, object> { ["tid"] = tenant, ["ver"] = "1.0", ["appid"] = caller, ["azp"] = AllowedCaller == caller ? AppId : AllowedCaller },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });

    /// <summary>A Bot Connector token whose header carries extra parameters (such as "crit").</summary>
    public static string BotConnectorWithHeader(SecurityKey key, IDictionary<string, object> header) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://api.botframework.com",
            Audience = AppId,
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = ServiceUrl },
            AdditionalHeaderClaims = header,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });

    /// <summary>A token that claims "alg": "none" and carries no signature.</summary>
    public static string Unsigned(string keyId)
    {
        static string B64(string s) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(s));
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        return $"{B64($$"""{"alg":"none","typ":"JWT","kid":"{{keyId}}"}""")}.{B64($$"""{"iss":"https://api.botframework.com","aud":"{{AppId}}","exp":{{exp}},"serviceurl":"{{ServiceUrl}}"}""")}.";
    }

    public static string Hs256(string keyId) => BotConnector(new SymmetricSecurityKey(new byte[32]) { KeyId = keyId }, algorithm: SecurityAlgorithms.HmacSha256);

    public static ClaimsIdentity Identity => new();
}
