using InternBot.Core.Import;
using InternBot.Core.Tests.TestKit;

namespace InternBot.Core.Tests.Import;

/// <summary>The importer's steps: each returns its own findings, and what one step hands another is explicit.</summary>
public sealed class ImportPipelineTests
{
    private const string Notice = """
        NATO Internship - NATO Digital Staff (NDS)
        Application Deadline: 22-Jun-2025
        What do we offer?
        A 6-month internship at NATO Headquarters in Brussels, starting September 2025.
        A monthly grant of €1,000.
        Free parking for bicycles.
        How the daily work will look like:
        - Draft notes for the team.
        Essential:
        - Be a national of a NATO member state.
        """;

    private static IEnumerable<string> Notices()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures")))
        {
            yield return File.ReadAllText(file);
        }

        foreach (var file in Seeds.Files)
        {
            yield return File.ReadAllText(file);
        }
    }

    [Fact]
    public void TheOfferReportsAsNotUnderstoodOnlyLinesNoEarlierStepRead()
    {
        var doc = NoticeDocument.Parse(Notice);
        var header = new HeaderStep(doc).Read().Value;
        var place = doc.Lines.Single(l => l.Text.Contains("Headquarters", StringComparison.Ordinal));
        var parking = doc.Lines.Single(l => l.Text.Contains("parking", StringComparison.Ordinal));

        var alone = new OfferStep(doc).Read(header, new HashSet<int>()).Findings.Fields.Single(f => f.Field == "offer.other");
        Assert.Equal([parking.Number], alone.Lines);

        var afterParkingWasRead = new OfferStep(doc).Read(header, new HashSet<int> { parking.Number }).Findings.Fields;
        Assert.DoesNotContain(afterParkingWasRead, f => f.Field == "offer.other");
        Assert.Contains(afterParkingWasRead, f => f.Field == "offer.place" && f.Lines.Contains(place.Number));
    }

    [Fact]
    public void AStepRunsOnceAndItsFindingsAreItsOwn()
    {
        var doc = NoticeDocument.Parse(Notice);
        var step = new TasksStep(doc);
        var tasks = step.Read();
        Assert.Throws<InvalidOperationException>(() => step.Read());
        Assert.All(tasks.Findings.Fields, f => Assert.True(f.Field is "tasks" or "learningOutcomes", f.Field));
        Assert.Contains(doc.Lines.Single(l => l.Text.Contains("Draft notes", StringComparison.Ordinal)).Number, tasks.Findings.Taken);
    }

    [Fact]
    public void OnEveryNoticeNoLineIsBothUnderstoodAndNotUnderstoodAndTheDescriptionRepeatsNoTakenText()
    {
        foreach (var text in Notices())
        {
            var result = NoticeImporter.Import(text, "x");
            var other = result.Fields.Where(f => f.Field == "offer.other").SelectMany(f => f.Lines).ToHashSet();
            var understood = result.Fields.Where(f => f.Field != "offer.other").SelectMany(f => f.Lines).ToHashSet();
            Assert.Empty(other.Intersect(understood));

            var about = result.Fields.Where(f => f.Field == "about").SelectMany(f => f.Lines).ToHashSet();
            var taken = result.Fields.Where(f => f.Field is "tasks" or "learningOutcomes").SelectMany(f => f.Lines).ToHashSet();
            Assert.Empty(about.Intersect(taken));
        }
    }
}
