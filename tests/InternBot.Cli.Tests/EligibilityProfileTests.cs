using System.Text.Json;

namespace InternBot.Cli.Tests;

public sealed class EligibilityProfileTests
{
    private const string Eligible = """
        {
          "nationalities": ["Belgium"],
          "dateOfBirth": "2002-03-04",
          "education": { "enrolledStudent": true },
          "languages": [{ "language": "fr", "level": "native" }, { "language": "en", "level": "B2" }],
          "documents": [{ "type": "proofOfStudies", "language": "fr" }],
          "submittedAt": "2025-06-22T23:59:59+02:00"
        }
        """;

    [Fact]
    public async Task AProfileIsDecidedAsJsonWithReasonsInBothLanguages()
    {
        using var files = new Files();
        var run = await CliRun.Of(["eligibility", "--vacancy", "250775", "--profile", files.Write("p.json", Eligible)]);
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.Equal("km", root.GetProperty("vacancy").GetString());
        Assert.Equal("eligible", root.GetProperty("verdict").GetString());
        var deadline = root.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("criterion").GetString() == "deadline");
        Assert.Equal("passed", deadline.GetProperty("outcome").GetString());
        Assert.Contains("23:59:59", deadline.GetProperty("reason").GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.Contains("heure de Bruxelles", deadline.GetProperty("reason").GetProperty("fr").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, root.GetProperty("desirable").GetProperty("total").GetInt32());
        Assert.NotEmpty(root.GetProperty("assumptions").EnumerateArray());
    }

    [Fact]
    public async Task ALateProfileIsNotEligible()
    {
        using var files = new Files();
        var late = Eligible.Replace("2025-06-22T23:59:59+02:00", "2025-06-23T00:00:00+02:00", StringComparison.Ordinal);
        var run = await CliRun.Of(["eligibility", "--vacancy", "nds", "--profile", files.Write("p.json", late)]);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal("notEligible", doc.RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task TextFormatPrintsATableInTheChosenLanguage()
    {
        using var files = new Files();
        var path = files.Write("p.json", Eligible.Replace("Belgium", "Switzerland", StringComparison.Ordinal));
        var en = await CliRun.Of(["eligibility", "--vacancy", "digital staff", "--profile", path, "--format", "text"]);
        Assert.Contains("Verdict: Not eligible", en.Out, StringComparison.Ordinal);
        Assert.Contains("Switzerland: not a NATO member state", en.Out, StringComparison.Ordinal);
        Assert.Contains("What would change the verdict:", en.Out, StringComparison.Ordinal);

        var fr = await CliRun.Of(["eligibility", "--vacancy", "nds", "--profile", path, "--format", "text", "--lang", "fr"]);
        Assert.Contains("Décision : Non éligible", fr.Out, StringComparison.Ordinal);
        Assert.Contains("Suisse : pas un État membre de l'OTAN", fr.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"dateOfBirth\": \"2002-13-01\"}", "dateOfBirth", "YYYY-MM-DD")]
    [InlineData("{\"nationalities\": [\"Atlantis\"]}", "nationalities", "not a country")]
    [InlineData("{\"nationalities\": [\"Swizerland\"]}", "nationalities", "Did you mean 'Switzerland'")]
    [InlineData("{\"submittedAt\": \"2025-06-22 23:59\"}", "submittedAt", "UTC offset")]
    [InlineData("{\"languages\": [{\"language\": \"en\", \"level\": \"great\"}]}", "languages[0].level", "not a language level")]
    [InlineData("{\"education\": {\"degree\": {\"level\": \"phd\", \"awardedOn\": \"yesterday\"}}}", "education.degree.awardedOn", "YYYY-MM-DD")]
    [InlineData("{\"nationality\": [\"BE\"]}", "nationality", "Did you mean 'nationalities'")]
    [InlineData("{ not json", "line 1", "not valid JSON")]
    public async Task ABadProfileNamesTheFieldAndTheFixAndExits2(string json, string field, string message)
    {
        using var files = new Files();
        var run = await CliRun.Of(["eligibility", "--vacancy", "nds", "--profile", files.Write("p.json", json)]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"p.json: {field}", run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task AnUnknownVacancyListsTheKnownOnes()
    {
        using var files = new Files();
        var run = await CliRun.Of(["eligibility", "--vacancy", "250999", "--profile", files.Write("p.json", Eligible)]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--vacancy '250999' is not a vacancy", run.Error, StringComparison.Ordinal);
        Assert.Contains("nds (250772)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAmbiguousVacancyNameListsTheCandidates()
    {
        using var files = new Files();
        var run = await CliRun.Of(["eligibility", "--vacancy", "military staff", "--profile", files.Write("p.json", Eligible)]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("matches several vacancies: km, nds", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingBinaryOrHugeFilesExit2()
    {
        using var files = new Files();
        Assert.Contains("does not exist", (await CliRun.Of(["eligibility", "--vacancy", "nds", "--profile", Path.Combine(files.Folder, "none.json")])).Error, StringComparison.Ordinal);
        var binary = await CliRun.Of(["eligibility", "--vacancy", "nds", "--profile", files.Write("b.json", [0x1, 0x0, 0x2])]);
        Assert.Equal(2, binary.ExitCode);
        Assert.Contains("binary", binary.Error, StringComparison.Ordinal);
        var huge = await CliRun.Of(["eligibility", "--vacancy", "nds", "--profile", files.Write("h.json", new string(' ', 2 * 1024 * 1024))]);
        Assert.Equal(2, huge.ExitCode);
        Assert.Contains("limit", huge.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eligibility --vacancy nds")]
    [InlineData("eligibility --vacancy nds --profile a.json --csv b.csv")]
    [InlineData("eligibility --profile a.json")]
    public async Task ExactlyOneInputAndAVacancyAreRequired(string commandLine)
    {
        var run = await CliRun.Of(commandLine.Split(' '));
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error:", run.Error, StringComparison.Ordinal);
    }
}
