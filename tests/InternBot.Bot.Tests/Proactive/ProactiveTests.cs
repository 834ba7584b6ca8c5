using System.Globalization;
using System.Net;
using InternBot.Bot.Tests.TestKit;
using InternBot.Core.Applications;
using InternBot.Core.Vacancies;
using InternBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InternBot.Bot.Tests.Proactive;

/// <summary>
/// What the bot sends first: reminders to the office's channel and supervisors' notifications, exactly once whatever the
/// number of instances (SQLite file shared on one machine, or Azurite), only to those who asked and may see them.
/// </summary>
public sealed class ProactiveTests(Azurite azurite) : IClassFixture<Azurite>, IDisposable
{
    private const string Staff = "00000000-0000-0000-0000-0000000000a1";
    private const string Office = "19:office@thread.tacv2";
    private readonly List<BotHost> _hosts = [];
    private readonly string _sharedFile = Path.Combine(Path.GetTempPath(), $"internbot-shared-{Guid.NewGuid():N}.db");
    private readonly string _prefix = Azurite.NewPrefix();
    private readonly string _supervisor = Guid.NewGuid().ToString();
    private readonly string _otherSupervisor = Guid.NewGuid().ToString();

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }
    }

    private BotHost Host(string store, DateTimeOffset now)
    {
        var host = new BotHost(new() { ["Bot:AllowAnonymous"] = "true", ["Roles:Staff:0"] = Staff, ["Roles:Supervisor:0"] = _supervisor, ["Roles:Supervisor:1"] = _otherSupervisor }, "Development");
        host.ExtraSettings["Scheduler:Interval"] = "00:00:00.100";
        host.ExtraSettings["Scheduler:TabUrl"] = "https://internbot.example.org/tab/applications";
        if (store == "AzureStorage")
        {
            host.ExtraSettings["Storage:Provider"] = "AzureStorage";
            host.ExtraSettings["Storage:AzureStorage:ConnectionString"] = azurite.ConnectionString;
            host.ExtraSettings["Storage:AzureStorage:NamePrefix"] = _prefix;
        }
        else
        {
            host.ExtraSettings["Storage:Sqlite:Path"] = _sharedFile;
        }

        host.Time.FixAt(now);
        _hosts.Add(host);
        _ = host.Services;
        return host;
    }

    private static async Task SayAsync(BotHost host, Dictionary<string, object?> activity)
    {
        activity["deliveryMode"] = "expectReplies";
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(activity)).StatusCode);
    }

    private static Dictionary<string, object?> InOfficeChannel(string text)
    {
        var activity = Activities.Message(text);
        activity["conversation"] = new { id = $"{Office};messageid=1", conversationType = "channel", tenantId = Tokens.TenantId };
        activity["channelData"] = new { tenant = new { id = Tokens.TenantId }, team = new { id = "19:team@thread.tacv2" }, channel = new { id = Office } };
        return activity;
    }

    private static Dictionary<string, object?> FromPerson(string objectId, string text)
    {
        var activity = Activities.Message(text, conversation: $"a:{objectId}");
        activity["from"] = new { id = $"29:{objectId}", name = "Sup Ervisor", aadObjectId = objectId };
        return activity;
    }

    private static List<RecordedCall> Sent(IEnumerable<BotHost> hosts, string conversation, string containing) =>
        hosts.SelectMany(h => h.Connector.Calls).Where(c => c.Method == "POST" && Uri.UnescapeDataString(c.Uri.AbsolutePath).Contains($"/v3/conversations/{conversation}/activities", StringComparison.Ordinal)
            && c.Body!.Contains(containing, StringComparison.Ordinal)).ToList();

    private static async Task SettleAsync() => await Task.Delay(TimeSpan.FromSeconds(1.5), TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("AzureStorage")]
    public async Task ADeadlineReminderReachesTheOfficeChannelOnceWithTwoInstancesRunning(string store)
    {
        var probe = Host(store, DateTimeOffset.UtcNow);
        var nds = probe.Services.GetRequiredService<VacancyCatalogue>().Get("nds")!;
        var now = nds.Deadline.ClosesAt - TimeSpan.FromHours(12);
        var (a, b) = (Host(store, now), Host(store, now));
        probe.Time.FixAt(now);
        await SayAsync(a, InOfficeChannel("escalate here"));

        await SettleAsync();
        var reminders = Sent(_hosts, Office, "Reminder / Rappel");
        Assert.Contains(reminders, r => r.Body!.Contains("NDS (250772) closes in one day", StringComparison.Ordinal));
        Assert.Equal(reminders.Count, reminders.Select(r => r.Json.GetProperty("attachments")[0].GetProperty("content").GetRawText()).Distinct().Count());
        Assert.DoesNotContain(reminders, r => r.Body!.Contains("closes in 7 days", StringComparison.Ordinal));

        // More rounds on every instance send nothing more.
        await SettleAsync();
        Assert.Equal(reminders.Count, Sent(_hosts, Office, "Reminder / Rappel").Count);
    }

    [Fact]
    public async Task TheDigestReachesOnlySubscribedSupervisorsAboutTheirOwnApplicationsOnce()
    {
        var now = DateTimeOffset.Parse("2026-11-21T08:00:00Z", CultureInfo.InvariantCulture);
        var host = Host("Sqlite", now);
        var store = host.Services.GetRequiredService<IApplicationStore>();
        ApplicationRecord App(string id, string supervisor, string vacancy) => new()
        {
            CandidateId = id, DisplayName = $"Candidate {id}", Vacancy = vacancy, Campaign = "2026", Status = ApplicationStatus.Submitted, SubmittedAt = now.AddHours(-3), Supervisors = supervisor,
        };
        await store.AddAsync([App("X1", _supervisor, "nds"), App("X2", _supervisor, "nds"), App("X3", _otherSupervisor, "km")], TestContext.Current.CancellationToken);

        await SayAsync(host, FromPerson(_supervisor, "notify me"));
        await SayAsync(host, FromPerson(_otherSupervisor, "help"));
        await SettleAsync();

        var digest = Assert.Single(Sent(_hosts, $"a:{_supervisor}", "Your applications since yesterday"));
        Assert.Contains("2 new and 0 changed, for NDS.", digest.Body!, StringComparison.Ordinal);
        Assert.Contains("https://internbot.example.org/tab/applications?vacancy=nds", digest.Body!, StringComparison.Ordinal);
        Assert.DoesNotContain("Candidate X3", digest.Body!, StringComparison.Ordinal);
        Assert.Empty(Sent(_hosts, $"a:{_otherSupervisor}", "Your applications since yesterday"));

        // The next day, after uninstalling: nothing.
        var uninstall = FromPerson(_supervisor, "");
        uninstall["type"] = "installationUpdate";
        uninstall["action"] = "remove";
        await SayAsync(host, uninstall);
        host.Time.Offset += TimeSpan.FromDays(1);
        await SettleAsync();
        Assert.Single(Sent(_hosts, $"a:{_supervisor}", "Your applications since yesterday"));
    }

    [Fact]
    public async Task NotificationsAreForSupervisorsInTheirPersonalChat()
    {
        var host = Host("Sqlite", DateTimeOffset.Parse("2026-11-21T06:00:00Z", CultureInfo.InvariantCulture));
        var replies = await host.PostAsync(FromPerson("00000000-0000-0000-0000-0000000000d4", "notify me") is var a ? WithReplies(a) : a);
        Assert.Contains("Notifications are for supervisors", await replies.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var channel = await host.PostAsync(WithReplies(InOfficeChannel("notify me")));
        Assert.Contains("personal chat", await channel.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStatusChangeByOneSupervisorIsToldToTheOtherSubscribedOneAndSurvivesAThrottledConnector()
    {
        var host = Host("Sqlite", DateTimeOffset.Parse("2026-11-21T06:00:00Z", CultureInfo.InvariantCulture));
        await SayAsync(host, FromPerson(_supervisor, "notify me"));
        await SayAsync(host, FromPerson(_otherSupervisor, "notify me"));
        await SayAsync(host, FromPerson(_otherSupervisor, "en français"));
        host.Connector.Then(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromMilliseconds(50));

        var before = new ApplicationRecord
        {
            CandidateId = "C1", DisplayName = "Zoë Müller", Vacancy = "km", Campaign = "2026", Status = ApplicationStatus.Submitted, Supervisors = $"{_supervisor};{_otherSupervisor}",
        };
        await host.Services.GetRequiredService<IApplicationChangeNotifier>().StatusChangedAsync(before, ApplicationStatus.Shortlisted, _otherSupervisor, "Other Supervisor", TestContext.Current.CancellationToken);

        // The first send was throttled (429, Retry-After) and retried: two calls, one message.
        var calls = Sent(_hosts, $"a:{_supervisor}", "An application you supervise changed");
        Assert.Equal(2, calls.Count);
        var told = calls[^1];
        Assert.Contains("Zoë Müller, KM", told.Body!, StringComparison.Ordinal);
        Assert.Contains("by Other Supervisor", told.Body!, StringComparison.Ordinal);
        Assert.Empty(Sent(_hosts, $"a:{_otherSupervisor}", "An application you supervise changed"));

        // The other way round, to the supervisor who chose French: in French.
        await host.Services.GetRequiredService<IApplicationChangeNotifier>().StatusChangedAsync(before, ApplicationStatus.Interview, _supervisor, "Sup Ervisor", TestContext.Current.CancellationToken);
        var french = Assert.Single(Sent(_hosts, $"a:{_otherSupervisor}", "Une candidature que vous supervisez a changé"));
        Assert.Contains("par Sup Ervisor", french.Body!, StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> WithReplies(Dictionary<string, object?> activity)
    {
        activity["deliveryMode"] = "expectReplies";
        return activity;
    }
}

/// <summary>Interns' onboarding checklist: their own progress, kept in state, and a weekly reminder while items are left.</summary>
public sealed class OnboardingProgressTests : IDisposable
{
    private const string Intern = "00000000-0000-0000-0000-0000000000e5";
    private readonly BotHost _host = new(new() { ["Bot:AllowAnonymous"] = "true", ["Roles:Intern:0"] = Intern, ["Scheduler:Interval"] = "00:00:00.100" }, "Development");

    public OnboardingProgressTests() => _host.Time.FixAt(DateTimeOffset.Parse("2026-11-22T09:00:00Z", CultureInfo.InvariantCulture)); // a Sunday: no reminders

    public void Dispose() => _host.Dispose();

    private async Task<string> PressAsync(string verb, object data)
    {
        var activity = Activities.Invoke("adaptiveCard/action", new { action = new { type = "Action.Execute", verb, data } });
        activity["from"] = new { id = "29:intern", name = "Ian Intern", aadObjectId = Intern };
        activity["conversation"] = new { id = "a:intern", conversationType = "personal", tenantId = Tokens.TenantId };
        var response = await _host.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task AnInternMarksItemsDoneAndTheWeeklyReminderListsTheirProgress()
    {
        var guide = _host.Services.GetRequiredService<Core.Onboarding.OnboardingGuide>();
        var first = guide.Items[0].Id;
        Assert.Contains($"0 of {guide.Items.Count} done.", await PressAsync("onboarding", new { }), StringComparison.Ordinal);
        var marked = await PressAsync("onboarding.done", new { item = first, done = "true" });
        Assert.Contains($"1 of {guide.Items.Count} done.", marked, StringComparison.Ordinal);
        Assert.Contains("Not done yet", marked, StringComparison.Ordinal);
        Assert.Contains($"1 of {guide.Items.Count} done.", await PressAsync("onboarding.done", new { item = "no-such-item", done = "true" }), StringComparison.Ordinal);

        Assert.DoesNotContain(_host.Connector.Calls, c => c.Method == "POST");
        _host.Time.Offset += TimeSpan.FromDays(1); // Monday
        await Task.Delay(TimeSpan.FromSeconds(1.5), TestContext.Current.CancellationToken);
        var reminder = Assert.Single(_host.Connector.Calls, c => c.Method == "POST" && c.Body!.Contains("Onboarding checklist", StringComparison.Ordinal));
        Assert.Contains($"1 of {guide.Items.Count} done.", reminder.Body!, StringComparison.Ordinal);

        // Everything done: next Monday, nothing.
        foreach (var item in guide.Items)
        {
            await PressAsync("onboarding.done", new { item = item.Id, done = "true" });
        }

        _host.Time.Offset += TimeSpan.FromDays(7);
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        Assert.Single(_host.Connector.Calls, c => c.Method == "POST" && c.Body!.Contains("Onboarding checklist", StringComparison.Ordinal));
    }
}
