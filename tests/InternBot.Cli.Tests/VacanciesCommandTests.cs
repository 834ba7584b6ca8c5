using System.Text.Json;

namespace InternBot.Cli.Tests;

public sealed class VacanciesCommandTests
{
    [Fact]
    public async Task ListsEveryVacancyWithItsDeadlineAndWhetherItIsOpen()
    {
        var run = await CliRun.Of(["vacancies"]);
        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length); // header + five vacancies
        Assert.Contains(lines, l => l.StartsWith("nds", StringComparison.Ordinal) && l.Contains("250772", StringComparison.Ordinal) && l.Contains("2025-06-22 23:59", StringComparison.Ordinal) && l.Contains("closed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task JsonOutputIsMachineReadable()
    {
        var run = await CliRun.Of(["vacancies", "--format", "json"]);
        using var doc = JsonDocument.Parse(run.Out);
        var ictm = doc.RootElement.EnumerateArray().Single(e => e.GetProperty("slug").GetString() == "ictm");
        Assert.Equal("2026-04-30T23:59", ictm.GetProperty("deadline").GetString());
        Assert.Equal("closing-2026-04-30", ictm.GetProperty("campaign").GetString());
        Assert.False(ictm.GetProperty("open").GetBoolean());
    }

    [Fact]
    public async Task TheCatalogueFolderComesFromTheEnvironmentVariable()
    {
        using var files = new Files();
        var run = await CliRun.Of(["vacancies"], new() { ["Vacancies__Path"] = files.Folder });
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(files.Folder, run.Error, StringComparison.Ordinal);
        Assert.Contains("no vacancy files", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrokenCatalogueListsEveryProblemAndExits2()
    {
        using var files = new Files();
        files.Write("a.json", "{ \"slug\": \"a\" }");
        files.Write("b.json", "{ nope");
        var run = await CliRun.Of(["vacancies", "--vacancies", files.Folder]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("a.json: title: is missing", run.Error, StringComparison.Ordinal);
        Assert.Contains("b.json: line 1", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task AnUnknownCommandOrOptionExits2WithUsageHelp()
    {
        var run = await CliRun.Of(["vacancy"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, (await CliRun.Of(["vacancies", "--format", "xml"])).ExitCode);
    }
}
