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

    private readonly OneTimeStore<Download> _waiting = new(time, Lifetime, MaxBytes, d => d.Content.Length);

    /// <summary>A new one-time ticket for the file, or null when too much is waiting already.</summary>
    public string? Issue(byte[] content, string fileName, string contentType)
    {
        var ticket = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
        return _waiting.TryAdd(ticket, new Download(content, fileName, contentType)) ? ticket : null;
    }

    /// <summary>The file, once; null for an unknown, used or expired ticket.</summary>
    public Download? Redeem(string ticket) => _waiting.Take(ticket);

    public sealed record Download(byte[] Content, string FileName, string ContentType);
}
