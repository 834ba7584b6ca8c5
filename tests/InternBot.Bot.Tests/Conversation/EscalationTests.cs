using System.Globalization;
using System.Net;
using System.Text.Json;
using InternBot.Bot.Tests.TestKit;

namespace InternBot.Bot.Tests.Conversation;

/// <summary>
/// A question the notices cannot answer goes to the internship office's channel, a staff answer comes back to the
/// asker in their language, the channel card changes in place, and the answer is reused for the same question asked
/// differently: end to end through /api/messages with the fake connector.
/// </summary>
public sealed class EscalationTests : IDisposable
{
    private const string Staff = "00000000-0000-0000-0000-0000000000a1";
    private const string Office = "19:office@thread.tacv2";
    private readonly BotHost _host = new(new() { ["Bot:AllowAnonymous"] = "true", ["Roles:Staff:0"] = Staff }, "Development");

    public EscalationTests() => _host.Time.FixAt(DateTimeOffset.Parse("2026-11-21T12:00:00Z", CultureInfo.InvariantCulture));

    public void Dispose() => _host.Dispose();

    private static Dictionary<string, object?> InChannel(Dictionary<string, object?> activity)
    {
        activity["conversation"] = new { id = $"{Office};messageid=1", conversationType = "channel", tenantId = Tokens.TenantId };
        activity["channelData"] = new { tenant = new { id = Tokens.TenantId }, team = new { id = "19:team@thread.tacv2" }, channel = new { id = Office } };
        return activity;
    }

    private static Dictionary<string, object?> FromAsker(Dictionary<string, object?> activity, string conversation = "a:asker")
    {
        activity["from"] = new { id = "29:asker", name = "Ana Asker", aadObjectId = "00000000-0000-0000-0000-0000000000b2" };
        activity["conversation"] = new { id = conversation, conversationType = "personal", tenantId = Tokens.TenantId };
        return activity;
    }

