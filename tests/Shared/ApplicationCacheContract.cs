using InternBot.Core.Applications;

namespace InternBot.Storage.Tests;

/// <summary>The change-feed cache over a real store: complete on first load, current after changes.</summary>
public abstract class ApplicationCacheContract : ApplicationStoreContract
{
    [Fact]
    public async Task TheCacheStaysCompleteAndCurrentAcrossChanges()
    {
        var store = await CreateAsync(Enumerable.Range(1, 9).Select(n => Application(n)).ToList());
        using var cache = new ApplicationCache(store);
        var first = await cache.GetAllAsync(TestContext.Current.CancellationToken);
        Assert.Equal(9, first.Count);
        var target = first.Single(a => a.CandidateId == "C0004");
        await store.UpdateAsync(target.Id, new ApplicationUpdate(ApplicationStatus.Offer), target.Version, "x", TestContext.Current.CancellationToken);
        await store.AddAsync([Application(10)], TestContext.Current.CancellationToken);
        var second = await cache.GetAllAsync(TestContext.Current.CancellationToken);
        Assert.Equal(10, second.Count);
        Assert.Equal(ApplicationStatus.Offer, second.Single(a => a.CandidateId == "C0004").Status);
        Assert.Equal(9, first.Count); // an earlier snapshot is not disturbed
    }
}
