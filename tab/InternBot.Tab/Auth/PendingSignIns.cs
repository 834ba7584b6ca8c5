using System.Collections.Concurrent;

namespace InternBot.Tab.Auth;

/// <summary>
/// Sign-ins started and not yet finished (state → PKCE verifier), kept for <see cref="Lifetime"/> and at most
/// <see cref="Capacity"/> at once: the start endpoint is anonymous, so what it stores must be bounded whatever
/// arrives. Each state is taken once.
/// </summary>
public sealed class PendingSignIns(TimeProvider time, int capacity = PendingSignIns.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, (PendingSignIn SignIn, DateTimeOffset Expires)> _pending = new(StringComparer.Ordinal);

    public int Capacity => capacity;

    /// <summary>Keeps a new sign-in; false when <see cref="Capacity"/> sign-ins are already pending.</summary>
    public bool TryAdd(string state, PendingSignIn signIn)
    {
        var now = time.GetUtcNow();
        if (_pending.Count >= capacity)
        {
            // Expired entries make room first; only live ones count against the bound.
            foreach (var (key, value) in _pending)
            {
                if (value.Expires <= now)
                {
                    _pending.TryRemove(key, out _);
                }
            }

            if (_pending.Count >= capacity)
            {
                return false;
            }
        }

        return _pending.TryAdd(state, (signIn, now + Lifetime));
    }

    /// <summary>The sign-in for <paramref name="state"/>, removed so that a replayed redirect finds nothing.</summary>
    public PendingSignIn? Take(string state) =>
        _pending.TryRemove(state, out var entry) && entry.Expires > time.GetUtcNow() ? entry.SignIn : null;
}

/// <summary>What the end of a sign-in needs: the PKCE verifier, why it was started, and where Entra sent it back.</summary>
public sealed record PendingSignIn(string Verifier, string Purpose, string RedirectUri);
