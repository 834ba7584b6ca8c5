using System.Collections.Concurrent;

namespace InternBot.Tab;

/// <summary>
/// Values kept for a short while under a key and taken at most once, with a bound on what they weigh together
/// (a count, bytes): for what anonymous or one-click endpoints keep between two requests, so memory stays bounded
/// whatever arrives. Expired values make room before a new one is refused.
/// </summary>
public sealed class OneTimeStore<T>(TimeProvider time, TimeSpan lifetime, long capacity, Func<T, long> weight)
    where T : class
{
    private readonly ConcurrentDictionary<string, (T Value, DateTimeOffset Expires)> _entries = new(StringComparer.Ordinal);
    private long _weight;

    /// <summary>Keeps the value; false when the store is full of live values (or the key is taken).</summary>
    public bool TryAdd(string key, T value)
    {
        var w = weight(value);
        if (Interlocked.Add(ref _weight, w) > capacity)
        {
            RemoveExpired();
            if (Volatile.Read(ref _weight) > capacity)
            {
                Interlocked.Add(ref _weight, -w);
                return false;
            }
        }

        if (_entries.TryAdd(key, (value, time.GetUtcNow() + lifetime)))
        {
            return true;
        }

        Interlocked.Add(ref _weight, -w);
        return false;
    }

    /// <summary>The value, removed; null for an unknown, taken or expired key.</summary>
    public T? Take(string key)
    {
        if (!_entries.TryRemove(key, out var entry))
        {
            return null;
        }

        Interlocked.Add(ref _weight, -weight(entry.Value));
        return entry.Expires > time.GetUtcNow() ? entry.Value : null;
    }

    private void RemoveExpired()
    {
        var now = time.GetUtcNow();
        foreach (var (key, entry) in _entries)
        {
            if (entry.Expires <= now && _entries.TryRemove(key, out var removed))
            {
                Interlocked.Add(ref _weight, -weight(removed.Value));
            }
        }
    }
}
