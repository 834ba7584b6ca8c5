using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Identity;
using InternBot.Bot.Tests.TestKit;
using InternBot.Core.Applications;
using InternBot.Storage.SharePoint;
using InternBot.Tab;
using InternBot.Tab.Applications;
using InternBot.Testing;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InternBot.Bot.Tests.Tab;

/// <summary>The local development sign-in, and SharePoint read on behalf of the signed-in user.</summary>
public sealed class TabSignInTests
{
    private static HttpClient Development(BotHost host, string user)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Development", user);
        return client;
    }

    [Fact]
    public async Task DevelopmentSignInWorksInDevelopmentFromThisMachineAndReadsTheSeededStore()
    {
        using var host = new BotHost(new() { ["Bot:AllowAnonymous"] = "true", ["Tab:AllowDevelopmentSignIn"] = "true", ["Storage:Sqlite:SeedOnFirstRun"] = "true", ["Roles:Staff:0"] = "dev-staff" }, "Development") { RemoteAddress = IPAddress.Loopback };
        var response = await Development(host, "dev-staff").GetAsync("/api/tab/applications?pageSize=5", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.True(body["total"]!.GetValue<int>() >= 2000);
        // The export is the whole filtered view, not one page of it.
        var csv = await Development(host, "dev-staff").GetStringAsync("/api/tab/applications/export.csv", TestContext.Current.CancellationToken);
        Assert.Equal(body["total"]!.GetValue<int>() + 1, Core.Csv.CsvTable.Parse(csv.TrimStart('\uFEFF')).Rows.Count + 1);
        var me = JsonNode.Parse(await Development(host, "dev-staff").GetStringAsync("/api/tab/me", TestContext.Current.CancellationToken))!;
        Assert.True(me["developmentSignIn"]!.GetValue<bool>());
    }

    [Fact]
    public async Task DevelopmentSignInNamesAPersonWhoseRolesComeFromTheRoleSettings()
    {
        using var host = new BotHost(new() { ["Bot:AllowAnonymous"] = "true", ["Tab:AllowDevelopmentSignIn"] = "true", ["Roles:IncludeSeededPeople"] = "true" }, "Development") { RemoteAddress = IPAddress.Loopback };
        async Task<string[]> RolesOf(string user) =>
            JsonNode.Parse(await Development(host, user).GetStringAsync("/api/tab/me", TestContext.Current.CancellationToken))!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ToArray();
        Assert.Equal(["Staff"], await RolesOf(SeedData.StaffMember));
        Assert.Equal(["Supervisor"], await RolesOf(SeedData.SupervisorOf("km")));
        Assert.Equal(["Intern"], await RolesOf(SeedData.Intern));
        Assert.Empty(await RolesOf("someone-else"));

        // Naming a role is no longer a way to get it.
        var response = await Development(host, "someone-else;Staff").GetAsync("/api/tab/me", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("development-sign-in-names-one-person", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        // The sign-in page offers exactly those people.
        var options = JsonNode.Parse(await host.CreateClient().GetStringAsync("/api/tab/sign-in-options", TestContext.Current.CancellationToken))!;
        Assert.Equal(SeedData.People(host.Services.GetRequiredService<Core.Vacancies.VacancyCatalogue>()).Select(p => p.ObjectId), options["people"]!.AsArray().Select(p => p!["objectId"]!.GetValue<string>()));
    }

    [Fact]
    public void SeededPeopleGetNoRolesOutsideDevelopment()
    {
        var host = BotHost.Authenticated();
        host.ExtraSettings["Roles:IncludeSeededPeople"] = "true";
        try
        {
            var failure = Assert.ThrowsAny<Exception>(() => host.Services);
            Assert.Contains("Roles:IncludeSeededPeople", failure.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            // Disposed apart from the start that failed: under load, disposing a host whose start failed can itself
            // throw ObjectDisposedException, which inside the asserted block hid the start's own error (a flaky run).
            try
            {
                host.Dispose();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    [Fact]
    public async Task DevelopmentSignInIsRefusedFromAnotherMachine()
    {
        using var host = new BotHost(new() { ["Bot:AllowAnonymous"] = "true", ["Tab:AllowDevelopmentSignIn"] = "true" }, "Development") { RemoteAddress = IPAddress.Parse("203.0.113.9") };
        var response = await Development(host, "dev-staff").GetAsync("/api/tab/me", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("development-sign-in-not-allowed", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentSignInIsRefusedWhenNotSwitchedOn()
    {
        using var host = new BotHost(new() { ["Bot:AllowAnonymous"] = "true", ["Tab:AllowDevelopmentSignIn"] = "false" }, "Development") { RemoteAddress = IPAddress.Loopback };
        Assert.Equal(HttpStatusCode.Unauthorized, (await Development(host, "dev-staff").GetAsync("/api/tab/me", TestContext.Current.CancellationToken)).StatusCode);
    }

    private sealed class RecordingCredential(string assertion, List<string> assertions, Exception? failure) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            lock (assertions)
            {
                assertions.Add(assertion);
            }

            return failure is null ? ValueTask.FromResult(new AccessToken($"graph-token-for-{assertion.GetHashCode():x}", DateTimeOffset.UtcNow.AddHours(1))) : throw failure;
        }
    }

    private static (BotHost Host, FakeGraph Graph, List<string> Assertions, Microsoft.IdentityModel.Tokens.RsaSecurityKey Key) SharePointHost(Exception? failure = null)
    {
        var graph = new FakeGraph();
        graph.CreateList(ApplicationListSchema.DefaultListName);
        var assertions = new List<string>();
        var host = BotHost.Authenticated();
        var key = host.Identity.Publish(FakeIdentityProvider.EntraMetadataTemplate.Replace("{tenant}", Tokens.TenantId, StringComparison.Ordinal), "tab-key");
        host.ExtraSettings["Tab:ApplicationStore"] = "SharePoint";
        host.ExtraSettings["Tab:ClientSecret"] = "obo-secret";
        host.ExtraSettings["Storage:SharePoint:GraphBaseUrl"] = FakeGraph.BaseUrl;
        host.ExtraSettings["Storage:SharePoint:SiteUrl"] = FakeGraph.SiteUrl;
        host.ExtraServices = services =>
        {
            services.RemoveAll<IApplicationSource>();
            services.AddSingleton<IApplicationSource>(sp => new OnBehalfOfApplicationSource(
                sp.GetRequiredService<IOptions<SharePointListOptions>>(), new SharePointListLocator(),
                sp.GetRequiredService<IMemoryCache>(), NullLoggerFactory.Instance,
                graph.HttpClient(),
                assertion => new RecordingCredential(assertion, assertions, failure)));
        };
        return (host, graph, assertions, key);
    }

    [Fact]
    public async Task SharePointIsReadOnBehalfOfTheUserWithTheirOwnSsoToken()
    {
        var (host, graph, assertions, key) = SharePointHost();
        host.ExtraSettings["Roles:Supervisor:0"] = "sup-1";
        using var _ = host;
        await GraphOnFakeStore(graph).AddAsync([new ApplicationRecord { CandidateId = "C1", DisplayName = "Ana", Vacancy = "nds", Campaign = "2025", Supervisors = "sup-1" }], TestContext.Current.CancellationToken);
        var token = Tokens.TabSso(key, "sup-1", ["Supervisor"]);
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var body = JsonNode.Parse(await client.GetStringAsync("/api/tab/applications", TestContext.Current.CancellationToken))!;
        Assert.Equal(1, body["total"]!.GetValue<int>());
        Assert.Contains(token, assertions);
        Assert.Contains(graph.Requests, r => r.PathAndQuery.Contains("/items/delta", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ApplicationAccessProblem.AccessDenied, HttpStatusCode.Forbidden, "sharepoint_access_denied")]
    [InlineData(ApplicationAccessProblem.Busy, HttpStatusCode.ServiceUnavailable, "sharepoint_busy")]
    [InlineData(ApplicationAccessProblem.ConsentRequired, HttpStatusCode.Forbidden, "consent_required")]
    public async Task AStoreThatCannotBeReadAnswersWhatThePageCanActOn(ApplicationAccessProblem problem, HttpStatusCode status, string error)
    {
        using var host = new BotHost(new() { ["Bot:AllowAnonymous"] = "true", ["Tab:AllowDevelopmentSignIn"] = "true", ["Roles:Staff:0"] = "dev-staff" }, "Development") { RemoteAddress = IPAddress.Loopback };
        host.ExtraServices = services =>
        {
            services.RemoveAll<IApplicationSource>();
            services.AddSingleton<IApplicationSource>(new UnreadableSource(problem));
        };
        var response = await Development(host, "dev-staff").GetAsync("/api/tab/applications", TestContext.Current.CancellationToken);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(error, JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["error"]!.GetValue<string>());
        Assert.Equal(problem == ApplicationAccessProblem.Busy, response.Headers.RetryAfter is not null);
    }

    private sealed class UnreadableSource(ApplicationAccessProblem problem) : IApplicationSource
    {
        public IApplicationStore StoreFor(ApplicationReader reader) => throw new ApplicationAccessException(problem, new InvalidOperationException("from the adapter"));

        public ApplicationCache CacheFor(ApplicationReader reader) => throw new ApplicationAccessException(problem, new InvalidOperationException("from the adapter"));
    }

    [Fact]
    public async Task MissingConsentAnswersConsentRequired()
    {
        var (host, _, _, key) = SharePointHost(new AuthenticationFailedException("OnBehalfOfCredential authentication failed: AADSTS65001: The user or administrator has not consented to use the application."));
        using var _ = host;
        host.ExtraSettings["Roles:Staff:0"] = "staff-1";
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.TabSso(key, "staff-1", ["Staff"]));
        var response = await client.GetAsync("/api/tab/applications", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("consent_required", JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["error"]!.GetValue<string>());
    }

    private static SharePointApplicationStore GraphOnFakeStore(FakeGraph graph) =>
        new(graph.Client(),
            new SharePointListOptions { SiteUrl = FakeGraph.SiteUrl }, new SharePointListLocator(), NullLogger<SharePointApplicationStore>.Instance);
}
