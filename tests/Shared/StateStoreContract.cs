using InternBot.Core.Applications;
using InternBot.Core.Conversations;
using InternBot.Core.Text;

namespace InternBot.Testing;

/// <summary>The stores one instance of the host uses; two sets over one backing store are two instances.</summary>
public sealed record StateStores(IConversationStateStore States, IUnansweredQuestionStore Questions, IAuditLog Audit, IConversationAddressStore Addresses, IRecordStore Records);

/// <summary>
/// One contract for every store of what the host keeps between requests (SQLite, Azure Storage on Azurite): what the
/// bot and the tab rely on, whichever store is configured. <see cref="OpenAsync"/> opens another instance's view of
/// the same backing store each time it is called (for SQLite, which serves one process, a restarted one).
/// </summary>
public abstract class StateStoreContract
{
    protected abstract Task<StateStores> OpenAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StateIsReadBackAsSavedAndVersioned()
    {
        var states = (await OpenAsync()).States;
        Assert.Equal(0, (await states.GetAsync("a:x", Ct)).Version);
        var first = await states.TrySaveAsync("a:x", new ConversationState { CurrentVacancy = "nds", PreferredLanguage = Language.French }, Ct);
        Assert.Equal(1, first!.Version);
        await states.TrySaveAsync("a:x", first with { CurrentVacancy = "km" }, Ct);
        var read = await states.GetAsync("a:x", Ct);
        Assert.Equal(("km", Language.French, 2L), (read.CurrentVacancy, read.PreferredLanguage, read.Version));
        Assert.Null((await states.GetAsync("a:other", Ct)).CurrentVacancy);
    }

    [Fact]
    public async Task EveryPartOfAStateIsReadBackByAnotherInstance()
    {
        var state = new ConversationState
        {
            CurrentVacancy = "km",
            PreferredLanguage = Language.French,
            EligibilityForm = new Dictionary<string, string> { ["nationalities"] = "Belgium" },
            LastTopics = [Core.Answers.Topic.Grant, Core.Answers.Topic.Deadline],
            RecentVacancies = ["km", "nds"],
            LastUnit = "ictm:1",
            LastForms = Core.Understanding.AnswerForms.Count,
            LastSubject = ["nos", "divi"],
            LastDetail = Core.Understanding.AskedDetail.ProgrammingLanguage,
            LastAspect = "tax",
            Profile = new Core.Answers.PersonalFacts { Age = 22, GraduatedInYear = 2019, Nationalities = [Core.Eligibility.Countries.Find("IT")!], Student = true, SomeoneElse = true, Languages = [new Core.Eligibility.LanguageSkill("en", Core.Eligibility.LanguageLevel.C1)] },
        };
        await (await OpenAsync()).States.TrySaveAsync("a:1 / odd#key?", state, Ct);
        var read = await (await OpenAsync()).States.GetAsync("a:1 / odd#key?", Ct);
        Assert.Equal("km", read.CurrentVacancy);
        Assert.Equal(Language.French, read.PreferredLanguage);
        Assert.Equal("Belgium", read.EligibilityForm["nationalities"]);
        Assert.Equal([Core.Answers.Topic.Grant, Core.Answers.Topic.Deadline], read.LastTopics);
        Assert.Equal(["km", "nds"], read.RecentVacancies);
        Assert.Equal("ictm:1", read.LastUnit);
        Assert.Equal(Core.Understanding.AnswerForms.Count, read.LastForms);
        Assert.Equal(["nos", "divi"], read.LastSubject);
        Assert.Equal(Core.Understanding.AskedDetail.ProgrammingLanguage, read.LastDetail);
        Assert.Equal("tax", read.LastAspect);
        Assert.Equal(2019, read.Profile!.GraduatedInYear);
        Assert.Equal(22, read.Profile!.Age);
        Assert.Equal("IT", Assert.Single(read.Profile.Nationalities).Alpha2);
        Assert.True(read.Profile.Student);
        Assert.True(read.Profile.SomeoneElse);
        Assert.Equal(Core.Eligibility.LanguageLevel.C1, Assert.Single(read.Profile.Languages).Level);
        Assert.Equal(1, read.Version);
    }

    [Fact]
    public async Task ASaveOverAVersionAnotherInstanceReplacedIsRefusedAndWritesNothing()
    {
        var (a, b) = ((await OpenAsync()).States, (await OpenAsync()).States);
        await a.TrySaveAsync("a:race", new ConversationState { CurrentVacancy = "nds" }, Ct);
        var readByB = await b.GetAsync("a:race", Ct);
        var readByA = await a.GetAsync("a:race", Ct);
        Assert.NotNull(await a.TrySaveAsync("a:race", readByA with { CurrentVacancy = "km" }, Ct));

        Assert.Null(await b.TrySaveAsync("a:race", readByB with { CurrentVacancy = "jis" }, Ct));
        var read = await b.GetAsync("a:race", Ct);
        Assert.Equal(("km", 2L), (read.CurrentVacancy, read.Version));

        // Two first saves: one is refused.
        var firsts = await Task.WhenAll(a.TrySaveAsync("a:new", new ConversationState { CurrentVacancy = "nds" }, Ct), b.TrySaveAsync("a:new", new ConversationState { CurrentVacancy = "km" }, Ct));
        Assert.Single(firsts, s => s is not null);
    }

