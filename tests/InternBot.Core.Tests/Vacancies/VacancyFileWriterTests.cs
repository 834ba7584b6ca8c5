using System.Text.Json.Nodes;
using InternBot.Core.Tests.TestKit;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Tests.Vacancies;

public sealed class VacancyFileWriterTests
{
    public static TheoryData<string> Slugs => new(ShippedCatalogue.Value.All.Select(v => v.Slug));

    [Theory]
    [MemberData(nameof(Slugs))]
    public void WritingAShippedVacancyGivesBackItsFile(string slug)
    {
        var original = JsonNode.Parse(File.ReadAllText(Path.Combine(VacancyCatalogueLoader.DefaultPath, slug + ".json")));
        var written = JsonNode.Parse(VacancyFileWriter.Write(ShippedCatalogue.Get(slug)));
        Assert.True(JsonNode.DeepEquals(original, written), $"{slug}: the written file differs from the shipped one");
    }

    [Fact]
    public void AWrittenVacancyLoadsBack()
    {
        using var folder = new TempFolder();
        var minimal = TestVacancies.Build();
        folder.Write("test.json", VacancyFileWriter.Write(minimal));
        var loaded = VacancyCatalogueLoader.LoadOrThrow(folder.Path).All.Single();
        Assert.Equal(VacancyFileWriter.Write(minimal), VacancyFileWriter.Write(loaded with { SourceFile = null }));
    }
}
