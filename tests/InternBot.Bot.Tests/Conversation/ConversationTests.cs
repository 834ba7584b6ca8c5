using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using InternBot.Bot.Tests.TestKit;

namespace InternBot.Bot.Tests.Conversation;

/// <summary>Whole conversations with the real handler through /api/messages (anonymous host, expectReplies).</summary>
public sealed class ConversationTests : IDisposable
{
    private const string Staff = "00000000-0000-0000-0000-0000000000aa";
    private readonly BotHost _host = new(new() { ["Bot:AllowAnonymous"] = "true", ["Roles:Staff:0"] = Staff }, "Development");

    public ConversationTests() => _host.Time.FixAt(DateTimeOffset.Parse("2026-11-21T12:00:00Z", CultureInfo.InvariantCulture));

    public void Dispose() => _host.Dispose();

    private async Task<JsonObject> Card(Dictionary<string, object?> activity)
    {
        activity["deliveryMode"] = "expectReplies";
        var body = await BotHost.JsonOf(await _host.PostAsync(activity));
        var message = body.GetProperty("activities").EnumerateArray().Last(a => a.GetProperty("type").GetString() == "message");
        Assert.Equal("application/vnd.microsoft.card.adaptive", message.GetProperty("attachments")[0].GetProperty("contentType").GetString());
        return JsonNode.Parse(message.GetProperty("attachments")[0].GetProperty("content").GetRawText())!.AsObject();
    }

    private Task<JsonObject> Say(string text, string conversation = "a:conv", string locale = "en-US")
    {
        var activity = TestKit.Activities.Message(text, conversation: conversation);
        activity["locale"] = locale;
        return Card(activity);
    }

    private async Task<JsonObject> Invoke(string verb, object data, string conversation = "a:conv")
    {
        var activity = TestKit.Activities.Invoke("adaptiveCard/action", new { action = new { type = "Action.Execute", verb, data } });
        activity["conversation"] = new { id = conversation, conversationType = "personal" };
        var response = await _host.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BotHost.JsonOf(response);
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        return JsonNode.Parse(body.GetProperty("value").GetRawText())!.AsObject();
    }

    private static string Text(JsonNode card) => string.Join(" | ", Texts(card));

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => new[] { "text", "title", "value", "label" }.Select(k => o[k] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().Concat(o.SelectMany(p => Texts(p.Value))),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };

