using InternBot.Core.Csv;
using InternBot.Core.Conversations;
using InternBot.Storage.Sqlite;

namespace InternBot.Cli.Tests;

public sealed class UnansweredCommandTests
{
    private static async Task<string> Database(Files files, params UnansweredQuestion[] questions)
    {
        var path = Path.Combine(files.Folder, "bot.db");
        var db = new SqliteDatabase(path);
        await db.MigrateAsync(TestContext.Current.CancellationToken);
        var store = new SqliteUnansweredQuestionStore(db);
        foreach (var q in questions)
        {
            await store.AddAsync(q, TestContext.Current.CancellationToken);
        }

        return path;
    }

    private static readonly DateTimeOffset Day = DateTimeOffset.Parse("2026-11-20T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task ListsTheQuestionsNewestFirst()
    {
        using var files = new Files();
        var db = await Database(files, new("Is there a canteen?", "en", null, Day), new("Y a-t-il une cantine ?", "fr", "km", Day.AddHours(1)));
        var run = await CliRun.Of(["unanswered", "--db", db]);
        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("Y a-t-il une cantine ?", lines[1], StringComparison.Ordinal);
        Assert.Contains("km", lines[1], StringComparison.Ordinal);
        Assert.Contains("Is there a canteen?", lines[2], StringComparison.Ordinal);
        Assert.Contains("2 question(s).", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiltersByDateAndWritesCsv()
    {
        using var files = new Files();
        var db = await Database(files, new("old, with a comma", "en", null, Day.AddDays(-10)), new("new", "en", "nds", Day));
        var run = await CliRun.Of(["unanswered", "--db", db, "--since", "2026-11-15", "--format", "csv"]);
        var table = Core.Csv.CsvTable.Parse(run.Out);
        Assert.Equal(["askedAt", "language", "vacancy", "question"], table.Header);
        Assert.Equal("new", Assert.Single(table.Rows)[3]);
    }

    [Theory]
    [InlineData("unanswered", "0")]
    [InlineData("unanswered", "100001")]
    [InlineData("audit", "-5")]
    [InlineData("audit", "100001")]
    public async Task AListingLimitOutOfRangeIsRefusedWithTheRange(string command, string limit)
    {
        using var files = new Files();
        var db = await Database(files);
        var run = await CliRun.Of([command, "--db", db, "--limit", limit]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--limit must be between 1 and 100000", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await CliRun.Of([command, "--db", db, "--limit", "100000"])).ExitCode);
    }

    [Fact]
    public async Task AMissingDatabaseOrABadDateIsExplained()
    {
        using var files = new Files();
        var missing = await CliRun.Of(["unanswered", "--db", Path.Combine(files.Folder, "none.db")]);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("Storage__Sqlite__Path", missing.Error, StringComparison.Ordinal);
        var db = await Database(files);
        var badDate = await CliRun.Of(["unanswered", "--db", db, "--since", "yesterday"]);
        Assert.Equal(2, badDate.ExitCode);
        Assert.Contains("YYYY-MM-DD", badDate.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyListSaysSo()
    {
        using var files = new Files();
        var run = await CliRun.Of(["unanswered", "--db", await Database(files)]);
        Assert.Contains("No unanswered questions.", run.Out, StringComparison.Ordinal);
    }
}
