using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace InternBot.Tab.Applications;

/// <summary>
/// Exports waiting to be downloaded through a plain link: the new Teams client and Teams mobile do not save files a
/// page builds in memory (blob links), but they open a link. The file is made when the link is asked for (by a
/// signed-in person, with their rights); the link is random, good for <see cref="Lifetime"/> and one download. At
/// most <see cref="MaxBytes"/> wait at once.
/// </summary>
public sealed class DownloadTickets(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);
    public const long MaxBytes = 64L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, (byte[] Content, string FileName, string ContentType, DateTimeOffset Expires)> _tickets = new(StringComparer.Ordinal);
    private long _bytes;

    /// <summary>A new one-time ticket for the file, or null when too much is waiting already.</summary>
    public string? Issue(byte[] content, string fileName, string contentType)
    {
        Sweep();
        if (Interlocked.Add(ref _bytes, content.Length) > MaxBytes)
        {
            Interlocked.Add(ref _bytes, -content.Length);
            return null;
        }

        var ticket = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
        _tickets[ticket] = (content, fileName, contentType, time.GetUtcNow() + Lifetime);
        return ticket;
    }

    /// <summary>The file, once; null for an unknown, used or expired ticket.</summary>
    public (byte[] Content, string FileName, string ContentType)? Redeem(string ticket)
    {
        if (!_tickets.TryRemove(ticket, out var entry))
        {
            return null;
        }

        Interlocked.Add(ref _bytes, -entry.Content.Length);
        return entry.Expires > time.GetUtcNow() ? (entry.Content, entry.FileName, entry.ContentType) : null;
    }

    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var (key, value) in _tickets)
        {
            if (value.Expires <= now && _tickets.TryRemove(key, out var removed))
            {
                Interlocked.Add(ref _bytes, -removed.Content.Length);
            }
        }
    }
}
