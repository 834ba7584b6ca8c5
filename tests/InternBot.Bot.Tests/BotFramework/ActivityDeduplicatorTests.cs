using InternBot.Bot.BotFramework.Adapter;
using InternBot.Bot.BotFramework.Schema;

namespace InternBot.Bot.Tests.BotFramework;

/// <summary>The deduplicator answers retries once, forgets in time, and never grows past its bounds.</summary>
public sealed class ActivityDeduplicatorTests
{
    private readonly StoppedTime _time = new();
    private int _runs;

    private Task<TurnOutcome> Run() => Task.FromResult(new TurnOutcome(200, new ExpectedReplies([new Activity { Type = "message", Text = $"run {Interlocked.Increment(ref _runs)}" }])));

    private static DeliveryKey Key(string id = "1", string type = "message", string? name = null) =>
        DeliveryKey.Of(new Activity { Type = type, Name = name, Id = id, Conversation = new ConversationAccount { Id = "a:1" } })!.Value;

    [Fact]
    public async Task ARetryWithinTheAnswerWindowGetsTheFirstAnswerWithoutRunningAgain()
    {
        var dedup = new ActivityDeduplicator(_time);
        var first = await dedup.RunOnceAsync(Key(), Run, out var firstDuplicate);
        _time.Now += TimeSpan.FromSeconds(4);
        var second = await dedup.RunOnceAsync(Key(), Run, out var secondDuplicate);
        Assert.False(firstDuplicate);
        Assert.True(secondDuplicate);
        Assert.Same(first, second);
        Assert.Equal(1, _runs);
    }

    [Fact]
    public async Task ALateRetryGetsTheStatusOnlyAndAVeryLateOneRunsAgain()
    {
        var dedup = new ActivityDeduplicator(_time);
        await dedup.RunOnceAsync(Key(), Run, out _);
        _time.Now += ActivityDeduplicator.AnswerWindow + TimeSpan.FromSeconds(20);
        var late = await dedup.RunOnceAsync(Key(), Run, out var lateDuplicate);
        Assert.True(lateDuplicate);
        Assert.Equal(200, late.Status);
        Assert.Empty(Assert.IsType<ExpectedReplies>(late.Body).Activities); // the body itself is no longer kept
        Assert.Equal(1, _runs);

        _time.Now += ActivityDeduplicator.Window;
        await dedup.RunOnceAsync(Key(), Run, out var veryLateDuplicate);
        Assert.False(veryLateDuplicate);
        Assert.Equal(2, _runs);
    }

    [Fact]
    public async Task TheSameIdForAnotherKindOfActivityIsNotARetry()
    {
        var dedup = new ActivityDeduplicator(_time);
        await dedup.RunOnceAsync(Key(type: "invoke", name: "task/fetch"), Run, out _);
        await dedup.RunOnceAsync(Key(type: "invoke", name: "adaptiveCard/action"), Run, out var otherName);
        await dedup.RunOnceAsync(Key(type: "message"), Run, out var otherType);
        Assert.False(otherName);
        Assert.False(otherType);
        Assert.Equal(3, _runs);
    }

    [Fact]
    public void KeysStaySmallWhateverTheIdsSent()
    {
        var key = DeliveryKey.Of(new Activity { Type = "message", Id = new string('x', 70_000), Conversation = new ConversationAccount { Id = new string('y', 70_000) } });
        Assert.True(key!.Value.Value.Length < 200);
        Assert.NotEqual(key, DeliveryKey.Of(new Activity { Type = "message", Id = new string('x', 69_999) + "z", Conversation = new ConversationAccount { Id = new string('y', 70_000) } }));
        Assert.Null(DeliveryKey.Of(new Activity { Type = "message", Id = null, Conversation = new ConversationAccount { Id = "a:1" } }));
    }

    [Fact]
    public async Task AFullBucketStopsRememberingRatherThanGrowing()
    {
        var dedup = new ActivityDeduplicator(_time);
        for (var i = 0; i < ActivityDeduplicator.BucketCapacity; i++)
        {
            await dedup.RunOnceAsync(Key(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), Run, out _);
        }

        // Beyond the bound, a finished delivery is not remembered: sent again later, it runs again.
        await dedup.RunOnceAsync(Key("beyond"), Run, out var first);
        _time.Now += ActivityDeduplicator.AnswerWindow + TimeSpan.FromSeconds(1);
        await dedup.RunOnceAsync(Key("beyond"), Run, out var second);
        Assert.False(first);
        Assert.False(second);
        Assert.Equal(ActivityDeduplicator.BucketCapacity + 2, _runs);

        // In a new bucket, deliveries are remembered again.
        await dedup.RunOnceAsync(Key("later"), Run, out _);
        _time.Now += ActivityDeduplicator.AnswerWindow + TimeSpan.FromSeconds(1);
        await dedup.RunOnceAsync(Key("later"), Run, out var retried);
        Assert.True(retried);
    }

    [Fact]
    public async Task ARetryOfATurnStillRunningWaitsForItWhateverTheTime()
    {
        var dedup = new ActivityDeduplicator(_time);
        var release = new TaskCompletionSource<TurnOutcome>();
        var first = dedup.RunOnceAsync(Key("slow"), () => release.Task, out _);
        _time.Now += TimeSpan.FromMinutes(5); // far beyond every window: still running, still the same turn
        var retry = dedup.RunOnceAsync(Key("slow"), Run, out var duplicate);
        Assert.True(duplicate);
        release.SetResult(new TurnOutcome(200));
        Assert.Same(await first, await retry);
        Assert.Equal(0, _runs);
    }
}

/// <summary>A clock that moves only when told (buckets are 10 s wide; real time could cross a boundary mid-test).</summary>
internal sealed class StoppedTime : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 12, 5, 10, 0, 3, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