    private async Task<string> SayAsync(Dictionary<string, object?> activity, string? locale = null)
    {
        activity["deliveryMode"] = "expectReplies";
        if (locale is not null)
        {
            activity["locale"] = locale;
        }

        var response = await _host.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await BotHost.JsonOf(response)).GetProperty("activities").EnumerateArray().Last().GetProperty("attachments")[0].GetProperty("content").GetRawText();
    }

    private async Task<(HttpStatusCode Status, string Card)> PressAsync(string verb, object data, string? aad = Staff)
    {
        var activity = InChannel(Activities.Invoke("adaptiveCard/action", new { action = new { type = "Action.Execute", verb, data } }));
        activity["from"] = new { id = "29:someone", name = aad == Staff ? "Jane Staff" : "Sam Visitor", aadObjectId = aad };
        var response = await _host.PostAsync(activity);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private List<RecordedCall> CallsTo(string conversation, string method = "POST") =>
        _host.Connector.Calls.Where(c => c.Method == method && Uri.UnescapeDataString(c.Uri.AbsolutePath).Contains($"/v3/conversations/{conversation}/activities", StringComparison.Ordinal)).ToList();

    private async Task<string> EscalateHereAsync() => await SayAsync(InChannel(Activities.Message("escalate here")));

    private async Task<string> AskAndEscalateAsync()
    {
        Assert.Contains("questions I cannot answer will come to this channel", await EscalateHereAsync(), StringComparison.Ordinal);
        var told = await SayAsync(FromAsker(Activities.Message("Le logement est-il fourni ?")), "fr-FR");
        Assert.Contains("J'ai transmis votre question au bureau des stages", told, StringComparison.Ordinal);
        var posted = Assert.Single(CallsTo(Office));
        var card = posted.Json.GetProperty("attachments")[0].GetProperty("content");
        Assert.Contains("Le logement est-il fourni ?", card.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Ana Asker", card.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("00000000-0000-0000-0000-0000000000b2", posted.Body!, StringComparison.Ordinal);
        return card.GetProperty("actions").EnumerateArray().First().GetProperty("data").GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task AStaffAnswerReachesTheAskerInTheirLanguageAndTheChannelCardChangesInPlace()
    {
        var id = await AskAndEscalateAsync();

        var (status, card) = await PressAsync("escalation.answer", new { id, answerEn = "No, interns find their own housing.", answerFr = "Non, les stagiaires trouvent eux-mêmes leur logement.", curate = "false" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Answered by Jane Staff", card, StringComparison.Ordinal);
        Assert.DoesNotContain("escalation.answer", card, StringComparison.Ordinal);

        var answer = Assert.Single(CallsTo("a:asker"));
        Assert.Contains("Le bureau des stages a répondu à votre question", answer.Body!, StringComparison.Ordinal);
        Assert.Contains("Non, les stagiaires trouvent eux-mêmes leur logement.", answer.Body!, StringComparison.Ordinal);
        Assert.DoesNotContain("No, interns find", answer.Body!, StringComparison.Ordinal);
        var update = Assert.Single(CallsTo(Office, "PUT"));
        Assert.Contains("Answered by Jane Staff", update.Body!, StringComparison.Ordinal);
        Assert.Single(CallsTo(Office));

        // A late press on the answered card changes nothing and tells nobody again.
        var (_, late) = await PressAsync("escalation.claim", new { id });
        Assert.Contains("Answered by Jane Staff", late, StringComparison.Ordinal);
        Assert.Single(CallsTo("a:asker"));
    }

    [Fact]
    public async Task TwoStaffAnsweringAtOnceSendOneAnswer()
    {
        var id = await AskAndEscalateAsync();
        var presses = await Task.WhenAll(
            PressAsync("escalation.answer", new { id, answerFr = "Réponse A" }),
            PressAsync("escalation.answer", new { id, answerFr = "Réponse B" }));
        Assert.All(presses, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        var sent = Assert.Single(CallsTo("a:asker"));
        var winner = sent.Body!.Contains("Réponse A", StringComparison.Ordinal) ? "Réponse A" : "Réponse B";
        Assert.All(presses, p => Assert.Contains(winner, p.Card, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnlyStaffCanChooseTheChannelOrAnswer()
    {
        var visitor = InChannel(Activities.Message("escalate here"));
        visitor["from"] = new { id = "29:visitor", name = "Sam Visitor", aadObjectId = "00000000-0000-0000-0000-0000000000c3" };
        Assert.Contains("Only internship office staff can choose", await SayAsync(visitor), StringComparison.Ordinal);
        Assert.Contains("Say this in the team channel", await SayAsync(Activities.Message("escalate here")), StringComparison.Ordinal);

        var id = await AskAndEscalateAsync();
        var (_, card) = await PressAsync("escalation.answer", new { id, answerEn = "Sure." }, aad: "00000000-0000-0000-0000-0000000000c3");
        Assert.Contains("Only internship office staff can claim or answer", card, StringComparison.Ordinal);
        Assert.Empty(CallsTo("a:asker"));
    }

    [Fact]
    public async Task AClaimShowsWhoAndANotAnswerableQuestionTellsTheAsker()
    {
        var id = await AskAndEscalateAsync();
        Assert.Contains("Claimed by Jane Staff", (await PressAsync("escalation.claim", new { id })).Card, StringComparison.Ordinal);
        Assert.Contains("Closed as not answerable by Jane Staff", (await PressAsync("escalation.decline", new { id })).Card, StringComparison.Ordinal);
        Assert.Contains("n'a pas pu répondre", Assert.Single(CallsTo("a:asker")).Body!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACuratedAnswerIsGivenForTheSameQuestionAskedDifferentlyAndNotForAnotherQuestion()
    {
        var id = await AskAndEscalateAsync();
        await PressAsync("escalation.answer", new { id, answerEn = "No, interns find their own housing.", answerFr = "Non, les stagiaires trouvent eux-mêmes leur logement.", curate = "true" });

        // Asked differently, by someone else, in English: the French question's answer, in English, said to be the office's.
        var paraphrase = await SayAsync(FromAsker(Activities.Message("Est-ce que le logement est fourni pour les stagiaires ?"), "a:second"), "en-US");
        Assert.Contains("Non, les stagiaires trouvent eux-mêmes leur logement.", paraphrase, StringComparison.Ordinal);
        Assert.Contains("le bureau des stages a répondu à une question antérieure", paraphrase, StringComparison.Ordinal);
        Assert.Equal(2, CallsTo(Office).Count + CallsTo(Office, "PUT").Count);

        var unrelated = await SayAsync(FromAsker(Activities.Message("Y a-t-il une salle de sport au siège ?"), "a:third"), "fr-FR");
        Assert.DoesNotContain("trouvent eux-mêmes leur logement", unrelated, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAChannelTheQuestionIsOnlyNotedAndStoppingTakesTheChannelAway()
    {
        var noted = await SayAsync(FromAsker(Activities.Message("Is housing provided?")));
        Assert.DoesNotContain("sent your question", noted, StringComparison.Ordinal);
        Assert.Empty(_host.Connector.Calls);

        await EscalateHereAsync();
        Assert.Contains("no longer come to this channel", await SayAsync(InChannel(Activities.Message("stop escalating here"))), StringComparison.Ordinal);
        await SayAsync(FromAsker(Activities.Message("Is parking available for interns?")));
        Assert.Empty(CallsTo(Office));
    }

    [Fact]
    public async Task AnAnswerCanStillBeSentToTheOfficeByTheAsker()
    {
        await EscalateHereAsync();
        var answer = await SayAsync(FromAsker(Activities.Message("What is the grant for KM?")));
        Assert.Contains("Ask the internship office", answer, StringComparison.Ordinal);
        Assert.Empty(CallsTo(Office));

        var pressed = FromAsker(Activities.Invoke("adaptiveCard/action", new { action = new { type = "Action.Execute", verb = "escalate", data = new { text = "What is the grant for KM?", vacancy = "km", lang = "en" } } }));
        var response = await _host.PostAsync(pressed);
        Assert.Contains("I've sent your question to the internship office", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var card = Assert.Single(CallsTo(Office)).Body!;
        Assert.Contains("What is the grant for KM?", card, StringComparison.Ordinal);
        Assert.Contains("KM", card, StringComparison.Ordinal);

        // Pressed again (or the same question escalated again the same day): the office gets it once.
        pressed["id"] = Guid.NewGuid().ToString("N");
        await _host.PostAsync(pressed);
        Assert.Single(CallsTo(Office));
    }

    [Fact]
    public async Task WhatTheAskerTypedReachesTheOfficeAsTextNeverAsALinkOrFormatting()
    {
        await EscalateHereAsync();
        var asker = FromAsker(Activities.Message("Is housing provided? [Log in here](https://evil.example) **now**"));
        asker["from"] = new { id = "29:asker", name = "Ana [Asker](https://evil.example)", aadObjectId = "00000000-0000-0000-0000-0000000000b2" };
        await SayAsync(asker);
        var card = Assert.Single(CallsTo(Office)).Json.GetProperty("attachments")[0].GetProperty("content");
        var texts = card.GetProperty("body").EnumerateArray().Where(b => b.TryGetProperty("text", out _)).Select(b => b.GetProperty("text").GetString()!).ToList();
        Assert.Contains(@"Is housing provided? \[Log in here\]\(https://evil.example\) \*\*now\*\*", texts);
        Assert.DoesNotContain("](https", card.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheOfficesChannelCannotBeReachedTheAskerStillGetsTheirAnswer()
    {
        await EscalateHereAsync();
        for (var i = 0; i < 10; i++)
        {
            _host.Connector.Then(HttpStatusCode.Forbidden, """{"error":{"code":"BotNotInConversationRoster","message":"removed"}}""");
        }

        var told = await SayAsync(FromAsker(Activities.Message("Is housing provided?")));
        Assert.Contains("housing", told, StringComparison.Ordinal);
        Assert.DoesNotContain("I've sent your question", told, StringComparison.Ordinal);
        Assert.Contains(_host.Logs, l => l.Id.Id == 3024);
    }
}
