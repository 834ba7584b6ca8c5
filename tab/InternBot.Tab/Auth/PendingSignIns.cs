using InternBot.Core.SignIn;

namespace InternBot.Tab.Auth;

/// <summary>
/// Sign-ins started and not yet finished (state → PKCE verifier), kept for <see cref="Lifetime"/> and at most
/// <see cref="DefaultCapacity"/> at once: the start endpoint is anonymous, so what it stores must be bounded whatever
/// arrives. Each state is taken once.
/// </summary>
public sealed class PendingSignIns(TimeProvider time, int capacity = PendingSignIns.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly OneTimeStore<PendingSignIn> _pending = new(time, Lifetime, capacity, _ => 1);

    /// <summary>Keeps a new sign-in; false when the store is full.</summary>
    public bool TryAdd(string state, PendingSignIn signIn) => _pending.TryAdd(state, signIn);

    /// <summary>The sign-in for <paramref name="state"/>, removed so that a replayed redirect finds nothing.</summary>
    public PendingSignIn? Take(string state) => _pending.Take(state);
}

/// <summary>What the end of a sign-in needs: the PKCE verifier, why it was started, and where Entra sent it back.</summary>
public sealed record PendingSignIn(string Verifier, SignInPurpose Purpose, string RedirectUri);
