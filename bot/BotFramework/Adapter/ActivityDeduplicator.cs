using System.Security.Cryptography;
using System.Text;
using InternBot.Bot.BotFramework.Schema;

namespace InternBot.Bot.BotFramework.Adapter;

/// <summary>
/// Teams re-sends an activity when the bot is slow to answer. A delivery key is processed once; a repeat gets the
/// first run's answer (invokes, expectReplies) or a plain acknowledgement. Behind an interface because several
/// instances must share what they have seen (the scale-out store implements the same contract).
/// </summary>
internal interface IActivityDeduplicator
{
    /// <summary>Runs <paramref name="run"/> for the first delivery of <paramref name="key"/>; later ones share its outcome.</summary>
    Task<TurnOutcome> RunOnceAsync(DeliveryKey? key, Func<Task<TurnOutcome>> run, out bool duplicate);
}

/// <summary>
/// What identifies one delivery: the conversation and activity ids, and the kind of activity (so a hostile client
/// reusing an id for another kind of activity never receives another turn's answer). Ids longer than any real one
/// are kept as a hash, so memory per entry stays small whatever a client sends.
/// </summary>
internal readonly record struct DeliveryKey(string Value)
{
    private const int MaxIdLength = 256;

    public static DeliveryKey? Of(Activity activity)
    {
        var conversation = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversation) || string.IsNullOrEmpty(activity.Id))
        {
            return null;
        }

        return new DeliveryKey($"{Bounded(conversation)}\n{Bounded(activity.Id)}\n{Bounded(activity.Type ?? "")}\n{Bounded(activity.Name ?? "")}");
    }

    private static string Bounded(string id) =>
        id.Length <= MaxIdLength ? id : "#" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
}

/// <summary>
/// The in-memory deduplicator, bounded in time and size. A delivery still running is found by its key (a retry waits
/// for the same outcome: the number of these is bounded by the turns in flight). Once answered, the answer with its
/// body is kept for about <see cref="AnswerWindow"/> (Teams retries after 15 s of silence, so a retry of a finished
/// turn is rare), and only that it was handled (its status, under a 128-bit hash of its key) until <see cref="Window"/>.
/// Both live in time buckets dropped whole as time moves on (no scan of everything on the request path), and a full
/// bucket stops remembering rather than let memory grow.
/// </summary>
internal sealed class ActivityDeduplicator(TimeProvider time) : IActivityDeduplicator
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan AnswerWindow = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan AnswerBucket = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan HandledBucket = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Answers with a body (invokes, expectReplies) remembered per 5-second bucket: 400 such turns a second keep theirs,
    /// a few kilobytes each; beyond that a late retry gets the handled status (an empty reply list), not a second run.
    /// </summary>
    public const int AnswerCapacity = 2_000;

    /// <summary>Handled deliveries remembered per 10-second bucket (6,000 turns a second), about 40 bytes each.</summary>
    public const int BucketCapacity = 60_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<TurnOutcome>>> _inFlight = new(StringComparer.Ordinal);
    private readonly TimeBuckets<string, Task<TurnOutcome>> _answers = new((int)(AnswerWindow / AnswerBucket), AnswerCapacity, StringComparer.Ordinal);
    private readonly TimeBuckets<UInt128, Handled> _handled = new((int)(Window / HandledBucket), BucketCapacity, EqualityComparer<UInt128>.Default);

    public Task<TurnOutcome> RunOnceAsync(DeliveryKey? key, Func<Task<TurnOutcome>> run, out bool duplicate)
    {
        duplicate = true;
        if (key is not { } k)
        {
            duplicate = false;
            return run();
        }

        if (_inFlight.TryGetValue(k.Value, out var running))
        {
            return running.Value;
        }

        var utc = time.GetUtcNow().UtcTicks;
        if (_answers.TryFind(k.Value, utc / AnswerBucket.Ticks, out var answer))
        {
            return answer;
        }

        var hash = Hash(k.Value);
        if (_handled.TryFind(hash, utc / HandledBucket.Ticks, out var handled))
        {
            return Task.FromResult(handled.Outcome);
        }

        var fresh = new Lazy<Task<TurnOutcome>>(run);
        var entry = _inFlight.GetOrAdd(k.Value, fresh);
        if (!ReferenceEquals(entry, fresh))
        {
            return entry.Value;
        }

        duplicate = false;
        var task = entry.Value;
        _ = task.ContinueWith(
            t =>
            {
                if (t.IsCompletedSuccessfully)
                {
                    var now = time.GetUtcNow().UtcTicks;
                    if (t.Result.Body is not null)
                    {
                        _answers.TryAdd(k.Value, t, now / AnswerBucket.Ticks);
                    }

                    _handled.TryAdd(hash, new Handled(t.Result.Status, t.Result.Body is ExpectedReplies), now / HandledBucket.Ticks);
                }

                _inFlight.TryRemove(k.Value, out _);
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return task;
    }

    private static UInt128 Hash(string key)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), digest);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    /// <summary>A delivery answered earlier: its status, and whether it expected replies (a retry then gets an empty list).</summary>
    private readonly record struct Handled(int Status, bool ExpectedReplies)
    {
        public TurnOutcome Outcome => ExpectedReplies ? new TurnOutcome(Status, new ExpectedReplies([])) : new TurnOutcome(Status);
    }
}

/// <summary>
/// A ring of dictionaries, one per time bucket: looking up reads the live ones; a bucket older than the ring is
/// replaced whole when its slot comes round again. Each bucket is a plain dictionary under its own lock (entries are
/// structs in one array, not an object per entry as in ConcurrentDictionary, so half a million handled deliveries
/// cost the collector almost nothing to trace) and holds at most <c>capacity</c> entries.
/// </summary>
internal sealed class TimeBuckets<TKey, TValue>(int count, int capacity, IEqualityComparer<TKey> comparer)
    where TKey : notnull
{
    private readonly Bucket[] _slots = Enumerable.Range(0, count).Select(_ => new Bucket(-1, comparer)).ToArray();
    private readonly Lock _rotation = new();

    public bool TryFind(TKey key, long now, out TValue value)
    {
        for (var age = 0; age < _slots.Length; age++)
        {
            var slot = _slots[Index(now - age)];
            if (slot.Number != now - age)
            {
                continue;
            }

            lock (slot.Entries)
            {
                if (slot.Entries.TryGetValue(key, out value!))
                {
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Stores the value in the current bucket unless the bucket is full.</summary>
    public void TryAdd(TKey key, TValue value, long now)
    {
        var bucket = Current(now);
        lock (bucket.Entries)
        {
            if (bucket.Entries.Count < capacity)
            {
                bucket.Entries.TryAdd(key, value);
            }
        }
    }

    private Bucket Current(long now)
    {
        var index = Index(now);
        var slot = _slots[index];
        if (slot.Number == now)
        {
            return slot;
        }

        lock (_rotation)
        {
            if (_slots[index].Number != now)
            {
                _slots[index] = new Bucket(now, comparer);
            }

            return _slots[index];
        }
    }

    private int Index(long number) => (int)(((number % _slots.Length) + _slots.Length) % _slots.Length);

    private sealed class Bucket(long number, IEqualityComparer<TKey> comparer)
    {
        public long Number { get; } = number;

        public Dictionary<TKey, TValue> Entries { get; } = new(comparer);
    }
}

/// <summary>The HTTP answer of a processed turn.</summary>
internal sealed record TurnOutcome(int Status, object? Body = null)
{
    public static readonly TurnOutcome Accepted = new(202);

}
