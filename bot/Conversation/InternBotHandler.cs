using System.Text.Json;
using System.Text.Json.Nodes;
using InternBot.Bot.BotFramework.Schema;
using InternBot.Bot.BotFramework.Turns;
using InternBot.Bot.Cards;
using InternBot.Core.Answers;
using InternBot.Core.Conversations;
using InternBot.Core.Eligibility;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Bot.Cards.CardText;

namespace InternBot.Bot.Conversation;

/// <summary>
/// InternBot's turn logic: each activity becomes a call to Core (answer a question, decide eligibility) and a card.
/// Card buttons arrive as Action.Execute invokes (answered in place) or, from older clients, as Action.Submit
/// messages; both go through <see cref="ActAsync"/>, so a button does the same whichever way it comes. A button
/// becomes the same Core reply a typed question would (the escalation workflow's buttons excepted: they act on a
/// question, not on the catalogue), and every reply reaches its card by one path, <see cref="CardAsync"/>.
/// </summary>
internal sealed partial class InternBotHandler(
    VacancyCatalogue catalogue,
    QuestionAnswerer answerer,
    EligibilityEngine engine,
    ReplyData replyData,
    ReplyRenderer renderer,
    IConversationStateStore states,
    IUnansweredQuestionStore unanswered,
    ConversationAddressRecorder addresses,
    EscalationFlow escalations,
    OnboardingProgress onboardingProgress,
    Core.Onboarding.OnboardingGuide onboardingGuide,
    Proactive.SupervisorNotifications notifications,
    CuratedAnswerBook curatedAnswers,
    CuratedAnswerMatcher curatedMatcher,
    TimeProvider time,
    ILogger<InternBotHandler> logger) : ActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await addresses.ObserveAsync(turnContext.Activity, cancellationToken);
        await base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
        SendCardAsync(turnContext, GeneralCards.Welcome(LanguageDetector.Detect("", turnContext.Activity.Locale)), cancellationToken);

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String)
        {
            var card = await ActAsync(turnContext, verb.GetString()!, value, cancellationToken);
            await SendCardAsync(turnContext, card, cancellationToken);
            return;
        }

        var text = activity.TextWithoutMentions();
        var said = LanguageDetector.Detect(text, activity.Locale);
        if ((await escalations.CommandAsync(turnContext, text, said, cancellationToken) ?? await notifications.CommandAsync(turnContext, text, said, cancellationToken)) is { } done)
        {
            await SendCardAsync(turnContext, done, cancellationToken);
            return;
        }

        await turnContext.SendTypingAsync(cancellationToken);
        await SendCardAsync(turnContext, await AnswerAsync(turnContext, text, null, cancellationToken), cancellationToken);
    }

    protected override async Task<AdaptiveCardInvokeResponse?> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var card = await ActAsync(turnContext, invokeValue.Action!.Verb ?? "", invokeValue.Action.Data, cancellationToken);
        return AdaptiveCardInvokeResponse.Card(card.ToJson());
    }

    protected override Task<MessagingExtensionResponse?> OnMessagingExtensionQueryAsync(ITurnContext turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<MessagingExtensionResponse?>(VacancySearch.Respond(query, catalogue, time.GetUtcNow(), LanguageDetector.Detect("", turnContext.Activity.Locale)));

    /// <summary>A button: the verb says what, the data carries the inputs. Unknown or malformed data gets a card saying so.</summary>
    private async Task<AdaptiveCard> ActAsync(ITurnContext turnContext, string verb, JsonElement? data, CancellationToken cancellationToken)
    {
        var key = Key(turnContext);
        var state = await states.GetAsync(key, cancellationToken);
        var l = Languages.Parse(Value(data, "lang")) ?? state.PreferredLanguage ?? LanguageDetector.Detect("", turnContext.Activity.Locale);
        var now = time.GetUtcNow();
        var vacancy = Value(data, "vacancy") is { } slug ? catalogue.Get(slug) : null;
        switch (verb)
        {
            case CardVerbs.Ask when Value(data, "text") is { } question:
                if (vacancy is not null)
                {
                    await states.UpdateAsync(key, state, s => s with { CurrentVacancy = vacancy.Slug }, cancellationToken);
                }

                return await AnswerAsync(turnContext, question, l, cancellationToken);
            case CardVerbs.VacancyDetail when vacancy is not null:
                await states.UpdateAsync(key, state, s => s with { CurrentVacancy = vacancy.Slug }, cancellationToken);
                return await CardAsync(new VacancyDetailReply(l, vacancy), turnContext, state.EligibilityForm, cancellationToken);
            case CardVerbs.VacancyList:
                return await CardAsync(new VacancyListReply(l, catalogue.All), turnContext, state.EligibilityForm, cancellationToken);
            case CardVerbs.Help:
                return await CardAsync(new HelpReply(l, Greeting: false), turnContext, state.EligibilityForm, cancellationToken);
            case CardVerbs.OnboardingDone when Value(data, "item") is { } item && onboardingGuide.Items.Any(i => i.Id == item) && turnContext.Activity.AadObjectId() is { Length: > 0 } me:
                await onboardingProgress.MarkAsync(me, item, Value(data, "done") != "false", cancellationToken);
                return await CardAsync(new OnboardingReply(l), turnContext, state.EligibilityForm, cancellationToken);
            case CardVerbs.Onboarding or CardVerbs.OnboardingDone:
                return await CardAsync(new OnboardingReply(l), turnContext, state.EligibilityForm, cancellationToken);
            case CardVerbs.Language when Languages.Parse(Value(data, "language")) is { } chosen:
                await states.UpdateAsync(key, state, s => s with { PreferredLanguage = chosen }, cancellationToken);
                return await CardAsync(new LanguageSwitchedReply(chosen), turnContext, state.EligibilityForm, cancellationToken);
            case CardVerbs.EligibilityForm:
                return await CardAsync(new EligibilityFormReply(l, vacancy ?? (state.CurrentVacancy is { } c ? catalogue.Get(c) : null)), turnContext, state.EligibilityForm, cancellationToken);
            case CardVerbs.EscalationClaim or CardVerbs.EscalationAnswer or CardVerbs.EscalationDecline:
                return await escalations.ActAsync(turnContext, verb, data, cancellationToken);
            case CardVerbs.Escalate when Value(data, "text") is { Length: > 0 } asked:
                return Stamp(new AdaptiveCard { Lang = l.Code() }.Add(
                    await escalations.EscalateAsync(turnContext.Activity, asked, l, Value(data, "vacancy") ?? state.CurrentVacancy, null, cancellationToken)
                        ? EscalationCards.Sent(l)
                        : new TextBlock(T(l, "The internship office has not chosen a channel for questions yet; I've noted yours for them.", "Le bureau des stages n'a pas encore choisi de canal pour les questions ; j'ai noté la vôtre pour eux."))), l);
            case CardVerbs.EligibilityCheck:
                var values = EligibilityForm.Values(data);
                await states.UpdateAsync(key, state, s => s with { EligibilityForm = values, CurrentVacancy = values.GetValueOrDefault("vacancy") ?? s.CurrentVacancy }, cancellationToken);
                return await CardAsync(Check(values, l, now), turnContext, values, cancellationToken);
            default:
                LogUnknownAction(logger, new Untrusted(verb));
                return Stamp(new AdaptiveCard { Lang = l.Code() }
                    .Add(new TextBlock(T(l, "That button is not one I know (the card may be from an older version). Here is what I can do.", "Je ne connais pas ce bouton (la carte vient peut-être d'une ancienne version). Voici ce que je peux faire.")))
                    .AddActions(new ExecuteAction(T(l, "Help", "Aide"), CardVerbs.Help)), l);
        }
    }

    /// <summary>The form's answers decided by the engine, or the form again with what to fix.</summary>
    private Reply Check(IReadOnlyDictionary<string, string> values, Language l, DateTimeOffset now)
    {
        var parsed = EligibilityForm.Parse(values, catalogue, now, l);
        return parsed.Profile is null || parsed.Vacancy is null
            ? new EligibilityFormReply(l, parsed.Vacancy) { Errors = parsed.Errors }
            : new EligibilityDecisionReply(l, engine.Evaluate(parsed.Profile, parsed.Vacancy), parsed.Vacancy);
    }

    private async Task<AdaptiveCard> AnswerAsync(ITurnContext turnContext, string text, Language? language, CancellationToken cancellationToken)
    {
        var key = Key(turnContext);
        var state = await states.GetAsync(key, cancellationToken);
        var outcome = answerer.Answer(text, turnContext.Activity.Locale, state.ToQuestionContext(language));
        // What this answer changes (the vacancy, topics and facts it was about) is applied to the latest state, so a
        // turn of the same conversation that saved meanwhile (another instance, a card button) keeps what it saved.
        var next = await states.UpdateAsync(key, state,
            s => s.After(outcome.Next with { PreferredLanguage = outcome.Reply is LanguageSwitchedReply ? outcome.Language : s.PreferredLanguage }), cancellationToken);

        // The outcome only, never the text: answered, from the office's curated answers, escalated to it, or not stated.
        var counted = outcome.Reply switch
        {
            NotUnderstoodReply => "not_understood",
            NotCoveredReply => "not_stated",
            _ when outcome.Unanswered => "not_stated",
            _ => "answered",
        };
        if (outcome.Unanswered && text.Length > 0)
        {
            // What the internship office answered before, for a question that asks the same thing.
            if (curatedMatcher.Match(text, outcome.Language, next.CurrentVacancy, await curatedAnswers.ListAsync(cancellationToken)) is { } known)
            {
                InternBot.Bot.Hosting.Telemetry.CountAnswer("curated");
                return Stamp(EscalationCards.Curated(known), outcome.Language);
            }

            await unanswered.AddAsync(new UnansweredQuestion(text, outcome.Language.Code(), next.CurrentVacancy, time.GetUtcNow()), cancellationToken);
            if (curatedMatcher.IsQuestion(text)
                && await escalations.EscalateAsync(turnContext.Activity, text, outcome.Language, next.CurrentVacancy, outcome.Reply is NotCoveredReply n ? $"the notices do not say ({n.Aspect.Name.En})" : "it found no answer in the notices", cancellationToken))
            {
                InternBot.Bot.Hosting.Telemetry.CountAnswer("escalated");
                return Stamp((await CardAsync(outcome.Reply, turnContext, next.EligibilityForm, cancellationToken)).Add(EscalationCards.Sent(outcome.Language)), outcome.Language);
            }
        }

        InternBot.Bot.Hosting.Telemetry.CountAnswer(counted);

        // The answerer hands out the same reply object for the same question and context within the minute; its card
        // is written once. Cards that depend on who asks (staff counts) or on the form's values are not kept.
        var cacheable = outcome.Reply is not (StaffCountsReply or EligibilityFormReply or OnboardingReply);
        if (cacheable && _written.TryGetValue(outcome.Reply, out var written))
        {
            return written;
        }

        var rendered = await CardAsync(outcome.Reply, turnContext, next.EligibilityForm, cancellationToken);
        if (!outcome.Unanswered && outcome.Reply is FactsReply or PassagesReply or TimelineReply && text.Length is > 0 and <= 500 && rendered.Actions.Count < 5)
        {
            // An answer that is not what the person needed can still go to the people who know.
            rendered.AddActions(new ExecuteAction(T(outcome.Language, "Ask the internship office", "Demander au bureau des stages"), CardVerbs.Escalate, Data(("text", text), ("vacancy", next.CurrentVacancy))));
        }

        var card = Stamp(rendered, outcome.Language);
        if (cacheable)
        {
            card = card.Frozen();
            _written.AddOrUpdate(outcome.Reply, card);
        }

        return card;
    }

    // Keyed by the reply object itself, and gone with it.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Reply, AdaptiveCard> _written = new();

    private static async Task SendCardAsync(ITurnContext turnContext, AdaptiveCard card, CancellationToken cancellationToken)
    {
        var reply = turnContext.Activity.CreateReply();
        reply.Attachments = [card.Attachment()];
        reply.TextFormat = null;
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    /// <summary>Every button remembers the card's language, so a click answers in the language the card was in.</summary>
    private static AdaptiveCard Stamp(AdaptiveCard card, Language l)
    {
        if (card.IsFrozen)
        {
            return card;
        }

        foreach (var action in card.Actions.OfType<ExecuteAction>().Concat(card.Body.OfType<ActionSet>().SelectMany(s => s.Actions.OfType<ExecuteAction>())))
        {
            action.Data?.TryAdd("lang", l.Code());
        }

        foreach (var set in card.Body.OfType<ColumnSet>().SelectMany(c => c.Columns).SelectMany(c => c.Items).OfType<ActionSet>())
        {
            foreach (var action in set.Actions.OfType<ExecuteAction>())
            {
                action.Data?.TryAdd("lang", l.Code());
            }
        }

        return card;
    }

    private static string Key(ITurnContext turnContext) => turnContext.Activity.Conversation?.Id ?? "no-conversation";

    private static Caller CallerOf(ITurnContext turnContext) => new(turnContext.Activity.TenantId(), turnContext.Activity.AadObjectId());

    /// <summary>
    /// One path from a reply to its card, whether a typed question or a button asked: what it needs is read, then it
    /// is drawn, and its buttons remember its language.
    /// </summary>
    private async Task<AdaptiveCard> CardAsync(Reply reply, ITurnContext turnContext, IReadOnlyDictionary<string, string> form, CancellationToken cancellationToken) =>
        Stamp(renderer.Render(reply, await replyData.LoadAsync(reply, CallerOf(turnContext), cancellationToken), form), reply.Language);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Card action with unknown verb {Verb}")]
    private static partial void LogUnknownAction(ILogger logger, Untrusted verb);
}
