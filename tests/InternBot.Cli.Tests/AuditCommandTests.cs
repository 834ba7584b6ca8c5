using InternBot.Core.Applications;
using InternBot.Core.Csv;
using InternBot.Storage.Sqlite;

namespace InternBot.Cli.Tests;

public sealed class AuditCommandTests
{
    private const string Staff = "00000000-0000-0000-0000-00000000000a";

    private static async Task<string> Database(Files files, params AuditEntry[] entries)
    {
        var path = Path.Combine(files.Folder, "bot.db");
        var db = new SqliteDatabase(path);
        await db.MigrateAsync(TestContext.Current.CancellationToken);
        var log = new SqliteAuditLog(db);
        foreach (var e in entries)
        {
            await log.RecordAsync(e, TestContext.Current.CancellationToken);
        }

        return path;
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task ListsWhoDidWhatToWhichApplicationNewestFirstAndFiltersByApplication()
    {
        using var files = new Files();
        var db = await Database(files,
            new(At("2025-07-01T09:00:00Z"), Staff, AuditAction.Viewed, "42"),
            new(At("2025-07-01T09:05:00Z"), Staff, AuditAction.StatusChanged, "42", "Submitted -> Interview"),
            new(At("2025-07-02T10:00:00Z"), Staff, AuditAction.Exported, null, "120 rows; vacancy=km"));
        var all = await CliRun.Of(["audit", "--db", db]);
        Assert.Equal(0, all.ExitCode);
        var lines = all.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("Exported", lines[1], StringComparison.Ordinal);
        Assert.Contains("Submitted -> Interview", lines[2], StringComparison.Ordinal);
        Assert.Contains("3 entries.", all.Out, StringComparison.Ordinal);

        var one = await CliRun.Of(["audit", "--db", db, "--application", "42", "--format", "csv"]);
        var table = CsvTable.Parse(one.Out);
        Assert.Equal(["StatusChanged", "Viewed"], table.Rows.Select(r => r[2]));
        Assert.All(table.Rows, r => Assert.Equal(Staff, r[1]));
    }

    [Fact]
    public async Task PurgeKeepsTwelveMonthsAndEverythingSinceTheLatestCampaignClosed()
    {
        using var files = new Files();
        // The shipped catalogue's latest campaign closes on 30 April 2026; the CLI's clock in the tests is CliRun.Today.
        var old = At("2024-01-15T08:00:00Z");
        var db = await Database(files,
            new(old, Staff, AuditAction.Viewed, "1"),
            new(CliRun.Today.AddDays(-10), Staff, AuditAction.Viewed, "2"));
        var run = await CliRun.Of(["audit", "--db", db, "--purge"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Purged 1 audit entry", run.Out, StringComparison.Ordinal);
        var left = CsvTable.Parse((await CliRun.Of(["audit", "--db", db, "--format", "csv"])).Out);
        Assert.Equal(["2"], left.Rows.Select(r => r[3]));
    }

    [Theory]
    [InlineData("--before", "2025-01-01")]
    [InlineData("--since", "yesterday")]
    public async Task BadOptionsAreRefusedWithWhatToDo(string option, string value)
    {
        using var files = new Files();
        var db = await Database(files);
        var run = await CliRun.Of(["audit", "--db", db, option, value]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
    }
}
