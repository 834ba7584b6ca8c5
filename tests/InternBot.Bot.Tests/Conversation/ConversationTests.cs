using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using InternBot.Bot.Cards;
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

    [Theory]
    [InlineData("list the vacancies", "en-US", CardVerbs.VacancyList, "en", null)]
    [InlineData("liste des postes", "fr-BE", CardVerbs.VacancyList, "fr", null)]
    [InlineData("tell me about the NDS internship", "en-US", CardVerbs.VacancyDetail, "en", "nds")]
    [InlineData("parle-moi du stage JIS", "fr-BE", CardVerbs.VacancyDetail, "fr", "jis")]
    [InlineData("check my eligibility for KM", "en-US", CardVerbs.EligibilityForm, "en", "km")]
    [InlineData("onboarding", "en-US", CardVerbs.Onboarding, "en", null)]
    public async Task AButtonAndATypedQuestionThatMeanTheSameGetTheSameCard(string typed, string locale, string verb, string lang, string? vacancy)
    {
        var fromText = await Say(typed, conversation: $"a:typed-{verb}-{lang}", locale: locale);
        var fromButton = await Invoke(verb, vacancy is null ? new { lang } : new { lang, vacancy }, conversation: $"a:button-{verb}-{lang}");
        Assert.True(JsonNode.DeepEquals(fromText, fromButton), $"typed:\n{fromText.ToJsonString()}\nbutton:\n{fromButton.ToJsonString()}");
    }

    [Theory]
    [InlineData("what do I bring on my first day?", "en-US", "The vacancy notices do not say anything about what happens on the first day")]
    [InlineData("que faut-il apporter le premier jour ?", "fr-BE", "Les avis de vacance ne précisent rien sur le déroulement du premier jour")]
    public async Task AFirstDayQuestionGetsTheChecklistAfterSayingTheNoticesAreSilent(string question, string locale, string silent)
    {
        var text = Text(await Say(question, conversation: $"a:first-day-{locale}", locale: locale));
        Assert.Contains(silent, text, StringComparison.Ordinal);
        Assert.True(text.IndexOf(silent, StringComparison.Ordinal) < text.IndexOf("38", StringComparison.Ordinal), text);
    }

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

    // Time-aware replies at their moment: the day before a deadline shows it still to come; a deadline or an info
    // session to come is given in UTC too (for people in other time zones); on a last day the time left, to the minute;
    // on an info session's day, how soon it begins or how long ago it began.
    [Theory]
    [InlineData("2025-06-21T10:00:00Z", "I've been putting off my JIS application. Have I missed the boat?", "Deadline to come — Sunday 22 June 2025")]
    // (Which of two dates comes first, asked before both: said without a past tense.)
    [InlineData("2025-05-20T12:00:00Z", "Qu'est-ce qui arrive en premier : le webinaire ou la clôture des candidatures OCIO ?", "se situe 11 jours avant")]
    [InlineData("2025-05-20T12:00:00Z", "Which comes first for OCIO, the webinar or the application deadline?", "is 11 days before")]
    [InlineData("2025-06-22T10:00:00Z", "À quelle heure UTC ferme l'offre KM aujourd'hui ?", "23:59, heure de Bruxelles (21:59 UTC)")]
    [InlineData("2025-06-22T21:00:00Z", "Il est 23h à Bruxelles, j'ai encore le temps d'envoyer ma candidature KM ?", "aujourd'hui, il reste 59 minutes")]
    [InlineData("2025-06-11T10:00:00Z", "Is the KM info session today?", "today, in 4 hours")]
    [InlineData("2025-06-11T10:00:00Z", "the KM webinar is today, right? what time is that in UTC?", "16:00, Brussels time (14:00 UTC)")]
    [InlineData("2025-06-11T15:30:00Z", "Le webinaire KM a déjà commencé ?", "elle a déjà commencé il y a 1 heure 30 minutes")]
    public async Task ATimeAwareReplySaysWhereItStandsAtItsMoment(string now, string question, string expected)
    {
        _host.Time.FixAt(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));
        var text = Text(await Say(question, conversation: "a:moment"));
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    // Asked whether a vacancy without an info session has one, the timeline says its notice mentions none.
    [Theory]
    [InlineData("2025-06-11T11:00:00Z", "Is there a webinar for the ICTM call today as well?", "en-US", "The ICTM notice does not mention an info session.")]
    [InlineData("2025-06-11T11:00:00Z", "Y a-t-il aussi un webinaire aujourd'hui pour l'offre ICTM ?", "fr-FR", "L'avis ICTM ne mentionne pas de séance d'information.")]
    public async Task AVacancyWithoutASessionIsSaidToMentionNone(string now, string question, string locale, string expected)
    {
        _host.Time.FixAt(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));
        Assert.Contains(expected, Text(await Say(question, conversation: "a:no-session", locale: locale)), StringComparison.Ordinal);
    }

    // What every notice says word for word (the competencies) is shown once, naming them all, not as one vacancy's.
    [Theory]
    [InlineData("I react fast when problems pop up: which competency is that?", "en-US", "Competencies — every vacancy (ICTM, JIS, KM, NDS, OCIO)", "Initiative:", "Source: every notice")]
    [InlineData("je ne relis pas assez mon travail : c'est quelle compétence ?", "fr-FR", "Compétences — tous les postes (ICTM, JIS, KM, NDS, OCIO)", "Clarté et précision :", "Source : tous les avis")]
    public async Task WhatEveryNoticeSaysAlikeIsShownOnceForThemAll(string question, string locale, string heading, string competency, string source)
    {
        var text = Text(await Say(question, locale: locale));
        Assert.Contains(heading, text, StringComparison.Ordinal);
        Assert.Contains(source, text, StringComparison.Ordinal);
        Assert.Equal(1, text.Split(competency).Length - 1);
    }

    // Where something is mentioned in one notice only, the reply says "only one", not a bare count of one.
    [Theory]
    [InlineData("How many notices mention JavaScript?", "en-US", "Mentioned in only one notice: KM.")]
    [InlineData("Dans combien d'offres est-il question de JavaScript ?", "fr-FR", "Mentionné dans un seul avis : KM.")]
    [InlineData("combien d'offres parlent du cloud ?", "fr-FR", "Mentionné dans 2 avis : ICTM et NDS.")]
    public async Task HowManyNoticesMentionSomethingIsSaidWithThem(string question, string locale, string expected) =>
        Assert.Contains(expected, Text(await Say(question, locale: locale)), StringComparison.Ordinal);

    // That no notice mentions something is said as the answer, without "I can't find an answer".
    [Theory]
    [InlineData("which notices talk about Python?", "en-US", "The notices do not mention “Python”.", "can't find")]
    [InlineData("quelles offres parlent de Python ?", "fr-FR", "Les avis ne mentionnent pas « Python ».", "ne trouve pas")]
    public async Task WhatNoNoticeMentionsIsSaidPlainly(string question, string locale, string expected, string left)
    {
        var text = Text(await Say(question, locale: locale));
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain(left, text, StringComparison.Ordinal);
    }

    // An open vacancy's banner follows answers that turn on its deadline: a closing "..., and is it still open?" after
    // another question (the answer, then the banner), or changes asked about while changes are still possible. Which
    // internship fits, then "still open?" as a question of its own, is answered so too (the match, then its status,
    // open or closed), not by the list of what is open.
    [Theory]
    [InlineData("2025-06-01T10:00:00Z", "What does the DSI team do at NDS, and is it still open?", "en-US", "DSI", "Open: applications for NDS close on Sunday 22 June 2025, 23:59 (Brussels time), in 21 days.")]
    [InlineData("2025-06-01T10:00:00Z", "Que fait la DSI au NDS, et c'est encore ouvert ?", "fr-FR", "DSI", "Ouvert : les candidatures pour NDS ferment le dimanche 22 juin 2025 à 23:59 (heure de Bruxelles), dans 21 jours.")]
    [InlineData("2025-06-18T10:00:00Z", "Can I still change my KM application?", "en-US", "Changes after the deadline", "Open: applications for KM close on Sunday 22 June 2025, 23:59 (Brussels time), in 4 days.")]
    [InlineData("2025-06-18T10:00:00Z", "jai fait une faute dans mon dossier nds, je peux encore modif?", "fr-FR", "Modifications après la date limite", "Ouvert : les candidatures pour NDS ferment le dimanche 22 juin 2025 à 23:59 (heure de Bruxelles), dans 4 jours.")]
    [InlineData("2025-09-01T10:00:00Z", "I'm studying archival science. Which internship would suit me, and is it still open?", "en-US", "Archives Committee", "Open: applications for ICTM close on Thursday 30 April 2026, 23:59 (Brussels time), in 7 months (241 days).")]
    [InlineData("2025-07-02T10:00:00Z", "je code en html css javascript, ya un stage qui utilise ca? encore ouvert?", "fr-FR", "JavaScript", "Clôturé : les candidatures pour KM ont été clôturées le dimanche 22 juin 2025 à 23:59 (heure de Bruxelles), il y a 10 jours.")]
    public async Task AnOpenVacancysBannerFollowsAnswersThatTurnOnItsDeadline(string now, string question, string locale, string answer, string banner)
    {
        _host.Time.FixAt(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));
        var text = Text(await Say(question, conversation: "a:open-banner", locale: locale));
        Assert.Contains(answer, text, StringComparison.Ordinal);
        Assert.Contains(banner, text, StringComparison.Ordinal);
        Assert.True(text.IndexOf(answer, StringComparison.Ordinal) < text.IndexOf(banner, StringComparison.Ordinal));
    }

    // A degree described beside a question about a vacancy: after the answer, what that notice makes of the degree.
    [Theory]
    [InlineData("I'm in the last year of a master's in computer science. Does that help me for NDS?", "en-US", "As for the degree, the NDS notice counts this as desirable (an advantage, not required): A bachelor's degree, or being in the final stage of a master's")]
    [InlineData("Une étudiante en dernière année de master de cybersécurité, c'est un bon profil pour le NDS ?", "fr-FR", "Pour le diplôme, l'avis NDS compte ceci comme souhaitable (un atout, non requis) : Une licence (bachelor), ou être en dernière année de master")]
    public async Task ADescribedDegreeIsFollowedByWhatTheNoticeMakesOfIt(string question, string locale, string expected)
    {
        var text = Text(await Say(question, conversation: "a:degree", locale: locale));
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    // "Am I still in time?" is answered by the deadline and what is still to come: a session held days ago is no part of
    // it (and "already took place" beside an open deadline reads as if it had closed).
    [Theory]
    [InlineData("2025-06-22T19:40:00Z", "am I still in time for KM??", "Deadline to come — Sunday 22 June 2025", "already took place")]
    [InlineData("2025-06-22T19:00:00Z", "vite jai encore le temps pour le jis ???", "Date limite à venir — dimanche 22 juin 2025", "déjà passée")]
    public async Task WhetherOneIsStillInTimeLeavesOutTheSessionsAlreadyHeld(string now, string question, string expected, string left)
    {
        _host.Time.FixAt(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));
        var text = Text(await Say(question, conversation: "a:in-time"));
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain(left, text, StringComparison.Ordinal);
    }

    // A forwarded message that describes someone and asks "can he apply, and is it paid?" gets the check and the grant.
    [Fact]
    public async Task ACheckAskedWithAnotherQuestionAnswersBoth()
    {
        var text = Text(await Say("Email transféré d'un parent : « Bonjour, mon fils est canadien, 23 ans, étudiant en génie logiciel. Peut-il postuler, et les stages sont-ils payés ? »", conversation: "a:check-and-grant"));
        Assert.Contains("Nationalité", text, StringComparison.Ordinal);
        // (French amounts are grouped with a narrow no-break space.)
        Assert.Contains("1\u202F286,09", text, StringComparison.Ordinal);
        Assert.DoesNotContain("286,09", Text(await Say("Mon fils est canadien, 23 ans, étudiant en génie logiciel. Peut-il postuler ?", conversation: "a:check-only")), StringComparison.Ordinal);
    }

    // Whether someone may apply to two vacancies named at once is also how many one may apply to.
    [Fact]
    public async Task ACheckForTwoVacanciesAtOnceSaysHowManyOneMayApplyTo()
    {
        var text = Text(await Say("A student of ours (Portuguese, 24, final-year master's in cybersecurity) wants to apply to both JIS and NDS. Is that allowed, and would she have to pay her own travel to Brussels?", conversation: "a:two-at-once"));
        Assert.Contains("Nationality", text, StringComparison.Ordinal);
        Assert.Contains("up to 3 different vacancies", text, StringComparison.Ordinal);
        Assert.Contains("Travel is reimbursed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("up to 3 different vacancies", Text(await Say("A student of ours, Portuguese, 24, final-year master's: can she apply to JIS?", conversation: "a:one-only")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACardSaysFirstWhatAnAbbreviationAskedAboutStandsFor()
    {
        var card = await Say("what does NOS stand for?", conversation: "a:nos");
        Assert.Equal("NOS stands for NATO Office of Security (JIS notice).", card["body"]![0]!["text"]!.GetValue<string>());
        Assert.Contains("NOS", Text(card)[card["body"]![0]!["text"]!.GetValue<string>().Length..], StringComparison.Ordinal);
    }

    // A passage naming a body of its notice by abbreviation alone spells it out once, in the reply's language.
    [Theory]
    [InlineData("en-US", "Which office coordinates security between NATO nations and partner countries?", "The NOS (NATO Office of Security) coordinates")]
    [InlineData("fr-BE", "Quel service coordonne la sécurité OTAN entre les pays membres et les organisations partenaires ?", "Le NOS (NATO Office of Security) coordonne")]
    public async Task AnAbbreviationAPassageUsesAloneIsSpelledOutOnce(string locale, string question, string expected)
    {
        var text = Text(await Say(question, conversation: $"a:spelled-{locale}", locale: locale));
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "NOS \\(NATO Office of Security\\)"));
    }

    [Fact]
    public async Task ACardSaysFirstWhatTheQuestionAskedForThatTheNoticeNeverMentions()
    {
        var card = await Say("does the NDS need Python?");
        Assert.Equal("The NDS notice does not mention “Python”.", card["body"]![0]!["text"]!.GetValue<string>());
        Assert.DoesNotContain("does not mention", Text(await Say("does the KM internship involve SharePoint?")), StringComparison.Ordinal);

        var detail = await Say("How much exactly is the travel reimbursement for NDS interns?", conversation: "a:detail");
        Assert.Equal("The NDS notice does not state an amount.", detail["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task AQuestionForNoVacancyIsAnsweredForEachAndAButtonAsksAgainForOne()
    {
        var all = Text(await Say("When does the internship start?"));
        Assert.DoesNotContain("Which one do you mean", all, StringComparison.Ordinal);
        Assert.Contains("March 2026", all, StringComparison.Ordinal);
        Assert.Contains("Not stated: the ICTM notice does not state this", all, StringComparison.Ordinal);

        var km = await Say("When does the KM internship start?");
        var button = Buttons(km).First(b => b["verb"]!.GetValue<string>() == "ask");
        Assert.Equal("km", button["data"]!["vacancy"]!.GetValue<string>());
        var answer = Text(await Invoke("ask", button["data"]!));
        Assert.Contains("KM (250775)", answer, StringComparison.Ordinal);
        Assert.Contains("Applications closed on Sunday 22 June 2025", answer, StringComparison.Ordinal);
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
        Assert.Contains("Les candidatures ont été clôturées le dimanche 22 juin 2025", Text(await Say("deadline for NDS", "a:lang")), StringComparison.Ordinal);
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
    public async Task TheStaffCardIsRefusedToOthers()
    {
        var text = Text(await Say("how many applications do we have?"));
        Assert.Contains("for internship staff only", text, StringComparison.Ordinal);
        // What an applicant can be told: the notices do not say.
        Assert.Contains("Not stated: the vacancy notices do not say how many people apply", text, StringComparison.Ordinal);
    }

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
