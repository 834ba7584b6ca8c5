using InternBot.Core.Conversations;
using InternBot.Core.Text;
using Microsoft.Data.Sqlite;

namespace InternBot.Storage.Sqlite.Tests;

/// <summary>One contract, run against every conversation store: what the bot relies on, whichever is configured.</summary>
public abstract class ConversationStoreContractTests
{
    protected abstract Task<(IConversationStateStore States, IUnansweredQuestionStore Questions)> CreateAsync();

    [Fact]
    public async Task StateIsReadBackAsSavedAndVersioned()
    {
        var (states, _) = await CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(0, (await states.GetAsync("a:x", ct)).Version);
        await states.SaveAsync("a:x", new ConversationState { CurrentVacancy = "nds", PreferredLanguage = Language.French }, ct);
        await states.SaveAsync("a:x", new ConversationState { CurrentVacancy = "km", PreferredLanguage = Language.French }, ct);
        var read = await states.GetAsync("a:x", ct);
        Assert.Equal(("km", Language.French, 2L), (read.CurrentVacancy, read.PreferredLanguage, read.Version));
        Assert.Null((await states.GetAsync("a:other", ct)).CurrentVacancy);
    }

    [Fact]
    public async Task QuestionsAreListedNewestFirstAndLimited()
    {
        var (_, questions) = await CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var t = DateTimeOffset.Parse("2026-11-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < 5; i++)
        {
            await questions.AddAsync(new UnansweredQuestion($"q{i}", "en", null, t.AddHours(i)), ct);
        }

        Assert.Equal(["q4", "q3"], (await questions.ListAsync(null, 2, ct)).Select(q => q.Text));
        Assert.Equal(3, (await questions.ListAsync(t.AddHours(2), 10, ct)).Count);
    }
}

public sealed class InMemoryConversationStoreTests : ConversationStoreContractTests
{
    protected override Task<(IConversationStateStore, IUnansweredQuestionStore)> CreateAsync() =>
        Task.FromResult<(IConversationStateStore, IUnansweredQuestionStore)>((new InMemoryConversationStateStore(), new InMemoryUnansweredQuestionStore()));
}

public sealed class SqliteConversationStoreTests : ConversationStoreContractTests, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"internbot-contract-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(f);
        }
    }

    protected override async Task<(IConversationStateStore, IUnansweredQuestionStore)> CreateAsync()
    {
        var db = new SqliteDatabase(_path);
        await db.MigrateAsync(TestContext.Current.CancellationToken);
        return (new SqliteConversationStateStore(db, TimeProvider.System), new SqliteUnansweredQuestionStore(db));
    }
}
