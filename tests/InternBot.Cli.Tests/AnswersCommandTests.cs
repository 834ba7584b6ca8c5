using InternBot.Core.Answers;
using InternBot.Storage.Sqlite;

namespace InternBot.Cli.Tests;

public sealed class AnswersCommandTests
{
    private static async Task<(string Path, CuratedAnswerBook Book)> DatabaseAsync(Files files, params CuratedAnswer[] answers)
    {
        var path = Path.Combine(files.Folder, "bot.db");
        var db = new SqliteDatabase(path);
        await db.MigrateAsync(TestContext.Current.CancellationToken);
        var book = new CuratedAnswerBook(new SqliteRecordStore(db, TimeProvider.System));
        foreach (var a in answers)
        {
            await book.SaveAsync(a, TestContext.Current.CancellationToken);
        }

        return (path, book);
    }

    private static readonly CuratedAnswer Housing = new("e1", "Le logement est-il fourni ?", "No, interns find their own housing.", "Non, les stagiaires trouvent eux-mêmes leur logement.", null, CuratedAnswer.InternshipOffice, CliRun.Today);

    [Fact]
    public async Task ListsTheCuratedAnswersWithTheirQuestionAndSource()
    {
        using var files = new Files();
        var (db, _) = await DatabaseAsync(files, Housing, Housing with { Id = "e2", Question = "Parking?", AnswerFr = null, Vacancy = "km", CreatedAt = CliRun.Today.AddDays(1) });
        var run = await CliRun.Of(["answers", "--db", db]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("e1  2026-11-21  programme  (internship office)", run.Out, StringComparison.Ordinal);
        Assert.Contains("FR: Non, les stagiaires", run.Out, StringComparison.Ordinal);
        Assert.Contains("e2  2026-11-22  km", run.Out, StringComparison.Ordinal);
        Assert.Contains("2 curated answer(s).", run.Out, StringComparison.Ordinal);

        var csv = Core.Csv.CsvTable.Parse((await CliRun.Of(["answers", "--db", db, "--format", "csv"])).Out);
        Assert.Equal(["e1", "e2"], csv.Rows.Select(r => r[0]));
    }

    [Fact]
    public async Task AnAnswerIsCorrectedOrRemoved()
    {
        using var files = new Files();
        var (db, book) = await DatabaseAsync(files, Housing);
        var edited = await CliRun.Of(["answers", "--db", db, "--edit", "e1", "--en", "No; see the welcome pack.", "--vacancy", "250772"]);
        Assert.Equal(0, edited.ExitCode);
        var saved = await book.GetAsync("e1", TestContext.Current.CancellationToken);
        Assert.Equal(("No; see the welcome pack.", Housing.AnswerFr, "nds"), (saved!.AnswerEn, saved.AnswerFr, saved.Vacancy));

        Assert.Equal(0, (await CliRun.Of(["answers", "--db", db, "--edit", "e1", "--programme"])).ExitCode);
        Assert.Null((await book.GetAsync("e1", TestContext.Current.CancellationToken))!.Vacancy);

        Assert.Equal(0, (await CliRun.Of(["answers", "--db", db, "--remove", "e1"])).ExitCode);
        Assert.Empty(await book.ListAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(new[] { "--edit", "nope", "--en", "x" }, "no curated answer has the id 'nope'")]
    [InlineData(new[] { "--remove", "nope" }, "no curated answer has the id 'nope'")]
    [InlineData(new[] { "--en", "x" }, "go with --edit <id>")]
    [InlineData(new[] { "--edit", "e1", "--en", "", "--fr", "" }, "needs English or French text")]
    [InlineData(new[] { "--edit", "e1", "--vacancy", "nowhere" }, "is not a vacancy in the catalogue")]
    [InlineData(new[] { "--edit", "e1", "--remove", "e1" }, "go separately")]
    public async Task BadRequestsAreExplainedAndChangeNothing(string[] args, string expected)
    {
        using var files = new Files();
        var (db, book) = await DatabaseAsync(files, Housing);
        var run = await CliRun.Of(["answers", "--db", db, .. args]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Equal(Housing, await book.GetAsync("e1", TestContext.Current.CancellationToken));
    }
}
