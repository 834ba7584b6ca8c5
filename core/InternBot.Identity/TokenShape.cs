using Microsoft.IdentityModel.JsonWebTokens;

namespace InternBot.Identity;

/// <summary>
/// Reads a bearer token's shape before anything is validated. Whatever the bytes, it answers (a token or null) and
/// never throws: a JWE-shaped or truncated token is a refusal, not a server error.
/// </summary>
public static class TokenShape
{
    // Real tokens are 1-3 KB; anything this large is not one, and is not worth parsing.
    private const int MaximumLength = 16 * 1024;

    public static JsonWebToken? Read(string? raw)
    {
        if (string.IsNullOrEmpty(raw) || raw.Length > MaximumLength)
        {
            return null;
        }

        try
        {
            return new JsonWebToken(raw);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The parser throws ArgumentException, FormatException, JsonException... depending on which part is damaged.
            return null;
        }
    }

    /// <summary>
    /// A "crit" header lists extensions the recipient must understand; we understand none, so RFC 7515 §4.1.11 says
    /// such a token must be refused.
    /// </summary>
    public static bool HasCriticalHeader(JsonWebToken token)
    {
        try
        {
            return token.TryGetHeaderValue<object>("crit", out _);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return true;
        }
    }
}