    [Fact]
    public async Task ConcurrentChangesFromTwoInstancesAreAllKept()
    {
        var (a, b) = ((await OpenAsync()).States, (await OpenAsync()).States);
        await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
        {
            var store = i % 2 == 0 ? a : b;
            var read = await store.GetAsync("a:busy", Ct);
            await store.UpdateAsync("a:busy", read, s => s with { EligibilityForm = new Dictionary<string, string>(s.EligibilityForm) { [$"field{i}"] = $"{i}" } }, Ct);
        }));
        var final = await (await OpenAsync()).States.GetAsync("a:busy", Ct);
        Assert.Equal(16, final.EligibilityForm.Count);
        Assert.Equal(16, final.Version);
    }

    [Fact]
    public async Task QuestionsAreListedNewestFirstFilteredAndCut()
    {
        var questions = (await OpenAsync()).Questions;
        var t = DateTimeOffset.Parse("2026-11-01T10:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture);
        await questions.AddAsync(new UnansweredQuestion("first", "en", null, t), Ct);
        await questions.AddAsync(new UnansweredQuestion(new string('x', 2000), "fr", "km", t.AddDays(2)), Ct);
        for (var i = 0; i < 3; i++)
        {
            await questions.AddAsync(new UnansweredQuestion($"december {i}", "en", null, t.AddMonths(1).AddHours(i)), Ct);
        }

        var all = await (await OpenAsync()).Questions.ListAsync(null, 10, Ct);
        Assert.Equal(["december 2", "december 1", "december 0"], all.Take(3).Select(q => q.Text));
        Assert.Equal(500, all[3].Text.Length);
        Assert.Equal(("km", "fr"), (all[3].Vacancy, all[3].Language));
        Assert.Equal(t, all[4].AskedAt);
        Assert.Equal(4, (await questions.ListAsync(t.AddDays(1), 10, Ct)).Count);
        Assert.Equal(["december 2", "december 1"], (await questions.ListAsync(null, 2, Ct)).Select(q => q.Text));
    }

    [Fact]
    public async Task ConcurrentWritersDoNotLoseQuestions()
    {
        var (a, b) = ((await OpenAsync()).Questions, (await OpenAsync()).Questions);
        var now = DateTimeOffset.UtcNow;
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? a : b).AddAsync(new UnansweredQuestion($"q{i}", "en", null, now), Ct)));
        Assert.Equal(40, (await a.ListAsync(null, 100, Ct)).Select(q => q.Text).Distinct().Count());
    }

    [Fact]
    public async Task AuditEntriesAreListedNewestFirstPerApplicationAndPurgedByAge()
    {
        var audit = (await OpenAsync()).Audit;
        var t = DateTimeOffset.Parse("2026-01-15T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        await audit.RecordAsync(new AuditEntry(t, "oid-1", AuditAction.Viewed, "app-1"), Ct);
        await audit.RecordAsync(new AuditEntry(t.AddMonths(2), "oid-2", AuditAction.StatusChanged, "app-1", "Received -> Shortlisted"), Ct);
        await audit.RecordAsync(new AuditEntry(t.AddMonths(3), "oid-1", AuditAction.Exported, null, new string('d', 1000)), Ct);

        var all = await (await OpenAsync()).Audit.ListAsync(null, null, 10, Ct);
        Assert.Equal([AuditAction.Exported, AuditAction.StatusChanged, AuditAction.Viewed], all.Select(e => e.Action));
        Assert.True(all[0].Detail!.Length <= 300);
        Assert.Equal(("oid-2", "Received -> Shortlisted", t.AddMonths(2)), (all[1].Actor, all[1].Detail, all[1].At));
        Assert.Equal(2, (await audit.ListAsync("app-1", null, 10, Ct)).Count);
        Assert.Single(await audit.ListAsync("app-1", t.AddMonths(1), 10, Ct));
        Assert.Single(await audit.ListAsync(null, null, 1, Ct));

        Assert.Equal(2, await audit.PurgeAsync(t.AddMonths(2).AddDays(1), Ct));
        Assert.Equal(AuditAction.Exported, Assert.Single(await audit.ListAsync(null, null, 10, Ct)).Action);
    }

    [Fact]
    public async Task ConversationAddressesAreSavedReplacedListedAndRemoved()
    {
        var addresses = (await OpenAsync()).Addresses;
        var at = DateTimeOffset.Parse("2026-12-01T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var personal = new ConversationAddress("a:1x2y", "https://smba.trafficmanager.net/emea/", "msteams", ConversationScope.Personal, "tenant", "28:bot", null, "oid-1", at);
        var channel = new ConversationAddress("19:abc@thread.tacv2", "https://smba.trafficmanager.net/emea/", "msteams", ConversationScope.Channel, "tenant", "28:bot", "19:team@thread.tacv2", null, at);
        await addresses.SaveAsync(personal, Ct);
        await addresses.SaveAsync(channel, Ct);
        await addresses.SaveAsync(personal with { ServiceUrl = "https://smba.trafficmanager.net/amer/", UpdatedAt = at.AddDays(1) }, Ct);

        var other = (await OpenAsync()).Addresses;
        Assert.Equal(personal with { ServiceUrl = "https://smba.trafficmanager.net/amer/", UpdatedAt = at.AddDays(1) }, await other.GetAsync("a:1x2y", Ct));
        Assert.Equal(["19:abc@thread.tacv2", "a:1x2y"], (await other.ListAsync(Ct)).Select(a => a.ConversationId));
        Assert.Equal(channel, (await other.ListAsync(Ct))[0]);

        Assert.True(await other.RemoveAsync("a:1x2y", Ct));
        Assert.False(await addresses.RemoveAsync("a:1x2y", Ct));
        Assert.Null(await addresses.GetAsync("a:1x2y", Ct));
        Assert.Single(await addresses.ListAsync(Ct));
    }

    [Fact]
    public async Task RecordsAreSavedOnlyOverTheVersionReadListedByKindAndRemoved()
    {
        var (a, b) = ((await OpenAsync()).Records, (await OpenAsync()).Records);
        Assert.Equal(1, await a.TrySaveAsync("escalation", "q/1 #?", """{"status":"open"}""", 0, Ct));
        Assert.Null(await b.TrySaveAsync("escalation", "q/1 #?", """{"status":"other"}""", 0, Ct));
        Assert.Equal(2, await b.TrySaveAsync("escalation", "q/1 #?", """{"status":"claimed"}""", 1, Ct));
        Assert.Null(await a.TrySaveAsync("escalation", "q/1 #?", """{"status":"answered"}""", 1, Ct));
        var read = await a.GetAsync("escalation", "q/1 #?", Ct);
        Assert.Equal(("escalation", "q/1 #?", """{"status":"claimed"}""", 2L), (read!.Kind, read.Id, read.Json, read.Version));

        await a.TrySaveAsync("escalation", "q2", "{}", 0, Ct);
        await a.TrySaveAsync("setting", "q2", "{}", 0, Ct);
        Assert.Equal(["q/1 #?", "q2"], (await b.ListAsync("escalation", Ct)).Select(r => r.Id));

        // Eight writers from one version: exactly one wins.
        var wins = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? a : b).TrySaveAsync("escalation", "q2", $$"""{"by":{{i}}}""", 1, Ct)));
        Assert.Single(wins, w => w is not null);

        Assert.True(await b.RemoveAsync("escalation", "q2", Ct));
        Assert.False(await a.RemoveAsync("escalation", "q2", Ct));
        Assert.Null(await a.GetAsync("escalation", "q2", Ct));
        Assert.NotNull(await a.GetAsync("setting", "q2", Ct));
    }
}

