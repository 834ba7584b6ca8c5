using System.Text.Json;
using InternBot.Bot.BotFramework.Connector;
using InternBot.Bot.BotFramework.Schema;
using InternBot.Bot.BotFramework.Turns;
using InternBot.Bot.Cards;
using InternBot.Core.Answers;
using InternBot.Core.Conversations;
using InternBot.Core.Roles;
using InternBot.Core.Text;
using Microsoft.Extensions.Options;
using static InternBot.Bot.Cards.CardText;

namespace InternBot.Bot.Conversation;

/// <summary>
/// Where the internship office takes questions ("Escalation"): a team channel's id and service URL, for setups with no
/// one to say "escalate here" in the channel. A channel chosen in chat wins over this.
/// </summary>
public sealed class EscalationOptions
{
    public const string SectionName = "Escalation";

    public string? ChannelId { get; set; }

    public string? ServiceUrl { get; set; }

    internal ConversationAddress? Channel(DateTimeOffset now) =>
        string.IsNullOrWhiteSpace(ChannelId) || !Uri.TryCreate(ServiceUrl, UriKind.Absolute, out _) ? null
            : new ConversationAddress(ChannelId, ServiceUrl!, "msteams", ConversationScope.Channel, null, null, null, null, now);
}

/// <summary>
/// The way to the internship office: staff choose the channel ("escalate here"); a question the bot cannot answer (or
/// one the asker sends on) goes there as a card; staff claim, answer (English and/or French) or close it on the card,
/// which changes in place; the answer goes back to the asker's chat in their language, and may become a curated
/// answer. Every step is saved over the version read, so of two staff pressing at once one wins and the other sees it.
/// </summary>
internal sealed partial class EscalationFlow(
    EscalationDesk desk,
    CuratedAnswerBook curated,
    IConversationAddressStore addresses,
    Proactive.ProactiveMessenger messenger,
    SentOccurrences sent,
    ConversationAddressRecorder addressOf,
    IRoleProvider roles,
    IOptions<EscalationOptions> options,
    TimeProvider time,
    ILogger<EscalationFlow> logger)
{
    private const int MaxQuestionLength = 500;

    /// <summary>"escalate here" / "stop escalating here" (and French), said in a team channel by staff; null for any other text.</summary>
    public async Task<AdaptiveCard?> CommandAsync(ITurnContext turn, string text, Language l, CancellationToken cancellationToken)
    {
        var command = text.Trim().TrimEnd('.', '!').ToLowerInvariant();
        bool? on = command switch
        {
            "escalate here" or "transmettre ici" or "transmets ici" => true,
            "stop escalating here" or "ne plus transmettre ici" => false,
            _ => null,
        };
        if (on is null)
        {
            return null;
        }

        var activity = turn.Activity;
        if (activity.ConversationType() != "channel")
        {
            return Note(l, "Say this in the team channel where the internship office should receive questions.", "Dites-le dans le canal d'équipe où le bureau des stages doit recevoir les questions.");
        }

        if (!await IsStaffAsync(activity, cancellationToken))
        {
            return Note(l, "Only internship office staff can choose where questions go.", "Seul le personnel du bureau des stages peut choisir où vont les questions.");
        }

        // The channel as the address recorder reads it (the channel, not the thread a message is in).
        var here = addressOf.AddressOf(activity);
        if (here is null)
        {
            return Note(l, "This channel's address is not one I can write to, so I cannot send questions here.", "Je ne peux pas écrire à l'adresse de ce canal : je ne peux donc pas y envoyer les questions.");
        }

        if (on == true)
        {
            await desk.SetChannelAsync(here, cancellationToken);
            return Note(l, "Done: questions I cannot answer will come to this channel as cards, to claim and answer here.", "C'est fait : les questions auxquelles je ne peux pas répondre arriveront dans ce canal, à prendre en charge et à traiter ici.");
        }

        if (await desk.ChannelAsync(cancellationToken) is { } current && current.ConversationId == here?.ConversationId)
        {
            await desk.SetChannelAsync(null, cancellationToken);
        }

        return Note(l, "Done: questions no longer come to this channel.", "C'est fait : les questions n'arrivent plus dans ce canal.");
    }

    /// <summary>Sends a question to the office's channel; false when no channel is chosen or configured.</summary>
    public async Task<bool> EscalateAsync(Activity asked, string question, Language l, string? vacancy, string? botTried, CancellationToken cancellationToken)
    {
        if (await ChannelAsync(cancellationToken) is not { } channel || asked.Conversation?.Id is not { } askerConversation)
        {
            return false;
        }

        // The same question from the same chat goes once a day, however often it is asked or the button pressed.
        var day = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var once = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{askerConversation}\n{question.Trim().ToLowerInvariant()}")));
        if (!await sent.TryClaimAsync($"escalation:{day}:{once}", cancellationToken))
        {
            return true;
        }

        var escalation = await desk.TrySaveAsync(
            new Escalation
            {
                Id = Guid.NewGuid().ToString("N"),
                Question = question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question,
                Language = l.Code(),
                Vacancy = vacancy,
                BotTried = botTried,
                AskerName = asked.From?.Name is { Length: > 0 } name ? (name.Length > 100 ? name[..100] : name) : "(no name)",
                AskerConversationId = askerConversation,
                AskedAt = time.GetUtcNow(),
            },
            cancellationToken) ?? throw new InvalidOperationException("A new escalation id was already taken.");
        string? posted;
        try
        {
            posted = await messenger.PostAsync(channel, EscalationCards.Channel(escalation), cancellationToken);
        }
        catch (ConnectorException e)
        {
            // The channel could not be reached (after the connector's retries): the asker is told the question was
            // noted, as without a channel, and staff still find it with `internbot unanswered`.
            LogNotEscalated(logger, escalation.Id, e.Code);
            return false;
        }

        await desk.ChangeAsync(escalation.Id, e => new(e with { ChannelActivityId = posted }, posted is not null), cancellationToken);
        LogEscalated(logger, escalation.Id);
        return true;
    }

    /// <summary>A button on the office's card: claim, answer or close. Returns the card as it now stands.</summary>
    public async Task<AdaptiveCard> ActAsync(ITurnContext turn, string verb, JsonElement? data, CancellationToken cancellationToken)
    {
        var id = Value(data, "id");
        var current = id is null ? null : await desk.GetAsync(id, cancellationToken);
        if (current is null)
        {
            return new AdaptiveCard { Lang = "en" }.Add(new TextBlock("This question is no longer known (it may have been removed)."));
        }

        if (!await IsStaffAsync(turn.Activity, cancellationToken))
        {
            return EscalationCards.ChannelRefused(current);
        }

        var staff = turn.Activity.From?.Name is { Length: > 0 } n ? (n.Length > 100 ? n[..100] : n) : "internship office";
        var now = time.GetUtcNow();
        Func<Escalation, EscalationChange> step = verb switch
        {
            CardVerbs.EscalationClaim => e => EscalationSteps.Claim(e, staff, now),
            CardVerbs.EscalationAnswer => e => EscalationSteps.Answer(e, staff, Value(data, "answerEn"), Value(data, "answerFr"), Value(data, "curate") == "true", now),
            _ => e => EscalationSteps.NotAnswerable(e, staff, now),
        };
        var change = await desk.ChangeAsync(current.Id, step, cancellationToken);
        var escalation = change?.Escalation ?? current;
        var card = EscalationCards.Channel(escalation);
        if (change is not { Changed: true })
        {
            return card;
        }

        await UpdateChannelCardAsync(escalation, card, cancellationToken);
        if (escalation.Status == EscalationStatus.Answered)
        {
            await TellAskerAsync(escalation, EscalationCards.Answer(escalation), cancellationToken);
            if (escalation.Curated)
            {
                await curated.SaveAsync(new CuratedAnswer(escalation.Id, escalation.Question, escalation.AnswerEn, escalation.AnswerFr, escalation.Vacancy, CuratedAnswer.InternshipOffice, now), cancellationToken);
            }
        }
        else if (escalation.Status == EscalationStatus.NotAnswerable)
        {
            await TellAskerAsync(escalation, EscalationCards.NotAnswerable(escalation), cancellationToken);
        }

        return card;
    }

    private async Task<ConversationAddress?> ChannelAsync(CancellationToken cancellationToken) =>
        await desk.ChannelAsync(cancellationToken) ?? options.Value.Channel(time.GetUtcNow());

    private async Task UpdateChannelCardAsync(Escalation e, AdaptiveCard card, CancellationToken cancellationToken)
    {
        if (e.ChannelActivityId is not { } activityId || await ChannelAsync(cancellationToken) is not { } channel)
        {
            return;
        }

        try
        {
            await messenger.UpdateAsync(channel, activityId, card, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            // The invoke's answer still shows the new card to whoever pressed; the others see it on their next refresh.
            LogNotUpdated(logger, ex.Code);
        }
    }

    private async Task TellAskerAsync(Escalation e, AdaptiveCard card, CancellationToken cancellationToken)
    {
        if (await addresses.GetAsync(e.AskerConversationId, cancellationToken) is not { } asker)
        {
            LogAskerUnknown(logger, e.Id);
            return;
        }

        await messenger.SendAsync(asker, card, cancellationToken);
    }

    private async Task<bool> IsStaffAsync(Activity activity, CancellationToken cancellationToken) =>
        (await roles.GetRolesAsync(activity.TenantId(), activity.AadObjectId(), cancellationToken)).Contains(Role.Staff);

    [LoggerMessage(EventId = 3020, Level = LogLevel.Information, Message = "Question {Id} sent to the internship office's channel.")]
    private static partial void LogEscalated(ILogger logger, string id);

    [LoggerMessage(EventId = 3024, Level = LogLevel.Warning, Message = "Question {Id} could not be posted to the office's channel ({Code}); it stays among the unanswered questions.")]
    private static partial void LogNotEscalated(ILogger logger, string id, string code);

    [LoggerMessage(EventId = 3021, Level = LogLevel.Warning, Message = "The office's card could not be updated in place ({Code}).")]
    private static partial void LogNotUpdated(ILogger logger, string code);

    [LoggerMessage(EventId = 3022, Level = LogLevel.Warning, Message = "The asker of question {Id} has no known conversation; the answer was not sent.")]
    private static partial void LogAskerUnknown(ILogger logger, string id);
}

internal static class EscalationRegistration
{
    /// <summary>The way to the internship office and the curated answers it writes.</summary>
    public static IServiceCollection AddEscalation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EscalationOptions>().Bind(configuration.GetSection(EscalationOptions.SectionName));
        services.AddSingleton<EscalationDesk>();
        services.AddSingleton<CuratedAnswerBook>();
        services.AddSingleton(sp => new CuratedAnswerMatcher(sp.GetRequiredService<QuestionAnswerer>().Reader.Analyser));
        services.AddSingleton<EscalationFlow>();
        return services;
    }
}
