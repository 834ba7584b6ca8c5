using InternBot.Core.Conversations;
using InternBot.Core.Text;
using Microsoft.Data.Sqlite;

namespace InternBot.Storage.Sqlite.Tests;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"internbot-sqlite-{Guid.NewGuid():N}", "nested", "bot.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(_path))!, recursive: true);
    }

    private async Task<SqliteDatabase> Database()
    {
        var db = new SqliteDatabase(_path);
        await db.MigrateAsync(TestContext.Current.CancellationToken);
        return db;
    }

    [Fact]
    public async Task MigratingCreatesTheFileAndItsFolderAndIsIdempotent()
    {
        var db = await Database();
        await db.MigrateAsync(TestContext.Current.CancellationToken);
        Assert.True(File.Exists(_path));
    }

    [Fact]
    public async Task AFileFromANewerVersionIsRefusedWithTheFix()
    {
        var db = await Database();
        await using (var c = await db.OpenAsync(TestContext.Current.CancellationToken))
        {
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 99";
            await cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => db.MigrateAsync(TestContext.Current.CancellationToken));
        Assert.Contains("upgrade InternBot", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationStateRoundTripsAndSurvivesANewStoreInstance()
    {
        var db = await Database();
        var state = new ConversationState
        {
            CurrentVacancy = "km",
            PreferredLanguage = Language.French,
            EligibilityForm = new Dictionary<string, string> { ["nationalities"] = "Belgium" },
            LastTopics = [Core.Answers.Topic.Grant, Core.Answers.Topic.Deadline],
            Profile = new Core.Answers.PersonalFacts { Age = 22, Nationalities = [Core.Eligibility.Countries.Find("IT")!], Student = true, Languages = [new Core.Eligibility.LanguageSkill("en", Core.Eligibility.LanguageLevel.C1)] },
        };
        await new SqliteConversationStateStore(db, TimeProvider.System).SaveAsync("a:1", state, TestContext.Current.CancellationToken);
        var read = await new SqliteConversationStateStore(new SqliteDatabase(_path), TimeProvider.System).GetAsync("a:1", TestContext.Current.CancellationToken);
        Assert.Equal("km", read.CurrentVacancy);
        Assert.Equal(Language.French, read.PreferredLanguage);
        Assert.Equal("Belgium", read.EligibilityForm["nationalities"]);
        Assert.Equal([Core.Answers.Topic.Grant, Core.Answers.Topic.Deadline], read.LastTopics);
        Assert.Equal(22, read.Profile!.Age);
        Assert.Equal("IT", Assert.Single(read.Profile.Nationalities).Alpha2);
        Assert.True(read.Profile.Student);
        Assert.Equal(Core.Eligibility.LanguageLevel.C1, Assert.Single(read.Profile.Languages).Level);
        Assert.Equal(1, read.Version);
    }

    [Fact]
    public async Task AnUnknownConversationStartsEmptyAndEachSaveBumpsTheVersion()
    {
        var db = await Database();
        var store = new SqliteConversationStateStore(db, TimeProvider.System);
        Assert.Null((await store.GetAsync("a:new", TestContext.Current.CancellationToken)).CurrentVacancy);
        await store.SaveAsync("a:new", new ConversationState { CurrentVacancy = "nds" }, TestContext.Current.CancellationToken);
        await store.SaveAsync("a:new", new ConversationState { CurrentVacancy = "jis" }, TestContext.Current.CancellationToken);
        var read = await store.GetAsync("a:new", TestContext.Current.CancellationToken);
        Assert.Equal(("jis", 2L), (read.CurrentVacancy, read.Version));
    }

    [Fact]
    public async Task ADamagedRowStartsTheConversationAfreshInsteadOfFailing()
    {
        var db = await Database();
        await using (var c = await db.OpenAsync(TestContext.Current.CancellationToken))
        {
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "INSERT INTO conversation_state VALUES ('a:bad', '{not json', 3, '2026-01-01')";
            await cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var read = await new SqliteConversationStateStore(db, TimeProvider.System).GetAsync("a:bad", TestContext.Current.CancellationToken);
        Assert.Null(read.CurrentVacancy);
    }

    [Fact]
    public async Task UnansweredQuestionsAreListedNewestFirstFilteredAndCut()
    {
        var db = await Database();
        var store = new SqliteUnansweredQuestionStore(db);
        var t = DateTimeOffset.Parse("2026-11-01T10:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture);
        await store.AddAsync(new UnansweredQuestion("first", "en", null, t), TestContext.Current.CancellationToken);
        await store.AddAsync(new UnansweredQuestion(new string('x', 2000), "fr", "km", t.AddDays(2)), TestContext.Current.CancellationToken);
        var all = await store.ListAsync(null, 10, TestContext.Current.CancellationToken);
        Assert.Equal(2, all.Count);
        Assert.Equal(SqliteUnansweredQuestionStore.MaxTextLength, all[0].Text.Length);
        Assert.Equal("km", all[0].Vacancy);
        Assert.Equal(t, all[1].AskedAt);
        Assert.Single(await store.ListAsync(t.AddDays(1), 10, TestContext.Current.CancellationToken));
        Assert.Single(await store.ListAsync(null, 1, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ConcurrentWritersDoNotLoseQuestions()
    {
        var db = await Database();
        var store = new SqliteUnansweredQuestionStore(db);
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => store.AddAsync(new UnansweredQuestion($"q{i}", "en", null, DateTimeOffset.UtcNow), TestContext.Current.CancellationToken)));
        Assert.Equal(40, (await store.ListAsync(null, 100, TestContext.Current.CancellationToken)).Count);
    }
}
