using System.Text.Json.Nodes;
using InternBot.Core.Tests.TestKit;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Tests.Vacancies;

public sealed class VacancyCatalogueLoaderTests
{
    [Fact]
    public void AValidFolderLoadsEveryVacancy()
    {
        using var folder = new TempFolder();
        folder.CopyShipped("nds", "km");
        var result = VacancyCatalogueLoader.Load(folder.Path);
        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Catalogue!.All.Count);
    }

    [Fact]
    public void EveryProblemInEveryFileIsReportedAndNothingLoads()
    {
        using var folder = new TempFolder();
        folder.CopyShipped("nds", "km", "jis");
        folder.Edit("nds", o =>
        {
            o.Remove("title");
            o["deadlne"] = "oops";
            o["offer"]!["grant"]!["amount"] = "a lot";
        });
        folder.Edit("km", o => o["deadline"]!["timeZone"] = "Europe/Brussel");
        var result = VacancyCatalogueLoader.Load(folder.Path);

        Assert.Null(result.Catalogue);
        Assert.Contains(result.Problems, p => p.Source == "nds.json" && p.Field == "title" && p.Message.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Source == "nds.json" && p.Field == "deadlne" && p.Fix.Contains("'deadline'", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Source == "nds.json" && p.Field == "offer.grant.amount" && p.Message.Contains("number", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Source == "km.json" && p.Field == "deadline.timeZone" && p.Fix.Contains("Europe/Brussels", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Problems, p => p.Source == "jis.json");
    }

    [Fact]
    public void BrokenJsonNamesTheLine()
    {
        using var folder = new TempFolder();
        folder.Write("broken.json", "{\n  \"slug\": \"x\",\n  \"title\": \"X\"\n  \"shortName\": \"X\"\n}");
        var problem = Assert.Single(VacancyCatalogueLoader.Load(folder.Path).Problems);
        Assert.Equal("broken.json", problem.Source);
        Assert.StartsWith("line 4", problem.Field, StringComparison.Ordinal);
        Assert.Contains("comma", problem.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "expected an object")]
    [InlineData("{}", "is missing")]
    [InlineData("", "not valid JSON")]
    public void FilesThatAreNotVacanciesAreRejected(string content, string message)
    {
        using var folder = new TempFolder();
        folder.Write("x.json", content);
        Assert.Contains(VacancyCatalogueLoader.Load(folder.Path).Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void ABinaryFileIsRejectedWithoutCrashing()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("x.json", [0x7B, 0x00, 0xFF, 0xFE, 0x01]);
        Assert.Contains("binary", Assert.Single(VacancyCatalogueLoader.Load(folder.Path).Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotUtf8IsRejected()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("x.json", [0x7B, 0x22, 0xE9, 0x22, 0x7D]);
        Assert.Contains("UTF-8", Assert.Single(VacancyCatalogueLoader.Load(folder.Path).Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoVacanciesMayNotShareAName()
    {
        using var folder = new TempFolder();
        folder.CopyShipped("nds", "km");
        folder.Edit("km", o => o["aliases"] = new JsonArray("Digital Staff"));
        // Files are read in name order, so km.json claims the name first and nds.json is reported, naming km.
        var problem = Assert.Single(VacancyCatalogueLoader.Load(folder.Path).Problems);
        Assert.Equal("nds.json", problem.Source);
        Assert.Equal("aliases[1]", problem.Field);
        Assert.Contains("'km' (km.json)", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("slug", "\"Not A Slug\"", "not a valid slug")]
    [InlineData("clearanceLevel", "\"TOP\"", "not a NATO clearance code")]
    [InlineData("schedule", "\"sometimes\"", "not one of the allowed values")]
    public void BadValuesAreNamedWithTheirFix(string field, string json, string message)
    {
        using var folder = new TempFolder();
        folder.CopyShipped("nds");
        folder.Edit("nds", o => o[field] = JsonNode.Parse(json));
        var problem = Assert.Single(VacancyCatalogueLoader.Load(folder.Path).Problems);
        Assert.Equal(field, problem.Field);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.Fix));
    }

    [Fact]
    public void ACriterionWithoutItsNumberIsRejected()
    {
        using var folder = new TempFolder();
        folder.CopyShipped("nds");
        folder.Edit("nds", o => o["selection"]!["essential"]![1]!.AsObject().Remove("minimumAge"));
        var problem = Assert.Single(VacancyCatalogueLoader.Load(folder.Path).Problems);
        Assert.Equal("selection.essential[1].minimumAge", problem.Field);
    }

    [Fact]
    public void ADeadlineInsideTheDaylightSavingGapIsRejected()
    {
        using var folder = new TempFolder();
        folder.CopyShipped("nds");
        folder.Edit("nds", o => o["deadline"]!["local"] = "2026-03-29T02:30");
        Assert.Contains("does not exist", Assert.Single(VacancyCatalogueLoader.Load(folder.Path).Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingOrEmptyFolderSaysWhichSettingToChange()
    {
        using var folder = new TempFolder();
        Assert.Contains("Vacancies__Path", Assert.Single(VacancyCatalogueLoader.Load(folder.Path).Problems).Fix, StringComparison.Ordinal);
        Assert.Contains("Vacancies__Path", Assert.Single(VacancyCatalogueLoader.Load(folder.Path + "-nope").Problems).Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadOrThrowListsEveryProblem()
    {
        using var folder = new TempFolder();
        folder.Write("a.json", "{}");
        var e = Assert.Throws<CatalogueLoadException>(() => VacancyCatalogueLoader.LoadOrThrow(folder.Path));
        Assert.True(e.Problems.Count >= 5);
        Assert.Contains("a.json: slug: is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherFilesInTheFolderAreIgnored()
    {
        using var folder = new TempFolder();
        folder.CopyShipped("jis");
        folder.Write("README.md", "# notes");
        Assert.Empty(VacancyCatalogueLoader.Load(folder.Path).Problems);
    }
}
