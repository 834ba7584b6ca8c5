namespace InternBot.Core.SignIn;

/// <summary>Who a validated token names: Entra object id, display name, tenant.</summary>
public sealed record SignedInPerson(string ObjectId, string? Name, string TenantId);

/// <summary>A token check's outcome: the person, or a short machine-readable reason (never the token).</summary>
public sealed record UserTokenCheck(SignedInPerson? Person, string? Failure)
{
    /// <summary>The identity provider's signing keys could not be read: not the caller's fault, retry later.</summary>
    public const string KeysUnavailable = "signing-keys-unavailable";

    public static UserTokenCheck Valid(SignedInPerson person) => new(person, null);

    public static UserTokenCheck Refused(string reason) => new(null, reason);
}

/// <summary>
/// Says who sent an access token issued for this app (the tab's Teams SSO token, or the pop-up sign-in's). It says
/// who the person is; what they may do is the role provider's answer.
/// </summary>
public interface IUserTokenValidator
{
    /// <summary>The scope a user's token must carry.</summary>
    const string Scope = "access_as_user";

    Task<UserTokenCheck> ValidateAsync(string token, CancellationToken cancellationToken);
}

/// <summary>Why the pop-up sign-in runs: to get a token for this app, or to consent to what reading applications needs.</summary>
public enum SignInPurpose
{
    SignIn,
    Consent,
}

/// <summary>A redeemed sign-in code: the access token, or the identity provider's error code.</summary>
public sealed record CodeRedemption(string? AccessToken, string? Error);

/// <summary>
/// The identity provider's side of an authorization code sign-in with PKCE, for hosts without Teams SSO: where to
/// send the person, and redeeming the code that comes back.
/// </summary>
public interface IInteractiveSignIn
{
    /// <summary>Whether the app registration and its credential are configured.</summary>
    bool Configured { get; }

    Uri AuthorizeUri(SignInPurpose purpose, string redirectUri, string state, string codeChallenge);

    Task<CodeRedemption> RedeemAsync(SignInPurpose purpose, string code, string redirectUri, string codeVerifier, CancellationToken cancellationToken);
}
