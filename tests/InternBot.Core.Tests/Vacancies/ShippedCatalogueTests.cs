using InternBot.Core.Tests.TestKit;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Tests.Vacancies;

/// <summary>Each notice's key facts, as the notice states them, are in the shipped catalogue.</summary>
public sealed class ShippedCatalogueTests
{
    private static Vacancy V(string slug) => ShippedCatalogue.Get(slug);

    [Fact]
    public void TheCatalogueHoldsTheFiveNotices() =>
        Assert.Equal(["ictm", "jis", "km", "nds", "ocio"], ShippedCatalogue.Value.All.Select(v => v.Slug));

    // The KM post sits with the IMS Executive Coordinator, a person: the French says so too ("Coordonnateur exécutif"),
    // not an activity ("coordination").
    [Fact]
    public void TheKmTitleNamesTheExecutiveCoordinatorInBothLanguages()
    {
        Assert.Contains("Executive Coordinator", V("km").Title.En, StringComparison.Ordinal);
        Assert.Contains("Coordonnateur exécutif", V("km").Title.Fr, StringComparison.Ordinal);
        Assert.Contains("Coordonnateur exécutif", V("km").Division!.Fr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nds", "250772")]
    [InlineData("km", "250775")]
    [InlineData("ictm", null)]
    [InlineData("ocio", null)]
    [InlineData("jis", null)]
    public void ReferencesAreThoseTheNoticesPrint(string slug, string? reference) => Assert.Equal(reference, V(slug).Reference);

    [Theory]
    [InlineData("nds", "2025-06-22T21:59:59Z", "2025-06-22T22:00:00Z")]
    [InlineData("km", "2025-06-22T21:59:59Z", "2025-06-22T22:00:00Z")]
    [InlineData("jis", "2025-06-22T21:59:59Z", "2025-06-22T22:00:00Z")]
    [InlineData("ocio", "2025-06-22T21:59:59Z", "2025-06-22T22:00:00Z")]
    [InlineData("ictm", "2026-04-30T21:59:59Z", "2026-04-30T22:00:00Z")]
    public void DeadlinesAre2359BrusselsTime(string slug, string lastOnTime, string firstLate)
    {
        var deadline = V(slug).Deadline;
        Assert.Equal("Europe/Brussels", deadline.LastMinute.Zone.Id);
        Assert.True(deadline.IsOpenAt(Profiles.At(lastOnTime)));
        Assert.False(deadline.IsOpenAt(Profiles.At(firstLate)));
    }

    [Fact]
    public void CampaignsGroupTheJune2025CallAndTheApril2026Call()
    {
        Assert.Equal(["jis", "km", "nds", "ocio"], ShippedCatalogue.Value.All.Where(v => v.Campaign == "closing-2025-06-22").Select(v => v.Slug));
        Assert.Equal("closing-2026-04-30", V("ictm").Campaign);
    }

    [Theory]
    [InlineData("nds")]
    [InlineData("km")]
    [InlineData("jis")]
    [InlineData("ocio")]
    public void TheInfoSessionIs11June2025At1600Brussels(string slug)
    {
        var session = V(slug).InfoSession!;
        Assert.Equal(new DateTime(2025, 6, 11, 16, 0, 0), session.Start.Local);
        Assert.Equal(Profiles.At("2025-06-11T14:00:00Z"), session.Start.ToInstant()); // CEST in June, whatever the notice's "CET" says
        Assert.Equal("CET", session.ZoneLabelInNotice);
    }

    [Fact]
    public void TheOcioNoticeGivesNoRegistrationLinkAndIctmHasNoInfoSession()
    {
        Assert.Null(V("ocio").InfoSession!.RegistrationUrl);
        Assert.NotNull(V("nds").InfoSession!.RegistrationUrl);
        Assert.Null(V("ictm").InfoSession);
    }

    [Theory]
    [InlineData("nds", "EUR")]
    [InlineData("km", "EUR")]
    [InlineData("jis", "EUR")]
    [InlineData("ocio", null)] // the OCIO notice prints the amount without a currency
    public void TheGrantIs128609AMonth(string slug, string? currency)
    {
        var offer = V(slug).Offer!;
        Assert.Equal(new Grant(1286.09m, currency, GrantPeriod.Monthly), offer.Grant);
        Assert.Equal(6, offer.DurationMonths);
        Assert.Equal(38m, offer.WeeklyHours);
        Assert.True(offer.FullTime);
        Assert.Equal([new DateOnly(2026, 3, 1), new DateOnly(2026, 9, 1)], offer.StartPeriods);
        Assert.NotNull(offer.Telework);
        Assert.NotNull(offer.TravelReimbursement);
        Assert.NotNull(offer.StaffCentre);
    }

    [Fact]
    public void TheIctmNoticeOffersNothingSoNothingIsInvented()
    {
        var ictm = V("ictm");
        Assert.Null(ictm.Offer);
        Assert.Null(ictm.Location);
        Assert.Null(ictm.ClearanceLevel);
        Assert.Null(ictm.Grade);
        Assert.Null(ictm.NatoBody);
    }

    [Theory]
    [InlineData("nds")]
    [InlineData("km")]
    public void ImsHeaderFactsAreKept(string slug)
    {
        var v = V(slug);
        Assert.Equal("International Military Staff (IMS)", v.NatoBody!.En);
        Assert.Equal("INTERN", v.Grade);
        Assert.Equal("NS", v.ClearanceLevel);
        Assert.Equal("NATO SECRET", ClearanceLevels.NameOf(v.ClearanceLevel!)!.En);
        Assert.Equal(WorkSchedule.FullTime, v.Schedule);
        Assert.Contains("Brussels", v.Location!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void UnitsAndTasksAreThoseOfEachNotice()
    {
        Assert.Equal(["DSP", "DOT", "DSI"], V("nds").Units.Select(u => u.Abbreviation));
        Assert.Equal(["DIMS", "BRM"], V("ictm").Units.Select(u => u.Abbreviation));
        Assert.Equal(3, V("ictm").Units[0].Areas.Count);
        Assert.Contains(V("jis").Units, u => u.Abbreviation == "CPU");
        Assert.Equal(13, V("ictm").Tasks.Count);
        Assert.Equal(5, V("ocio").Tasks.Count);
        Assert.Equal(3, V("nds").Tasks.Count);
        Assert.Equal(8, V("km").Tasks.Count);
    }

    [Fact]
    public void EveryNoticeHasTheSameSelectionRulesAndALimitOfThree()
    {
        foreach (var v in ShippedCatalogue.Value.All)
        {
            Assert.Equal(3, v.Selection.ApplicationLimit);
            Assert.Equal([CriterionKind.Nationality, CriterionKind.MinimumAge, CriterionKind.Education, CriterionKind.OfficialLanguage], v.Selection.Essential.Select(c => c.Kind));
            Assert.Equal(21, v.Selection.Essential[1].MinimumAge);
            Assert.Equal(2, v.Selection.Essential[2].MinimumStudyYears);
            Assert.Equal(12, v.Selection.Essential[2].RecentGraduateMonths);
            Assert.Equal(["en", "fr"], v.Selection.Essential[3].Languages);
            Assert.Equal(4, v.Selection.Desirable.Count);
            Assert.Equal(9, v.Selection.Competencies.Count);
            Assert.Equal([DocumentType.Qualification, DocumentType.ProofOfStudies], v.Documents!.Required.Select(d => d.Type));
            Assert.True(v.Documents.SelfTranslationAccepted);
            Assert.True(v.Documents.CheckedByInternshipOffice);
            Assert.NotNull(v.Policies.GenerativeAi);
            Assert.NotNull(v.Policies.Enquiries);
            Assert.NotNull(v.Policies.UpdatesAfterDeadline);
            Assert.NotNull(v.Policies.CandidatePool);
            Assert.NotNull(v.Policies.ReasonableAccommodation);
            Assert.NotNull(v.Policies.Diversity);
        }
    }

    [Fact]
    public void OnlyTheIctmNoticeLeavesDisabilityOutOfItsEncouragement()
    {
        Assert.DoesNotContain("disability to apply", V("ictm").Policies.Diversity!.En, StringComparison.Ordinal);
        Assert.Contains("disability to apply", V("nds").Policies.Diversity!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryShippedTextHasAFrenchVersion()
    {
        foreach (var v in ShippedCatalogue.Value.All)
        {
            var texts = new[] { v.Title, v.NatoBody, v.Division, v.Location }
                .Concat(v.About).Concat(v.Tasks).Concat(v.LearningOutcomes)
                .Concat(v.Units.SelectMany(u => new[] { u.Name, u.Description }.Concat(u.Areas)))
                .Concat(v.Selection.Essential.Concat(v.Selection.Desirable).Select(c => c.Text))
                .Concat(v.Selection.Competencies.SelectMany(c => new[] { c.Name, c.Description }))
                .OfType<LocalizedText>();
            Assert.All(texts, t => Assert.True(t.HasFrench, $"{v.Slug}: '{t.En}' has no French"));
        }
    }
}
