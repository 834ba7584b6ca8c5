using InternBot.Core.Vacancies;

namespace InternBot.Cli.Tests;

public sealed class ImportNoticeCommandTests
{
    private const string Notice = """
        NATO Internship - International Staff, Public Diplomacy Division (PDD) (261001)
        Primary Location: Belgium-Brussels
        Description
        The Public Diplomacy Division (PDD) explains the Alliance's policies to audiences around the world.
        The intern will:
        - Draft social media posts about Alliance events;
        - Monitor press coverage.
        What do we offer?
        - A 6-month traineeship at NATO Headquarters, in Brussels, starting in March 2027.
        - A full-time traineeship (38 hours a week).
        - A monthly grant of €1,286.09 and a travel reimbursement upon joining and leaving.
        - Teleworking subject to business requirements.
        - NATO HQ Staff Centre membership at a special price.
        Selection Criteria
        Please note that you can apply for up to three (3) different vacancies!
        Apply until 15 January 2027 at 23.59, Brussels time.
        Essential:
        1. be a national of a NATO member state,
        2. be at least 21 years old,
        3. have at least two years of university level studies OR be currently a student OR a recent graduate (degree obtained no longer than 12 months ago),
        4. have proficiency in one of the two official NATO languages (English/French).
        Desirable:
        1. elementary knowledge of the second official NATO language (English/French),
        Competencies required:
        - Teamwork: Cooperates.
        Special Notice:
        1. Copy of university qualifications you have completed and/or
        2. Proof of ongoing studies with the dates clearly mentioned if you are still studying.
        We prefer that these documents are in one of the NATO official languages (English or French). If not, please attach a self translation.
        Please note that the application cannot be updated after the relevant deadline.
        """;

    private static Task<CliRun> Import(Files files, string notice, params string[] extra) =>
        CliRun.Of(["import-notice", files.Write("notice.txt", notice), "--out", Path.Combine(files.Folder, "out"), "--vacancies", Path.Combine(files.Folder, "catalogue"), .. extra]);

    [Fact]
    public async Task ACompleteNoticeIsWrittenAsALoadableEntryWithAReportAndExit0()
    {
        using var files = new Files();
        Directory.CreateDirectory(Path.Combine(files.Folder, "catalogue"));
        var run = await Import(files, Notice);
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"deadline\s+found\s+16\s+2027-01-15 23:59 Europe/Brussels", run.Out);
        Assert.Matches(@"reference\s+found\s+1\s+261001", run.Out);
        var catalogue = VacancyCatalogueLoader.LoadOrThrow(Path.Combine(files.Folder, "out"));
        Assert.Equal("pdd", catalogue.All.Single().Slug);
        Assert.Equal(1286.09m, catalogue.All.Single().Offer!.Grant!.Amount);
    }

    [Fact]
    public async Task ANoticeWithGapsIsWrittenAndExits1()
    {
        using var files = new Files();
        var run = await Import(files, Notice.Replace("- A full-time traineeship (38 hours a week).\n", "", StringComparison.Ordinal));
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"offer\.weeklyHours\s+MISSING", run.Out);
        Assert.True(File.Exists(Path.Combine(files.Folder, "out", "pdd.json")));
    }

    [Fact]
    public async Task ImportingAnExistingVacancyShowsADiffAndWritesOnlyWithForce()
    {
        using var files = new Files();
        await Import(files, Notice);
        var changed = Notice.Replace("15 January 2027", "31 January 2027", StringComparison.Ordinal);

        var refused = await Import(files, changed);
        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("already exists", refused.Out, StringComparison.Ordinal);
        Assert.Contains("- 2027-01-15 23:59 Europe/Brussels", refused.Out, StringComparison.Ordinal);
        Assert.Contains("+ 2027-01-31 23:59 Europe/Brussels", refused.Out, StringComparison.Ordinal);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Contains("2027-01-15", await File.ReadAllTextAsync(Path.Combine(files.Folder, "out", "pdd.json"), TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var forced = await Import(files, changed, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("2027-01-31", await File.ReadAllTextAsync(Path.Combine(files.Folder, "out", "pdd.json"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVacancyAlreadyInTheCatalogueIsRecognisedByItsReference()
    {
        using var files = new Files();
        var catalogue = Path.Combine(files.Folder, "catalogue");
        Directory.CreateDirectory(catalogue);
        File.Copy(Path.Combine(VacancyCatalogueLoader.DefaultPath, "nds.json"), Path.Combine(catalogue, "nds.json"));
        var run = await Import(files, Notice.Replace("(261001)", "(250772)", StringComparison.Ordinal));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("'nds' in the catalogue", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GarbageIsRefusedWithExit2AndNothingWritten()
    {
        using var files = new Files();
        var run = await Import(files, "Dear colleagues,\nthe canteen is closed on Friday.\nRegards");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not look like a vacancy notice", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(files.Folder, "out")));
    }

    [Fact]
    public async Task EmptyBinaryAndHugeFilesAreRefusedWithExit2()
    {
        using var files = new Files();
        var empty = await CliRun.Of(["import-notice", files.Write("empty.txt", "")]);
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("empty", empty.Error, StringComparison.Ordinal);

        var binary = await CliRun.Of(["import-notice", files.Write("notice.pdf", [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xFF])]);
        Assert.Equal(2, binary.ExitCode);
        Assert.Contains("binary", binary.Error, StringComparison.Ordinal);

        var huge = await CliRun.Of(["import-notice", files.Write("huge.txt", string.Concat(Enumerable.Repeat(Notice, 5 * 1024 * 1024 / Notice.Length + 1)))]);
        Assert.Equal(2, huge.ExitCode);
        Assert.Contains("MB", huge.Error, StringComparison.Ordinal);

        var missing = await CliRun.Of(["import-notice", Path.Combine(files.Folder, "nope.txt")]);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("does not exist", missing.Error, StringComparison.Ordinal);
    }
}
