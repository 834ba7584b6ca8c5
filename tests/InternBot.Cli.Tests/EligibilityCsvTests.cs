namespace InternBot.Cli.Tests;

public sealed class EligibilityCsvTests
{
    private const string Header = "candidateId,name,nationalities,dateOfBirth,enrolledStudent,yearsCompleted,equivalentEducation,degreeLevel,degreeAwardedOn,languages,documents,submittedAt,otherVacancies,notes\r\n";

    private static async Task<(CliRun Run, Core.Csv.CsvTable? Table)> Screen(string csv, params string[] extra)
    {
        using var files = new Files();
        var run = await CliRun.Of(["eligibility", "--vacancy", "nds", "--csv", files.Write("in.csv", csv), .. extra]);
        return (run, run.ExitCode == 0 ? Core.Csv.CsvTable.Parse(run.Out) : null);
    }

    private static string Column(Core.Csv.CsvTable table, int row, string column) => table.Rows[row][table.Header.ToList().IndexOf(column)];

    [Fact]
    public async Task EachRowGetsADecisionReasonsAndAScoreAndKeepsItsOtherColumns()
    {
        var csv = Header +
            "c1,\"Doe, Jane\",BE,2000-01-01,yes,2,no,,,en:C1;fr:A2,proofOfStudies:en,2025-06-20T10:00:00+02:00,,\"line one\nline two\"\r\n" +
            "c2,Max,CH;AT,2000-01-01,yes,2,no,,,en:C1,proofOfStudies:en,2025-06-20T10:00:00+02:00,,\r\n" +
            "c3,Ana,PT,2005-01-01,no,1,no,,,fr:native,qualification:pt,2025-06-23T09:00:00+02:00,km|jis|ocio,\r\n" +
            "c4,Lee,US,,,,,,,,,,,\r\n";
        var (run, table) = await Screen(csv);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["candidateId", "name", "nationalities", "dateOfBirth", "enrolledStudent", "yearsCompleted", "equivalentEducation", "degreeLevel", "degreeAwardedOn", "languages", "documents", "submittedAt", "otherVacancies", "notes", "eligibility", "failedCriteria", "reasons", "desirableScore"], table!.Header);
        Assert.Equal("Doe, Jane", Column(table, 0, "name"));
        Assert.Equal("line one\nline two", Column(table, 0, "notes"));
        Assert.Equal("Eligible", Column(table, 0, "eligibility"));
        Assert.Equal("1/4", Column(table, 0, "desirableScore"));

        Assert.Equal("NotEligible", Column(table, 1, "eligibility"));
        Assert.Equal("nationality", Column(table, 1, "failedCriteria"));
        Assert.Contains("Switzerland and Austria", Column(table, 1, "reasons"), StringComparison.Ordinal);

        Assert.Equal("NotEligible", Column(table, 2, "eligibility"));
        Assert.Equal(["age", "education", "deadline", "applicationLimit", "documents"], Column(table, 2, "failedCriteria").Split(';'));

        Assert.Equal("CannotDecideYet", Column(table, 3, "eligibility"));
        Assert.Equal("", Column(table, 3, "failedCriteria"));
    }

    [Fact]
    public async Task ReasonsCanBeWrittenInFrench()
    {
        var (_, table) = await Screen(Header + "c2,Max,CH,2000-01-01,yes,2,no,,,en:C1,proofOfStudies:en,2025-06-20T10:00:00+02:00,,\r\n", "--lang", "fr");
        Assert.StartsWith("Nationalité : Suisse", Column(table!, 0, "reasons"), StringComparison.Ordinal);
        Assert.Contains("pas un État membre", Column(table!, 0, "reasons"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreeningAScreenedFileReplacesTheResultColumns()
    {
        var (_, once) = await Screen(Header + "c1,A,BE,2000-01-01,yes,2,no,,,en:C1,proofOfStudies:en,2025-06-20T10:00:00+02:00,,\r\n");
        var (_, twice) = await Screen(once!.Write());
        Assert.Equal(once.Header, twice!.Header);
        Assert.Equal(once.Rows, twice.Rows);
    }

    [Fact]
    public async Task SemicolonSeparatedExportsFromEuropeanExcelAreRead()
    {
        var csv = "\uFEFFcandidateId;nationalities;dateOfBirth;enrolledStudent;languages;documents;submittedAt\r\nc1;\"BE|FR\";2000-01-01;oui;en:C1;proofOfStudies:fr;2025-06-20T10:00:00+02:00\r\n";
        var (run, table) = await Screen(csv);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("candidateId", table!.Header[0]);
        Assert.Equal("Eligible", Column(table, 0, "eligibility"));
    }

    [Fact]
    public async Task TheScreenedFileCanBeWrittenToAPath()
    {
        using var files = new Files();
        var output = Path.Combine(files.Folder, "out.csv");
        var run = await CliRun.Of(["eligibility", "--vacancy", "km", "--csv", files.Write("in.csv", Header + "c1,A,BE,2000-01-01,yes,2,no,,,en:C1,proofOfStudies:en,2025-06-20T10:00:00+02:00,,\r\n"), "--out", output]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Screened 1 candidate(s) for km", run.Error, StringComparison.Ordinal);
        Assert.Contains("Eligible", await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AScreenedFileKeepsTheSeparatorItCameWithAndOpensInExcelWithItsAccents()
    {
        using var files = new Files();
        var output = Path.Combine(files.Folder, "out.csv");
        var semicolons = Header.Replace(',', ';') + "c1;Zoë Müller;BE;2000-01-01;yes;2;no;;;en:C1;proofOfStudies:en;2025-06-20T10:00:00+02:00;;\r\n";
        var run = await CliRun.Of(["eligibility", "--vacancy", "km", "--csv", files.Write("in.csv", semicolons), "--out", output]);
        Assert.Equal(0, run.ExitCode);
        var bytes = await File.ReadAllBytesAsync(output, TestContext.Current.CancellationToken);
        Assert.Equal(System.Text.Encoding.UTF8.GetPreamble(), bytes[..3]);
        var table = Core.Csv.CsvTable.Parse(System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal(';', table.Delimiter);
        Assert.Equal("Zoë Müller", Column(table, 0, "name"));
        Assert.Equal("Eligible", Column(table, 0, "eligibility"));
    }

    [Fact]
    public async Task EveryBadCellIsReportedByRowAndColumnAndNothingIsWritten()
    {
        var csv = Header +
            "c1,A,Narnia,2000-02-30,maybe,two,no,,2024-01-01,en:Z9,passport:en,2025-06-20,,\r\n" +
            "c2,B,BE,2000-01-01,yes,2,no,,,en,proofOfStudies:en,2025-06-20T10:00:00+02:00,,\r\n";
        var (run, _) = await Screen(csv);
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        foreach (var expected in new[]
                 {
                     "row 2, column 'nationalities'", "row 2, column 'dateOfBirth'", "row 2, column 'enrolledStudent'", "row 2, column 'yearsCompleted'",
                     "row 2, column 'degreeLevel'", "row 2, column 'languages'", "row 2, column 'documents'", "row 2, column 'submittedAt'", "row 3, column 'languages'",
                 })
        {
            Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("a,b,c\r\n1,2,3\r\n", "no known column")]
    [InlineData("candidateId,nationalities,nationalities\r\n", "appears twice")]
    [InlineData("candidateId,notes\r\nc1,\"unclosed\r\n", "not closed")]
    public async Task UnusableCsvFilesExit2WithTheReason(string csv, string message)
    {
        var (run, _) = await Screen(csv);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }
}
