using System.Net;
using System.Text.Json;
using InternBot.Bot.Roles;
using InternBot.Bot.Tests.TestKit;
using InternBot.Core.Roles;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InternBot.Bot.Tests.Roles;

public sealed class EntraGroupRoleProviderTests
{
    private const string StaffGroup = "11111111-0000-0000-0000-000000000001";
    private const string InternGroup = "11111111-0000-0000-0000-000000000003";

    private static (EntraGroupRoleProvider Provider, ScriptedGraph Graph) Create(Func<HttpRequestMessage, string?, HttpResponseMessage> answer)
    {
        var graph = new ScriptedGraph(answer);
        var options = new RoleOptions
        {
            Source = RoleSource.EntraGroups,
            Groups = new RoleGroups { Staff = StaffGroup, Intern = InternGroup },
            Graph = new GraphAccess { BaseUrl = "https://graph.test/v1.0", TenantId = "t", ClientId = "c", ClientSecret = "s" },
        };
        var client = EntraGroupRoleProvider.CreateGraphClient(options.Graph, graph);
        return (new EntraGroupRoleProvider(client, new Monitor(options), TimeProvider.System, NullLogger<EntraGroupRoleProvider>.Instance), graph);
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) => new(status) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };

    private static HttpResponseMessage Members(string? body, params string[] member)
    {
        var asked = JsonDocument.Parse(body!).RootElement.GetProperty("groupIds").EnumerateArray().Select(e => e.GetString()).ToList();
        return Json(HttpStatusCode.OK, JsonSerializer.Serialize(new { value = member.Where(asked.Contains) }));
    }

    [Fact]
    public async Task RolesAreTheConfiguredGroupsThePersonBelongsTo()
    {
        var (provider, graph) = Create((_, body) => Members(body, StaffGroup, InternGroup, "some-other-group"));
        var roles = await provider.GetRolesAsync("t", "oid-1", TestContext.Current.CancellationToken);
        Assert.Equal([Role.Staff, Role.Intern], roles.Order());
        var call = Assert.Single(graph.Calls);
        Assert.Equal("/v1.0/users/oid-1/checkMemberGroups", call.Path);
        Assert.Contains(StaffGroup, call.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANonMemberHasNoRole()
    {
        var (provider, _) = Create((_, body) => Members(body));
        Assert.Empty(await provider.GetRolesAsync("t", "oid-2", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AnswersAreCachedForAFewMinutes()
    {
        var (provider, graph) = Create((_, body) => Members(body, StaffGroup));
        await provider.GetRolesAsync("t", "oid-3", TestContext.Current.CancellationToken);
        await provider.GetRolesAsync("t", "OID-3", TestContext.Current.CancellationToken);
        Assert.Single(graph.Calls);
    }

    [Fact]
    public async Task ThrottlingOfThePostIsRetriedAfterRetryAfter()
    {
        var attempts = 0;
        var (provider, graph) = Create((_, body) =>
        {
            if (attempts++ == 0)
            {
                var throttled = Json(HttpStatusCode.TooManyRequests, """{"error":{"code":"TooManyRequests","message":"slow down"}}""");
                throttled.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
                return throttled;
            }

            return Members(body, StaffGroup);
        });
        Assert.Equal([Role.Staff], await provider.GetRolesAsync("t", "oid-4", TestContext.Current.CancellationToken));
        Assert.Equal(2, graph.Calls.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task AGraphErrorGrantsNothing(HttpStatusCode status)
    {
        var (provider, _) = Create((_, _) => Json(status, """{"error":{"code":"Oops","message":"no"}}"""));
        Assert.Empty(await provider.GetRolesAsync("t", "oid-5", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task NoObjectIdMeansNoRoleAndNoCall()
    {
        var (provider, graph) = Create((_, body) => Members(body, StaffGroup));
        Assert.Empty(await provider.GetRolesAsync("t", null, TestContext.Current.CancellationToken));
        Assert.Empty(graph.Calls);
    }

    private sealed class Monitor(RoleOptions value) : IOptionsMonitor<RoleOptions>
    {
        public RoleOptions CurrentValue => value;

        public RoleOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<RoleOptions, string?> listener) => null;
    }
}