    [Fact]
    public async Task InstallingTheBotShowsTheWelcomeCardInTheUsersLanguage()
    {
        var activity = TestKit.Activities.Message("");
        activity["type"] = "conversationUpdate";
        activity["locale"] = "fr-BE";
        activity["membersAdded"] = new object[] { new { id = "29:1abc" }, new { id = $"28:{Tokens.AppId}" } };
        var card = await Card(activity);
        Assert.Contains("Bienvenue dans InternBot", Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpListsWhatTheBotCanDo() =>
        Assert.Contains("deadline, grant, tasks", Text(await Say("help")), StringComparison.Ordinal);

    [Fact]
    public async Task AnAmbiguousQuestionAsksWhichVacancyAndTheButtonAnswersIt()
    {
        var choice = await Say("When does the internship start?");
        Assert.Contains("Which one do you mean", Text(choice), StringComparison.Ordinal);
        var button = Buttons(choice).Single(b => b["title"]!.GetValue<string>() == "KM");
        Assert.Equal("ask", button["verb"]!.GetValue<string>());

        var answer = await Invoke("ask", button["data"]!);
        Assert.Contains("March 2026", Text(answer), StringComparison.Ordinal);
        Assert.Contains("Closed: applications for KM closed on 22 June 2025", Text(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFullEligibilityCheckGivesAVerdictWithReasons()
    {
        var form = await Invoke("eligibility.form", new { vacancy = "nds" });
        Assert.Contains("Eligibility check", Text(form), StringComparison.Ordinal);
        Assert.Contains(Inputs(form), i => i["id"]!.GetValue<string>() == "dateOfBirth" && i["isRequired"]!.GetValue<bool>());

        var result = await Invoke("eligibility.check", new
        {
            vacancy = "nds", nationalities = "Belgium, Switzerland", dateOfBirth = "2002-03-04", enrolledStudent = "true", yearsCompleted = "2",
            english = "C1", french = "A2", documents = "proofOfStudies", documentsLanguage = "fr", submittedDate = "2025-06-22", submittedTime = "23:59",
        });
        var text = Text(result);
        Assert.Contains("Eligible", text, StringComparison.Ordinal);
        Assert.Contains("Belgium: a NATO member state", text, StringComparison.Ordinal);
        Assert.Contains("Submitted 22 June 2025, 23:59:00 Brussels time", text, StringComparison.Ordinal);
        Assert.Contains("Desirable criteria: 1 of 4", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIneligibleCandidateIsToldWhyAndWhatWouldChangeIt()
    {
        var text = Text(await Invoke("eligibility.check", new { vacancy = "km", nationalities = "Austria", dateOfBirth = "2006-01-01", english = "B2" }));
        Assert.Contains("Not eligible", text, StringComparison.Ordinal);
        Assert.Contains("Austria: not a NATO member state", text, StringComparison.Ordinal);
        Assert.Contains("What would change the verdict", text, StringComparison.Ordinal);
        Assert.Contains("Turns 21 on 1 January 2027", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidFormDataComesBackAsTheFormWithWhatToFix()
    {
        var form = await Invoke("eligibility.check", new { vacancy = "nds", nationalities = "Narnia", dateOfBirth = "2001-02-31" });
        var text = Text(form);
        Assert.Contains("Please fix:", text, StringComparison.Ordinal);
        Assert.Contains("'Narnia' is not a country we know", text, StringComparison.Ordinal);
        Assert.Contains("'2001-02-31' is not a date", text, StringComparison.Ordinal);
        Assert.Equal("Narnia", Inputs(form).Single(i => i["id"]!.GetValue<string>() == "nationalities")["value"]!.GetValue<string>()); // nothing the user typed is lost
    }

    [Fact]
    public async Task AnIncompleteFormAsksForTheRequiredFields()
    {
        var text = Text(await Invoke("eligibility.check", new { vacancy = "nds" }));
        Assert.Contains("Give at least one nationality", text, StringComparison.Ordinal);
        Assert.Contains("Give the date of birth", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditAnswersReopensTheFormWithTheLastValues()
    {
        await Invoke("eligibility.check", new { vacancy = "jis", nationalities = "Poland", dateOfBirth = "2000-01-01" }, "a:edit");
        var form = await Invoke("eligibility.form", new { vacancy = "jis" }, "a:edit");
        Assert.Equal("Poland", Inputs(form).Single(i => i["id"]!.GetValue<string>() == "nationalities")["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnActionSubmitFromAnOlderClientDoesWhatTheExecuteDoes()
    {
        var activity = TestKit.Activities.Message("");
        activity["value"] = new { verb = "vacancy.detail", vacancy = "ocio" };
        var card = await Card(activity);
        Assert.Contains("Office of the Chief Information Officer", Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownButtonGetsACardSayingSoNotAnError() =>
        Assert.Contains("That button is not one I know", Text(await Invoke("vacancy.delete", new { vacancy = "nds" })), StringComparison.Ordinal);

    [Fact]
    public async Task EveryAnswerAboutAClosedVacancySaysWhenItClosed()
    {
        var text = Text(await Say("What are the tasks at JIS?"));
        Assert.Contains("Closed: applications for JIS closed on 22 June 2025, 23:59", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOpenVacancySaysItIsOpen()
    {
        _host.Time.FixAt(DateTimeOffset.Parse("2026-04-01T12:00:00Z", CultureInfo.InvariantCulture));
        var text = Text(await Invoke("vacancy.detail", new { vacancy = "ictm" }));
        Assert.Contains("Open: applications close on 30 April 2026, 23:59", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrenchQuestionsGetFrenchAnswersAndButtonsStayInFrench()
    {
        var card = await Say("Quelle est la bourse pour le stage KM ?");
        Assert.Contains("Une bourse de 1", Text(card), StringComparison.Ordinal);
        var button = Buttons(card).First(b => b["verb"]!.GetValue<string>() == "ask");
        Assert.Equal("fr", button["data"]!["lang"]!.GetValue<string>());
        Assert.Contains("Source : avis KM (250775)", Text(await Invoke("ask", button["data"]!)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwitchingToFrenchIsRemembered()
    {
        await Say("français", "a:lang");
        Assert.Contains("Les candidatures sont closes le 22 juin 2025", Text(await Say("deadline for NDS", "a:lang")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheConversationRemembersTheVacancyAcrossARestart()
    {
        await Say("Tell me about KM", "a:restart");
        using var second = new BotHost(new() { ["Bot:AllowAnonymous"] = "true" }, "Development");
        File.Copy(_host.DatabasePath, second.DatabasePath);
        var activity = TestKit.Activities.Message("and the grant?", conversation: "a:restart", expectReplies: true);
        var body = await BotHost.JsonOf(await second.PostAsync(activity));
        Assert.Contains("KM (250775)", body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnansweredQuestionsAreKeptWithoutWhoAsked()
    {
        await Say("Is there a canteen?");
        var store = (Core.Conversations.IUnansweredQuestionStore)_host.Services.GetService(typeof(Core.Conversations.IUnansweredQuestionStore))!;
        var kept = await store.ListAsync(null, 10, TestContext.Current.CancellationToken);
        var question = Assert.Single(kept);
        Assert.Equal("Is there a canteen?", question.Text);
        Assert.DoesNotContain("29:1abc", JsonSerializer.Serialize(question), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStaffCardIsRefusedToOthers() =>
        Assert.Contains("for internship staff only", Text(await Say("how many applications do we have?")), StringComparison.Ordinal);

    [Fact]
    public async Task TheStaffCardIsShownToStaff()
    {
        var activity = TestKit.Activities.Message("how many applications do we have?");
        activity["from"] = new { id = "29:staff", aadObjectId = Staff };
        Assert.DoesNotContain("for internship staff only", Text(await Card(activity)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMessagingExtensionFindsVacanciesAsSmallCards()
    {
        var activity = TestKit.Activities.Invoke("composeExtension/query", new { commandId = "searchVacancies", parameters = new[] { new { name = "searchQuery", value = "knowledge" } }, queryOptions = new { skip = 0, count = 10 } });
        var response = await _host.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = (await BotHost.JsonOf(response)).GetProperty("composeExtension");
        Assert.Equal("result", result.GetProperty("type").GetString());
        var attachment = Assert.Single(result.GetProperty("attachments").EnumerateArray());
        Assert.Contains("Knowledge Management", attachment.GetProperty("content").GetRawText(), StringComparison.Ordinal);
        Assert.True(attachment.GetProperty("content").GetRawText().Length < 28 * 1024);
        Assert.Equal("application/vnd.microsoft.card.thumbnail", attachment.GetProperty("preview").GetProperty("contentType").GetString());
    }

    [Fact]
    public async Task TheMessagingExtensionsFirstRunListsEveryVacancy()
    {
        var activity = TestKit.Activities.Invoke("composeExtension/query", new { commandId = "searchVacancies", parameters = new[] { new { name = "initialRun", value = "true" } } });
        var result = (await BotHost.JsonOf(await _host.PostAsync(activity))).GetProperty("composeExtension");
        Assert.Equal(5, result.GetProperty("attachments").GetArrayLength());
    }

    [Fact]
    public async Task AMentionInAChannelIsIgnoredWhenReadingTheQuestion()
    {
        var activity = TestKit.Activities.Message("<at>InternBot</at> deadline for NDS?");
        activity["entities"] = new object[] { new { type = "mention", text = "<at>InternBot</at>", mentioned = new { id = $"28:{Tokens.AppId}", name = "InternBot" } } };
        activity["conversation"] = new { id = "19:abc@thread.tacv2", conversationType = "channel", isGroup = true };
        Assert.Contains("22 June 2025", Text(await Card(activity)), StringComparison.Ordinal);
    }

    private static IEnumerable<JsonObject> Buttons(JsonNode card) => Find(card, "Action.Execute");

    private static IEnumerable<JsonObject> Inputs(JsonNode card) => Find(card, "Input.");

    private static IEnumerable<JsonObject> Find(JsonNode? node, string typePrefix) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>()?.StartsWith(typePrefix, StringComparison.Ordinal) == true => [o],
        JsonObject o => o.Where(p => p.Key != "fallback").SelectMany(p => Find(p.Value, typePrefix)),
        JsonArray a => a.SelectMany(n => Find(n, typePrefix)),
        _ => [],
    };
}
