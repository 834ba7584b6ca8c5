using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InternBot.Bot.Roles;
using InternBot.Bot.Tests.TestKit;
using InternBot.Core.Roles;
using Microsoft.Extensions.DependencyInjection;

namespace InternBot.Bot.Tests.Roles;

/// <summary>
/// One role source for bot and tab: for each person, what chat lets them do (staff counts, supervisors'
/// notifications, interns' onboarding reminders) and what the tab says and lets them open come from the same answer,
/// with roles from configuration and from Entra groups (a fake Graph).
/// </summary>
public sealed class OneRoleSourceTests
{
    private const string StaffPerson = "a1000000-0000-0000-0000-000000000001";
    private const string SupervisorPerson = "a1000000-0000-0000-0000-000000000002";
    private const string InternPerson = "a1000000-0000-0000-0000-000000000003";
    private const string Nobody = "a1000000-0000-0000-0000-000000000004";
    private const string StaffGroup = "9a000000-0000-0000-0000-000000000001";
    private const string SupervisorGroup = "9a000000-0000-0000-0000-000000000002";
    private const string InternGroup = "9a000000-0000-0000-0000-000000000003";

    private static readonly Dictionary<string, string[]> GroupsOf = new()
    {
        [StaffPerson] = [StaffGroup],
        [SupervisorPerson] = [SupervisorGroup],
        [InternPerson] = [InternGroup],
        [Nobody] = [],
    };

    /// <summary>checkMemberGroups: the asked groups the user is in.</summary>
    private static ScriptedGraph GroupGraph() => new((request, body) =>
    {
        var user = request.RequestUri!.AbsolutePath.Split('/')[^2];
        var asked = JsonDocument.Parse(body!).RootElement.GetProperty("groupIds").EnumerateArray().Select(e => e.GetString()!);
        var member = asked.Intersect(GroupsOf.GetValueOrDefault(user, [])).ToArray();
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(JsonSerializer.Serialize(new { value = member }), Encoding.UTF8, "application/json") };
    });

    private static BotHost Host(string mode, ScriptedGraph graph)
    {
        var settings = new Dictionary<string, string?> { ["Bot:AllowAnonymous"] = "true", ["Tab:AllowDevelopmentSignIn"] = "true" };
        if (mode == "Configuration")
        {
            settings["Roles:Staff:0"] = StaffPerson;
            settings["Roles:Supervisor:0"] = SupervisorPerson;
            settings["Roles:Intern:0"] = InternPerson;
        }
        else
        {
            settings["Roles:Source"] = "EntraGroups";
            settings["Roles:Groups:Staff"] = StaffGroup;
            settings["Roles:Groups:Supervisor"] = SupervisorGroup;
            settings["Roles:Groups:Intern"] = InternGroup;
            settings["Roles:Graph:BaseUrl"] = "https://graph.test/v1.0";
            settings["Roles:Graph:TenantId"] = Tokens.TenantId;
            settings["Roles:Graph:ClientId"] = "roles-client";
            settings["Roles:Graph:ClientSecret"] = "not-a-real-secret";
        }

        var host = new BotHost(settings, "Development") { RemoteAddress = IPAddress.Loopback };
        host.ExtraServices = services =>
        {
            // The Graph SDK asks Entra for a token only for Microsoft's Graph hosts, so nothing leaves the machine.
            services.AddHttpClient(RoleRegistration.GraphHttpClient).ConfigurePrimaryHttpMessageHandler(() => graph);
        };
        return host;
    }

    private static async Task<string> ChatAsync(BotHost host, string person, string text)
    {
        var activity = Activities.Message(text, conversation: $"a:{person}", expectReplies: true);
        activity["from"] = new { id = $"29:{person}", name = "Someone", aadObjectId = person };
        var response = await host.PostAsync(activity);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>What chat lets the person do, read back as roles.</summary>
    private static async Task<SortedSet<string>> RolesInChatAsync(BotHost host, string person)
    {
        var roles = new SortedSet<string>();
        if (!(await ChatAsync(host, person, "how many applications do we have?")).Contains("for internship staff only", StringComparison.Ordinal))
        {
            roles.Add(nameof(Role.Staff));
        }

        if (!(await ChatAsync(host, person, "notify me")).Contains("Notifications are for supervisors", StringComparison.Ordinal))
        {
            roles.Add(nameof(Role.Supervisor));
        }

        if ((await host.Services.GetRequiredService<IRoleProvider>().GetRolesAsync(Tokens.TenantId, person, TestContext.Current.CancellationToken)).Contains(Role.Intern))
        {
            roles.Add(nameof(Role.Intern));
        }

        return roles;
    }

    private static async Task<(SortedSet<string> Roles, HttpStatusCode Applications)> RolesInTabAsync(BotHost host, string person)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Development", person);
        var me = JsonNode.Parse(await client.GetStringAsync("/api/tab/me", TestContext.Current.CancellationToken))!;
        var applications = (await client.GetAsync("/api/tab/applications", TestContext.Current.CancellationToken)).StatusCode;
        return (new SortedSet<string>(me["roles"]!.AsArray().Select(r => r!.GetValue<string>())), applications);
    }

    [Theory]
    [InlineData("Configuration")]
    [InlineData("EntraGroups")]
    public async Task EachPersonHasTheSameRolesInChatAndInTheTab(string mode)
    {
        var graph = GroupGraph();
        using var host = Host(mode, graph);
        var expected = new Dictionary<string, string[]>
        {
            [StaffPerson] = ["Staff"],
            [SupervisorPerson] = ["Supervisor"],
            [InternPerson] = ["Intern"],
            [Nobody] = [],
        };
        foreach (var (person, roles) in expected)
        {
            var chat = await RolesInChatAsync(host, person);
            var (tab, applications) = await RolesInTabAsync(host, person);
            Assert.Equal(roles, chat);
            Assert.Equal(chat, tab);
            Assert.Equal(roles.Intersect(["Staff", "Supervisor"]).Any() ? HttpStatusCode.OK : HttpStatusCode.Forbidden, applications);
        }

        // Entra groups: Graph was asked, and once per person (cached), however many turns and tab requests.
        Assert.Equal(mode == "EntraGroups" ? expected.Count : 0, graph.Calls.Count);
    }
}
