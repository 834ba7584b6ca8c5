using InternBot.Core.Import;
using InternBot.Core.Tests.TestKit;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Tests.Import;

public sealed class NoticeImporterTests(ITestOutputHelper output)
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", name));

    private static Dictionary<string, string> Facts(Vacancy v) => VacancyFacts.Flatten(v, proseByContent: false).ToDictionary(f => f.Field, f => f.Value);

    [Fact]
    public void EachSeedImportsToTheFactsOfItsHandWrittenEntry()
    {
        var folder = Seeds.Require();
        var failures = new List<string>();
        foreach (var file in Seeds.Files)
        {
            var result = NoticeImporter.Import(File.ReadAllText(file), Path.GetFileName(file));
            Assert.True(result.Vacancy is not null, $"{Path.GetFileName(file)}: {result.Unusable}");
            var imported = Facts(result.Vacancy!);
            var shipped = Facts(ShippedCatalogue.Get(result.Vacancy!.Slug));

            output.WriteLine($"{Path.GetFileName(file)} -> {result.Vacancy.Slug}");
            output.WriteLine($"  {"field",-36} {"catalogue",-44} {"imported",-44} ok");
            foreach (var field in shipped.Keys.Union(imported.Keys).Order(StringComparer.Ordinal))
            {
                var a = shipped.GetValueOrDefault(field, "-");
                var b = imported.GetValueOrDefault(field, "-");
                var ok = a == b;
                output.WriteLine($"  {field,-36} {Cut(a),-44} {Cut(b),-44} {(ok ? "yes" : "NO")}");
                if (!ok)
                {
                    failures.Add($"{result.Vacancy.Slug}.{field}: catalogue '{a}' vs imported '{b}'");
                }
            }

            output.WriteLine($"  coverage: {imported.Count(kv => shipped.GetValueOrDefault(kv.Key) == kv.Value)} of {shipped.Count} catalogue facts imported identically");
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        _ = folder;
    }

    private static string Cut(string s) => s.Length <= 42 ? s : s[..39] + "...";

    [Fact]
    public void AMarkdownNoticeWithOtherValuesImports()
    {
        var result = NoticeImporter.Import(Fixture("public-diplomacy.md"), "public-diplomacy.md");
        var v = result.Vacancy!;
        Assert.Equal("pdd", v.Slug);
        Assert.Equal("261001", v.Reference);
        Assert.Equal("International Staff", v.NatoBody!.En);
        Assert.Equal(WorkSchedule.PartTime, v.Schedule);
        Assert.Equal("NC", v.ClearanceLevel);
        Assert.Equal(new DateTime(2027, 1, 15, 23, 59, 0), v.Deadline.LastMinute.Local);
        Assert.Equal("Europe/Brussels", v.Deadline.LastMinute.Zone.Id);
        Assert.Equal("closing-2027-01-15", v.Campaign);
        var offer = v.Offer!;
        Assert.Equal(12, offer.DurationMonths);
        Assert.Equal([new DateOnly(2026, 9, 1), new DateOnly(2027, 2, 1)], offer.StartPeriods);
        Assert.False(offer.FullTime);
        Assert.Equal(20m, offer.WeeklyHours);
        Assert.Equal(new Grant(1400.50m, "EUR", GrantPeriod.Monthly), offer.Grant);
        Assert.NotNull(offer.TravelReimbursement);
        Assert.Null(offer.Telework);
        Assert.Equal(2, v.Selection.ApplicationLimit);
        Assert.Equal([CriterionKind.Nationality, CriterionKind.MinimumAge, CriterionKind.Education, CriterionKind.OfficialLanguage], v.Selection.Essential.Select(c => c.Kind));
        Assert.Equal(18, v.Selection.Essential[1].MinimumAge);
        Assert.Equal(3, v.Selection.Essential[2].MinimumStudyYears);
        Assert.Equal(6, v.Selection.Essential[2].RecentGraduateMonths);
        Assert.Equal(["en", "fr"], v.Selection.Essential[3].Languages);
        Assert.Equal([CriterionKind.Degree, CriterionKind.PriorExperience], v.Selection.Desirable.Select(c => c.Kind));
        Assert.Equal([DocumentType.Qualification, DocumentType.Cv], v.Documents!.Required.Select(d => d.Type));
        Assert.Equal(["en", "fr"], v.Documents.AcceptedLanguages);
        Assert.False(v.Documents.SelfTranslationAccepted);
        Assert.False(v.Documents.CheckedByInternshipOffice);
        Assert.NotNull(v.Policies.Enquiries);
        Assert.Null(v.Policies.GenerativeAi);
        Assert.Equal(3, v.Tasks.Count);
        Assert.Single(v.About);
    }

    [Fact]
    public void APlainNoticeWithoutPunctuationImportsAndReportsItsGaps()
    {
        var result = NoticeImporter.Import(Fixture("defence-planning.txt"), "defence-planning.txt");
        var v = result.Vacancy!;
        Assert.Equal("DPP", v.ShortName);
        Assert.Equal("Mons, Belgium", v.Location!.En);
        Assert.Equal("NR", v.ClearanceLevel);
        Assert.Equal(new DateTime(2026, 9, 30, 23, 59, 0), v.Deadline.LastMinute.Local);
        Assert.Equal(3, v.Offer!.DurationMonths);
        Assert.Equal(37.5m, v.Offer.WeeklyHours);
        Assert.True(v.Offer.FullTime);
        Assert.Equal(new Grant(950m, "EUR", GrantPeriod.Monthly), v.Offer.Grant);
        Assert.Equal([new DateOnly(2027, 1, 1)], v.Offer.StartPeriods);
        Assert.Equal(20, v.Selection.Essential.Single(c => c.Kind == CriterionKind.MinimumAge).MinimumAge);
        var education = v.Selection.Essential.Single(c => c.Kind == CriterionKind.Education);
        Assert.Equal(1, education.MinimumStudyYears);
        Assert.Null(education.RecentGraduateMonths);
        Assert.Equal(["en"], v.Selection.Essential.Single(c => c.Kind == CriterionKind.OfficialLanguage).Languages);
        Assert.Contains(v.Selection.Essential, c => c.Kind == CriterionKind.Other && c.Text.En.Contains("driving licence", StringComparison.Ordinal));
        Assert.Equal(2, v.Tasks.Count);

        // Never a silent guess: every assumption and gap is in the report.
        Assert.True(result.HasGaps);
        var deadline = result.Fields.Single(f => f.Field == "deadline");
        Assert.Equal(FieldStatus.Doubtful, deadline.Status);
        Assert.Contains("23:59 was assumed", deadline.Note, StringComparison.Ordinal);
        Assert.Contains("Brussels time was assumed", deadline.Note, StringComparison.Ordinal);
        Assert.Equal([6], deadline.Lines);
        Assert.Equal(FieldStatus.Missing, result.Fields.Single(f => f.Field == "selection.applicationLimit").Status);
        Assert.Equal(FieldStatus.Missing, result.Fields.Single(f => f.Field == "documents").Status);
        Assert.Equal(FieldStatus.Doubtful, result.Fields.Single(f => f.Field.StartsWith("selection.essential", StringComparison.Ordinal) && f.Value.Contains("driving", StringComparison.Ordinal)).Status);
    }

    [Fact]
    public void AnImportedEntryLoadsWithTheRestOfTheCatalogue()
    {
        using var folder = new TempFolder();
        folder.CopyShipped("nds", "km", "jis", "ocio", "ictm");
        folder.Write("pdd.json", VacancyFileWriter.Write(NoticeImporter.Import(Fixture("public-diplomacy.md"), "x").Vacancy!));
        var catalogue = VacancyCatalogueLoader.LoadOrThrow(folder.Path);
        Assert.Equal("pdd", catalogue.Find("public diplomacy").Vacancy?.Slug);
        Assert.Equal("pdd", catalogue.Find("261001").Vacancy?.Slug);
    }

    [Fact]
    public void ACurrencylessGrantStaysWithoutCurrencyAndIsFlagged()
    {
        var text = Fixture("defence-planning.txt").Replace("Grant 950 EUR per month", "Monthly grant of 950.00", StringComparison.Ordinal);
        var result = NoticeImporter.Import(text, "x");
        Assert.Equal(new Grant(950m, null, GrantPeriod.Monthly), result.Vacancy!.Offer!.Grant);
        Assert.Equal(FieldStatus.Doubtful, result.Fields.Single(f => f.Field == "offer.grant").Status);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   \n\n  ", "empty")]
    [InlineData("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\nSed do eiusmod tempor.", "does not look like a vacancy notice")]
    [InlineData("NATO Internship - Some Office (SO)\nEssential:\n- be 21\n", "application deadline")]
    [InlineData("Essential:\nApply until 22 June 2025 at 23.59 Brussels time\n", "title")]
    public void UnusableInputIsRefusedWithTheReason(string text, string reason)
    {
        var result = NoticeImporter.Import(text, "x");
        Assert.Null(result.Vacancy);
        Assert.Contains(reason, result.Unusable, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryAndHugeInputAreRefused()
    {
        Assert.Contains("binary", NoticeImporter.Import("PK\u0003\u0004\u0000\u0001", "x").Unusable, StringComparison.Ordinal);
        Assert.Contains("characters", NoticeImporter.Import(new string('a', NoticeImporter.MaxCharacters + 1), "x").Unusable, StringComparison.Ordinal);
    }
}
