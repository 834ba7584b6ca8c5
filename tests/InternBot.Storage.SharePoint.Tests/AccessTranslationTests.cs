using Azure.Identity;
using InternBot.Core.Applications;
using Microsoft.Kiota.Abstractions;

namespace InternBot.Storage.SharePoint.Tests;

/// <summary>What goes wrong on the way to SharePoint reaches the tab as Core's problem, not as a Graph or Azure type.</summary>
public sealed class AccessTranslationTests
{
    public static TheoryData<Exception, ApplicationAccessProblem> Failures() => new()
    {
        { new AuthenticationFailedException("OnBehalfOfCredential authentication failed: AADSTS65001: consent missing"), ApplicationAccessProblem.ConsentRequired },
        { new AuthenticationFailedException("invalid_grant: assertion expired"), ApplicationAccessProblem.ConsentRequired },
        { new AuthenticationFailedException("interaction_required: MFA"), ApplicationAccessProblem.ConsentRequired },
        { new ApiException("forbidden") { ResponseStatusCode = 403 }, ApplicationAccessProblem.AccessDenied },
        { new ApiException("throttled") { ResponseStatusCode = 429 }, ApplicationAccessProblem.Busy },
        { new ApiException("unavailable") { ResponseStatusCode = 503 }, ApplicationAccessProblem.Busy },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task EachKnownFailureBecomesItsProblemOnEveryCall(Exception failure, ApplicationAccessProblem expected)
    {
        var store = new AccessTranslatingStore(new FailingStore(failure));
        var ct = TestContext.Current.CancellationToken;
        Func<Task>[] calls =
        [
            () => store.ListAsync(new ApplicationQuery(), ct),
            () => store.GetAsync("1", ct),
            () => store.UpdateAsync("1", new ApplicationUpdate(Notes: "n"), "v", "me", ct),
            () => store.ChangesAsync(null, ct),
            () => store.AddAsync([], ct),
            () => store.CountByVacancyAndStatusAsync(ct),
        ];
        foreach (var call in calls)
        {
            var e = await Assert.ThrowsAsync<ApplicationAccessException>(call);
            Assert.Equal(expected, e.Problem);
            Assert.Same(failure, e.InnerException);
        }
    }

    [Fact]
    public async Task OtherFailuresPassThroughUnchanged()
    {
        var notFound = new ApiException("not found") { ResponseStatusCode = 404 };
        var e = await Assert.ThrowsAsync<ApiException>(() => new AccessTranslatingStore(new FailingStore(notFound)).ChangesAsync(null, TestContext.Current.CancellationToken));
        Assert.Same(notFound, e);
        await Assert.ThrowsAsync<AuthenticationFailedException>(() => new AccessTranslatingStore(new FailingStore(new AuthenticationFailedException("AADSTS7000215: invalid client secret"))).GetAsync("1", TestContext.Current.CancellationToken));
    }

    private sealed class FailingStore(Exception failure) : IApplicationStore
    {
        public Task<ApplicationPage> ListAsync(ApplicationQuery query, CancellationToken cancellationToken) => throw failure;

        public Task<ApplicationRecord?> GetAsync(string id, CancellationToken cancellationToken) => throw failure;

        public Task<UpdateResult> UpdateAsync(string id, ApplicationUpdate update, string expectedVersion, string modifiedBy, CancellationToken cancellationToken) => throw failure;

        public Task<ApplicationChanges> ChangesAsync(string? token, CancellationToken cancellationToken) => throw failure;

        public Task<int> AddAsync(IReadOnlyList<ApplicationRecord> applications, CancellationToken cancellationToken) => throw failure;

        public Task<IReadOnlyList<ApplicationCount>> CountByVacancyAndStatusAsync(CancellationToken cancellationToken) => throw failure;
    }
}
