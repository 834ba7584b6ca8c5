using Microsoft.IdentityModel.Tokens;

namespace InternBot.Identity;

/// <summary>The short, loggable reason a token failed validation (never the token itself).</summary>
public static class TokenFailure
{
    public static string ReasonFor(Exception? exception) => exception switch
    {
        SecurityTokenInvalidAudienceException => "wrong-audience",
        SecurityTokenInvalidIssuerException => "wrong-issuer",
        SecurityTokenInvalidLifetimeException or SecurityTokenExpiredException or SecurityTokenNotYetValidException or SecurityTokenNoExpirationException => "expired-or-not-yet-valid",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "bad-signature",
        _ => "invalid-token",
    };
}
