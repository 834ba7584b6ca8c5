using InternBot.Core.Applications;
using InternBot.Storage.Tests;
using Microsoft.Data.Sqlite;

namespace InternBot.Storage.Sqlite.Tests;

public sealed class SqliteApplicationStoreContractTests : ApplicationCacheContract, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"internbot-apps-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(f);
        }
    }

    protected override async Task<IApplicationStore> CreateAsync(IReadOnlyList<ApplicationRecord> applications)
    {
        var db = new SqliteDatabase(_path);
        await db.MigrateAsync(TestContext.Current.CancellationToken);
        var store = new SqliteApplicationStore(db, TimeProvider.System);
        await store.AddAsync(applications, TestContext.Current.CancellationToken);
        return store;
    }

    [Fact]
    public async Task DeletedApplicationsAppearInTheChangeFeed()
    {
        var store = (SqliteApplicationStore)await CreateAsync([Application(1), Application(2)]);
        var first = await store.ChangesAsync(null, TestContext.Current.CancellationToken);
        await store.DeleteAsync(first.Changed[0].Id, TestContext.Current.CancellationToken);
        var next = await store.ChangesAsync(first.Token, TestContext.Current.CancellationToken);
        Assert.Equal([first.Changed[0].Id], next.Deleted);
    }

    [Fact]
    public async Task TheSeedDataSetIsDeterministicAndLarge()
    {
        var catalogue = Core.Vacancies.VacancyCatalogueLoader.LoadOrThrow(Core.Vacancies.VacancyCatalogueLoader.DefaultPath);
        var a = SeedData.Generate(catalogue);
        var b = SeedData.Generate(catalogue);
        Assert.True(a.Count >= 2000);
        Assert.Equal(a, b);
        Assert.Equal(catalogue.All.Select(v => v.Slug).Order(), a.Select(x => x.Vacancy).Distinct().Order());
        var countries = a.SelectMany(x => (x.Nationalities ?? "").Split(';')).Distinct().ToList();
        Assert.True(countries.Count >= 25);
        Assert.Contains(countries, c => Core.Eligibility.Countries.Find(c) is { IsNatoMember: false });
    }

    [Fact]
    public async Task TheSeedDataExercisesEveryEligibilityRuleBothWays()
    {
        var catalogue = Core.Vacancies.VacancyCatalogueLoader.LoadOrThrow(Core.Vacancies.VacancyCatalogueLoader.DefaultPath);
        var all = SeedData.Generate(catalogue);
        var engine = new Core.Eligibility.EligibilityEngine(TimeProvider.System);
        var outcomes = all.Select((a, i) => engine.Evaluate(ApplicationEligibility.ToProfile(a with { Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture) }, all.Where(o => o.CandidateId == a.CandidateId), catalogue), catalogue.Get(a.Vacancy)!))
            .SelectMany(d => d.Criteria).GroupBy(c => c.Criterion).ToDictionary(g => g.Key, g => g.Select(c => c.Outcome).Distinct().ToList());
        foreach (var criterion in new[] { "nationality", "age", "education", "language", "deadline", "applicationLimit", "documents" })
        {
            Assert.Contains(Core.Eligibility.Outcome.Passed, outcomes[criterion]);
            Assert.Contains(Core.Eligibility.Outcome.Failed, outcomes[criterion]);
        }
    }
}
