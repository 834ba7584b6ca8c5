using System.Net;
using InternBot.Core.Applications;
using InternBot.Testing;
using InternBot.Storage.Tests;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Graph;

namespace InternBot.Storage.SharePoint.Tests;

/// <summary>The store on the fake Graph.</summary>
internal static class GraphOnFake
{
    public static SharePointListOptions Options => new() { SiteUrl = FakeGraph.SiteUrl, PageSize = 999 };

    public static SharePointApplicationStore Store(FakeGraph fake) =>
        new(fake.Client(), Options, new SharePointListLocator(), NullLogger<SharePointApplicationStore>.Instance);
}

public sealed class SharePointStoreContractTests : ApplicationCacheContract
{
    protected override async Task<IApplicationStore> CreateAsync(IReadOnlyList<ApplicationRecord> applications)
    {
        var fake = new FakeGraph { MaxPageSize = 4 };
        fake.CreateList(ApplicationListSchema.DefaultListName);
        var store = GraphOnFake.Store(fake);
        await store.AddAsync(applications, TestContext.Current.CancellationToken);
        return store;
    }
}

public sealed class SharePointStoreTests
{
    private static async Task<(SharePointApplicationStore Store, FakeGraph Fake)> Seeded(int count, int pageSize = 50)
    {
        var fake = new FakeGraph { MaxPageSize = pageSize };
        fake.CreateList(ApplicationListSchema.DefaultListName);
        var store = GraphOnFake.Store(fake);
        await store.AddAsync(Enumerable.Range(1, count).Select(n => new ApplicationRecord { CandidateId = $"C{n}", DisplayName = $"P {n}", Vacancy = n % 2 == 0 ? "nds" : "km", Campaign = "c", Supervisors = n % 3 == 0 ? "sup-x" : null }).ToList(), TestContext.Current.CancellationToken);
        return (store, fake);
    }

    [Fact]
    public async Task TheSiteAndListAreResolvedOnceByPathAndName()
    {
        var (store, fake) = await Seeded(5);
        await store.ListAsync(new ApplicationQuery(), TestContext.Current.CancellationToken);
        await store.GetAsync("1", TestContext.Current.CancellationToken);
        Assert.Single(fake.Requests, r => r.PathAndQuery.Contains("contoso.sharepoint.com:/sites/internships", StringComparison.Ordinal));
        Assert.Single(fake.Requests, r => r.PathAndQuery.Contains("displayName eq 'InternBot Applications'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadsSelectTheSchemasFieldsAndFilterOnlyOnIndexedColumns()
    {
        var (store, fake) = await Seeded(10);
        var page = await store.ListAsync(new ApplicationQuery(Vacancy: "nds", Supervisor: "sup-x"), TestContext.Current.CancellationToken);
        Assert.Equal(["C6"], page.Items.Select(a => a.CandidateId));
        var read = fake.Requests.Last(r => r.PathAndQuery.Contains("/items?", StringComparison.Ordinal)).PathAndQuery;
        Assert.Contains("fields($select=Title,CandidateId", read, StringComparison.Ordinal);
        Assert.Contains("fields/Vacancy eq 'nds'", read, StringComparison.Ordinal);
        Assert.DoesNotContain("Supervisors", read[read.IndexOf("$filter", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesFollowNextLinkWhateverPageSizeTheServiceChooses()
    {
        var (store, fake) = await Seeded(25, pageSize: 7);
        var count = 0;
        var pages = 0;
        string? token = null;
        do
        {
            var page = await store.ListAsync(new ApplicationQuery(PageSize: 100, ContinuationToken: token), TestContext.Current.CancellationToken);
            count += page.Items.Count;
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null);
        Assert.Equal(25, count);
        Assert.Equal(4, pages);
    }

    [Fact]
    public async Task AFilterOnANonIndexedColumnIsRefusedByTheServiceSoTheAdapterNeverSendsOne()
    {
        var fake = new FakeGraph();
        var list = fake.CreateList(ApplicationListSchema.DefaultListName, indexed: false);
        var store = GraphOnFake.Store(fake);
        var e = await Assert.ThrowsAnyAsync<Exception>(() => store.ListAsync(new ApplicationQuery(Vacancy: "nds"), TestContext.Current.CancellationToken));
        Assert.Contains("not indexed", e.Message + e.InnerException?.Message, StringComparison.Ordinal);
        Assert.NotNull(list);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task ThrottlingIsRetriedAfterRetryAfterByTheSdkMiddleware(HttpStatusCode status)
    {
        var (store, fake) = await Seeded(3);
        await store.GetAsync("1", TestContext.Current.CancellationToken);
        fake.FailNext(status, retryAfterSeconds: 1);
        var before = fake.RequestCount;
        Assert.NotNull(await store.GetAsync("2", TestContext.Current.CancellationToken));
        Assert.Equal(before + 2, fake.RequestCount);
    }

    [Fact]
    public async Task UpdatesSendIfMatchAndA412IsAConflict()
    {
        var (store, fake) = await Seeded(1);
        var a = (await store.GetAsync("1", TestContext.Current.CancellationToken))!;
        Assert.StartsWith("\"{", a.Version, StringComparison.Ordinal);
        fake.List(ApplicationListSchema.DefaultListName)!.Touch(fake.List(ApplicationListSchema.DefaultListName)!.Items["1"]); // someone else edits it
        var result = await store.UpdateAsync("1", new ApplicationUpdate(ApplicationStatus.Offer), a.Version, "me", TestContext.Current.CancellationToken);
        Assert.Equal(UpdateOutcome.Conflict, result.Outcome);
        Assert.NotEqual(a.Version, result.Current!.Version);
    }

    [Fact]
    public async Task DeltaReportsDeletedItemsAndAnExpiredTokenStartsOver()
    {
        var (store, fake) = await Seeded(6, pageSize: 4);
        var first = await store.ChangesAsync(null, TestContext.Current.CancellationToken);
        Assert.Equal(6, first.Changed.Count);
        var list = fake.List(ApplicationListSchema.DefaultListName)!;
        list.Delete("2");
        var second = await store.ChangesAsync(first.Token, TestContext.Current.CancellationToken);
        Assert.Equal(["2"], second.Deleted);
        Assert.Empty(second.Changed);

        fake.OldestValidDelta = list.Sequence + 1;
        var resync = await store.ChangesAsync(second.Token, TestContext.Current.CancellationToken);
        Assert.True(resync.FullResync);
        Assert.Equal(5, resync.Changed.Count);
    }

    [Fact]
    public async Task ThrottledStepsOfABatchAreSentAgain()
    {
        var fake = new FakeGraph { ThrottleBatchSteps = 3 };
        fake.CreateList(ApplicationListSchema.DefaultListName);
        var store = GraphOnFake.Store(fake);
        var written = await store.AddAsync(Enumerable.Range(1, 30).Select(n => new ApplicationRecord { CandidateId = $"C{n}", DisplayName = "x", Vacancy = "nds", Campaign = "c" }).ToList(), TestContext.Current.CancellationToken);
        Assert.Equal(30, written);
        Assert.Equal(30, fake.List(ApplicationListSchema.DefaultListName)!.Items.Count);
        Assert.Equal(3, fake.Requests.Count(r => r.PathAndQuery == "/v1.0/$batch"));
    }

    [Fact]
    public async Task AMissingListSaysHowToCreateIt()
    {
        var store = GraphOnFake.Store(new FakeGraph());
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => store.ListAsync(new ApplicationQuery(), TestContext.Current.CancellationToken));
        Assert.Contains("internbot provision --site", e.Message, StringComparison.Ordinal);
    }
}
