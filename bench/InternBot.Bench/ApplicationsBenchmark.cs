using System.Diagnostics;
using System.Globalization;
using InternBot.Core.Applications;
using InternBot.Core.Vacancies;
using InternBot.Storage.SharePoint;
using InternBot.Storage.Sqlite;
using InternBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace InternBot.Bench;

/// <summary>
/// Loading every application the tab needs: from SharePoint through Microsoft Graph (the in-process fake with a fixed
/// latency added to each request, the SDK's real middleware in front), cold and then warm through the delta-based
/// cache; and from the embedded SQLite store for comparison.
/// </summary>
internal static class ApplicationsBenchmark
{
    private const int Count = 10_000;
    private const int ChangedBetweenLoads = 25;

    public static async Task<int> RunAsync(int latencyMs)
    {
        var catalogue = VacancyCatalogueLoader.Load(VacancyCatalogueLoader.DefaultPath).Catalogue
            ?? throw new InvalidOperationException("The shipped vacancy catalogue did not load.");
        var applications = SeedData.Generate(catalogue, Count);
        var ct = CancellationToken.None;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Count:N0} applications; SharePoint through Graph with {latencyMs} ms added per request (fake Graph returns at most 200 items per page, as SharePoint does by default); {Environment.ProcessorCount} cores"));
        Console.WriteLine();
        Console.WriteLine("| store | load | ms | Graph requests | applications |");
        Console.WriteLine("|---|---|---:|---:|---:|");

        var fake = new FakeGraph();
        fake.CreateList(ApplicationListSchema.DefaultListName);
        await NewSharePointStore(fake).AddAsync(applications, ct);
        fake.Latency = TimeSpan.FromMilliseconds(latencyMs);

        // A fresh store and cache, as after a restart: resolve the site and list, then read everything by delta.
        var sharePoint = NewSharePointStore(fake);
        using (var cache = new ApplicationCache(sharePoint))
        {
            await Row("SharePoint (Graph)", "cold: everything", fake, () => cache.GetAllAsync(ct));
            await Row("SharePoint (Graph)", "warm: nothing changed", fake, () => cache.GetAllAsync(ct));
            await ChangeSome(sharePoint, fake, ct);
            await Row("SharePoint (Graph)", $"warm: {ChangedBetweenLoads} changed", fake, () => cache.GetAllAsync(ct));
            await Row("SharePoint (Graph)", "first page of 50 for one vacancy (indexed filter)", fake, async () => (await sharePoint.ListAsync(new ApplicationQuery(Vacancy: "nds", PageSize: 50), ct)).Items);
        }

        var path = Path.Combine(Path.GetTempPath(), $"internbot-bench-{Guid.NewGuid():N}.db");
        try
        {
            var database = new SqliteDatabase(path);
            await database.MigrateAsync(ct);
            var sqlite = new SqliteApplicationStore(database, TimeProvider.System);
            await sqlite.AddAsync(applications, ct);
            using var cache = new ApplicationCache(sqlite);
            await Row("SQLite (embedded)", "cold: everything", null, () => cache.GetAllAsync(ct));
            await Row("SQLite (embedded)", "warm: nothing changed", null, () => cache.GetAllAsync(ct));
            await ChangeSome(sqlite, null, ct);
            await Row("SQLite (embedded)", $"warm: {ChangedBetweenLoads} changed", null, () => cache.GetAllAsync(ct));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }

        return 0;
    }

    private static SharePointApplicationStore NewSharePointStore(FakeGraph fake) =>
        new(fake.Client(), new SharePointListOptions { SiteUrl = FakeGraph.SiteUrl, PageSize = 999 }, new SharePointListLocator(), NullLogger<SharePointApplicationStore>.Instance);

    // Status changes made by someone else between two loads; latency is switched off so only the load is timed.
    private static async Task ChangeSome(IApplicationStore store, FakeGraph? fake, CancellationToken ct)
    {
        var latency = fake?.Latency ?? TimeSpan.Zero;
        if (fake is not null)
        {
            fake.Latency = TimeSpan.Zero;
        }

        var page = await store.ListAsync(new ApplicationQuery(PageSize: ChangedBetweenLoads), ct);
        foreach (var a in page.Items)
        {
            var result = await store.UpdateAsync(a.Id, new ApplicationUpdate(ApplicationStatus.Screening, "benchmark"), a.Version, "bench", ct);
            if (result.Outcome != UpdateOutcome.Updated)
            {
                throw new InvalidOperationException($"Update of {a.Id} was {result.Outcome}.");
            }
        }

        if (fake is not null)
        {
            fake.Latency = latency;
        }
    }

    private static async Task Row(string store, string load, FakeGraph? fake, Func<Task<IReadOnlyCollection<ApplicationRecord>>> run)
    {
        var before = fake?.RequestCount ?? 0;
        var watch = Stopwatch.StartNew();
        var items = await run();
        watch.Stop();
        var requests = fake is null ? "–" : (fake.RequestCount - before).ToString(CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {store} | {load} | {watch.Elapsed.TotalMilliseconds:0} | {requests} | {items.Count:N0} |"));
    }
}
