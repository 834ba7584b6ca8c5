using InternBot.Core.Applications;

namespace InternBot.Storage.Tests;

/// <summary>
/// What every applications store must do, whichever adapter (SQLite, SharePoint through Graph) is behind it. Each
/// adapter's test project subclasses this with a factory; this file is compiled into both.
/// </summary>
public abstract class ApplicationStoreContract
{
    /// <summary>A store already holding <paramref name="applications"/>.</summary>
    protected abstract Task<IApplicationStore> CreateAsync(IReadOnlyList<ApplicationRecord> applications);

    protected static ApplicationRecord Application(int n, string vacancy = "nds", ApplicationStatus status = ApplicationStatus.Submitted, string? supervisors = "sup-a") => new()
    {
        CandidateId = $"C{n:D4}", DisplayName = $"Person {n}", Email = $"p{n}@example.org", Vacancy = vacancy, Campaign = "closing-2025-06-22",
        Nationalities = "BE;FR", DateOfBirth = new DateOnly(2001, 2, 3), EnrolledStudent = true, YearsCompleted = 2.5m, DegreeLevel = "bachelor",
        DegreeAwardedOn = new DateOnly(2024, 6, 30), Languages = "en:C1;fr:B2", Documents = "proofOfStudies:en", Status = status, Supervisors = supervisors,
        SubmittedAt = DateTimeOffset.Parse("2025-06-20T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static async Task<List<ApplicationRecord>> All(IApplicationStore store, ApplicationQuery query)
    {
        var all = new List<ApplicationRecord>();
        var page = await store.ListAsync(query, TestContext.Current.CancellationToken);
        all.AddRange(page.Items);
        while (page.ContinuationToken is { } next)
        {
            page = await store.ListAsync(query with { ContinuationToken = next }, TestContext.Current.CancellationToken);
            all.AddRange(page.Items);
        }

        return all;
    }

    [Fact]
    public async Task EveryApplicationComesBackOnceAcrossPages()
    {
        var store = await CreateAsync(Enumerable.Range(1, 23).Select(n => Application(n)).ToList());
        var all = await All(store, new ApplicationQuery(PageSize: 5));
        Assert.Equal(23, all.Count);
        Assert.Equal(23, all.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public async Task EveryFieldRoundTrips()
    {
        var original = Application(1) with { Notes = "Line one\nline two, with 'quotes'", AdvancedItUser = true, PriorExperience = false, DegreeRelevant = null };
        var store = await CreateAsync([original]);
        var read = Assert.Single(await All(store, new ApplicationQuery()));
        Assert.Equal(original with { Id = read.Id, Version = read.Version, Modified = read.Modified, ModifiedBy = read.ModifiedBy }, read);
        Assert.False(string.IsNullOrEmpty(read.Version));
    }

    [Fact]
    public async Task FiltersByVacancyStatusAndSupervisor()
    {
        var store = await CreateAsync(
        [
            Application(1, "nds"), Application(2, "km"), Application(3, "nds", ApplicationStatus.Shortlisted),
            Application(4, "km", ApplicationStatus.Shortlisted, "sup-b"), Application(5, "jis", supervisors: "sup-a;sup-b"),
        ]);
        Assert.Equal(["C0001", "C0003"], (await All(store, new ApplicationQuery(Vacancy: "nds"))).Select(a => a.CandidateId).Order());
        Assert.Equal(["C0003", "C0004"], (await All(store, new ApplicationQuery(Status: ApplicationStatus.Shortlisted))).Select(a => a.CandidateId).Order());
        Assert.Equal(["C0004", "C0005"], (await All(store, new ApplicationQuery(Supervisor: "sup-b"))).Select(a => a.CandidateId).Order());
        Assert.Equal(["C0004"], (await All(store, new ApplicationQuery(Vacancy: "km", Status: ApplicationStatus.Shortlisted, Supervisor: "sup-b"))).Select(a => a.CandidateId));
        Assert.Empty(await All(store, new ApplicationQuery(Supervisor: "sup")));
    }

    [Fact]
    public async Task GetFindsOneAndNotAnother()
    {
        var store = await CreateAsync([Application(1)]);
        var id = (await All(store, new ApplicationQuery())).Single().Id;
        Assert.Equal("C0001", (await store.GetAsync(id, TestContext.Current.CancellationToken))?.CandidateId);
        Assert.Null(await store.GetAsync("987654", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AnUpdateWithTheCurrentVersionIsSavedAndChangesTheVersion()
    {
        var store = await CreateAsync([Application(1)]);
        var a = (await All(store, new ApplicationQuery())).Single();
        var result = await store.UpdateAsync(a.Id, new ApplicationUpdate(ApplicationStatus.Interview, "Strong profile"), a.Version, "staff-1", TestContext.Current.CancellationToken);
        Assert.Equal(UpdateOutcome.Updated, result.Outcome);
        Assert.Equal(ApplicationStatus.Interview, result.Current!.Status);
        Assert.Equal("Strong profile", result.Current.Notes);
        Assert.NotEqual(a.Version, result.Current.Version);
        Assert.Equal(ApplicationStatus.Interview, (await store.GetAsync(a.Id, TestContext.Current.CancellationToken))!.Status);
    }

    [Fact]
    public async Task AStaleVersionIsAConflictWithTheCurrentRecordAndNothingIsOverwritten()
    {
        var store = await CreateAsync([Application(1)]);
        var a = (await All(store, new ApplicationQuery())).Single();
        await store.UpdateAsync(a.Id, new ApplicationUpdate(ApplicationStatus.Shortlisted), a.Version, "staff-1", TestContext.Current.CancellationToken);
        var stale = await store.UpdateAsync(a.Id, new ApplicationUpdate(ApplicationStatus.Rejected, "too late"), a.Version, "staff-2", TestContext.Current.CancellationToken);
        Assert.Equal(UpdateOutcome.Conflict, stale.Outcome);
        Assert.Equal(ApplicationStatus.Shortlisted, stale.Current!.Status);
        var now = await store.GetAsync(a.Id, TestContext.Current.CancellationToken);
        Assert.Equal(ApplicationStatus.Shortlisted, now!.Status);
        Assert.Null(now.Notes);
    }

    [Fact]
    public async Task TwoConcurrentUpdatesOfOneApplicationHaveExactlyOneWinner()
    {
        var store = await CreateAsync([Application(1)]);
        var a = (await All(store, new ApplicationQuery())).Single();
        var results = await Task.WhenAll(
            store.UpdateAsync(a.Id, new ApplicationUpdate(ApplicationStatus.Offer, "from A"), a.Version, "staff-a", TestContext.Current.CancellationToken),
            store.UpdateAsync(a.Id, new ApplicationUpdate(ApplicationStatus.Rejected, "from B"), a.Version, "staff-b", TestContext.Current.CancellationToken));
        Assert.Single(results, r => r.Outcome == UpdateOutcome.Updated);
        Assert.Single(results, r => r.Outcome == UpdateOutcome.Conflict);
        var winner = results.Single(r => r.Outcome == UpdateOutcome.Updated).Current!;
        var stored = await store.GetAsync(a.Id, TestContext.Current.CancellationToken);
        Assert.Equal((winner.Status, winner.Notes), (stored!.Status, stored.Notes));
    }

    [Fact]
    public async Task UpdatingAMissingApplicationSaysSo()
    {
        var store = await CreateAsync([Application(1)]);
        Assert.Equal(UpdateOutcome.NotFound, (await store.UpdateAsync("987654", new ApplicationUpdate(ApplicationStatus.Offer), "1", "x", TestContext.Current.CancellationToken)).Outcome);
    }

    [Fact]
    public async Task CountsArePerVacancyAndStatus()
    {
        var store = await CreateAsync([Application(1, "nds"), Application(2, "nds"), Application(3, "km", ApplicationStatus.Offer)]);
        var counts = await store.CountByVacancyAndStatusAsync(TestContext.Current.CancellationToken);
        Assert.Contains(new ApplicationCount("nds", ApplicationStatus.Submitted, 2), counts);
        Assert.Contains(new ApplicationCount("km", ApplicationStatus.Offer, 1), counts);
        Assert.Equal(2, counts.Count);
    }

    [Fact]
    public async Task TheChangeFeedGivesEverythingOnceThenOnlyWhatChanged()
    {
        var store = await CreateAsync(Enumerable.Range(1, 12).Select(n => Application(n)).ToList());
        var first = await store.ChangesAsync(null, TestContext.Current.CancellationToken);
        Assert.True(first.FullResync);
        Assert.Equal(12, first.Changed.Count);

        var nothing = await store.ChangesAsync(first.Token, TestContext.Current.CancellationToken);
        Assert.Empty(nothing.Changed);
        Assert.False(nothing.FullResync);

        var target = first.Changed.First(a => a.CandidateId == "C0007");
        await store.UpdateAsync(target.Id, new ApplicationUpdate(ApplicationStatus.Screening), target.Version, "x", TestContext.Current.CancellationToken);
        var one = await store.ChangesAsync(nothing.Token, TestContext.Current.CancellationToken);
        Assert.Equal("C0007", Assert.Single(one.Changed).CandidateId);
        Assert.Equal(ApplicationStatus.Screening, one.Changed[0].Status);
    }

    [Fact]
    public async Task TheApplicationLimitIsCountedFromTheSameCandidatesOtherApplications()
    {
        var store = await CreateAsync([Application(1, "nds"), Application(1, "km"), Application(1, "jis"), Application(1, "ocio")]);
        var all = await All(store, new ApplicationQuery());
        var catalogue = Core.Vacancies.VacancyCatalogueLoader.LoadOrThrow(Core.Vacancies.VacancyCatalogueLoader.DefaultPath);
        var nds = all.Single(a => a.Vacancy == "nds");
        var profile = ApplicationEligibility.ToProfile(nds, all.Where(a => a.CandidateId == nds.CandidateId), catalogue);
        var decision = new Core.Eligibility.EligibilityEngine(TimeProvider.System).Evaluate(profile, catalogue.Get("nds")!);
        Assert.Equal(Core.Eligibility.Outcome.Failed, decision.Criteria.Single(c => c.Criterion == "applicationLimit").Outcome);
    }
}