/// <summary>The delivery ledger's contract: one winner per delivery across instances, outcomes shared, dead claims taken over once.</summary>
public abstract class DeliveryLedgerContract
{
    protected abstract Task<IDeliveryLedger> OpenAsync(TimeSpan lease);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheFirstClaimWinsOthersWaitThenReadItsOutcome()
    {
        var (a, b) = (await OpenAsync(TimeSpan.FromSeconds(30)), await OpenAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(DeliveryClaimResult.Won, (await a.ClaimAsync("conv\nact-1", Ct)).Result);
        Assert.Equal(DeliveryClaimResult.Running, (await b.ClaimAsync("conv\nact-1", Ct)).Result);
        await a.CompleteAsync("conv\nact-1", 200, """{"activities":[]}""", Ct);
        var done = await b.ClaimAsync("conv\nact-1", Ct);
        Assert.Equal((DeliveryClaimResult.Done, 200, """{"activities":[]}"""), (done.Result, done.Status, done.Body));
        Assert.Equal(DeliveryClaimResult.Won, (await b.ClaimAsync("conv\nact-2", Ct)).Result);
    }

    [Fact]
    public async Task ConcurrentClaimsOnSeveralInstancesHaveExactlyOneWinner()
    {
        var ledgers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => OpenAsync(TimeSpan.FromSeconds(30))));
        var claims = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => ledgers[i % 3].ClaimAsync("conv\nsame", Ct)));
        Assert.Single(claims, c => c.Result == DeliveryClaimResult.Won);
    }

    [Fact]
    public async Task AClaimWhoseLeaseRanOutWithoutAnOutcomeIsTakenOverByOneInstance()
    {
        var lease = TimeSpan.FromMilliseconds(500);
        var ledgers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => OpenAsync(lease)));
        Assert.Equal(DeliveryClaimResult.Won, (await ledgers[0].ClaimAsync("conv\ndied", Ct)).Result);
        Assert.Equal(DeliveryClaimResult.Running, (await ledgers[1].ClaimAsync("conv\ndied", Ct)).Result);
        await Task.Delay(lease * 2, Ct);
        var takeovers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => ledgers[1 + i % 2].ClaimAsync("conv\ndied", Ct)));
        Assert.Single(takeovers, c => c.Result == DeliveryClaimResult.Won);
    }
}
