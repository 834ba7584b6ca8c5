using System.Collections.Concurrent;

namespace InternBot.Bot.BotFramework.Hosting;

/// <summary>
/// Teams re-sends an activity when the bot is slow to answer. The same conversation id + activity id is
/// processed once; a repeat gets the first run's answer (invokes, expectReplies) or a plain acknowledgement.
/// </summary>
internal sealed class ActivityDeduplicator(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private const int CleanupEvery = 1024;

    private readonly ConcurrentDictionary<string, (Lazy<Task<TurnOutcome>> Run, DateTimeOffset Seen)> _seen = new(StringComparer.Ordinal);
    private int _inserts;

    public static string? KeyOf(string? conversationId, string? activityId) =>
        string.IsNullOrEmpty(conversationId) || string.IsNullOrEmpty(activityId) ? null : conversationId + "\n" + activityId;

    /// <summary>Runs <paramref name="run"/> for the first delivery of <paramref name="key"/>; later ones share its outcome.</summary>
    public Task<TurnOutcome> RunOnceAsync(string? key, Func<Task<TurnOutcome>> run, out bool duplicate)
    {
        if (key is null)
        {
            duplicate = false;
            return run();
        }

        var now = time.GetUtcNow();
        var fresh = (Run: new Lazy<Task<TurnOutcome>>(run), Seen: now);
        var entry = _seen.AddOrUpdate(key, fresh, (_, old) => now - old.Seen > Window ? fresh : old);
        duplicate = !ReferenceEquals(entry.Run, fresh.Run);
        if (!duplicate && Interlocked.Increment(ref _inserts) % CleanupEvery == 0)
        {
            foreach (var (k, v) in _seen)
            {
                if (now - v.Seen > Window)
                {
                    _seen.TryRemove(k, out _);
                }
            }
        }

        return entry.Run.Value;
    }
}

/// <summary>The HTTP answer of a processed turn.</summary>
internal sealed record TurnOutcome(int Status, object? Body = null)
{
    public static readonly TurnOutcome Accepted = new(202);
}
