using System.Globalization;
using InternBot.Core.Answers;
using InternBot.Core.Conversations;
using InternBot.Core.Text;
using static InternBot.Bot.Cards.CardText;

namespace InternBot.Bot.Cards;

/// <summary>
/// Cards of the way to the internship office: the question card in the office's channel (which changes in place as
/// staff claim, answer or close it), the answer that comes back to the asker, and a curated answer with its source.
/// </summary>
public static class EscalationCards
{
    /// <summary>The office's card, in both languages (the office works in both), with the question as asked.</summary>
    public static AdaptiveCard Channel(Escalation e)
    {
        var facts = new List<Fact>
        {
            new("Asked by / Posée par", Plain(e.AskerName)),
            new("Asked / Le", When(e.AskedAt)),
            new("Language / Langue", e.Language == "fr" ? "French / français" : "English / anglais"),
        };
        if (e.Vacancy is { } v)
        {
            facts.Add(new("Vacancy / Poste", v.ToUpperInvariant()));
        }

        if (e.BotTried is { } tried)
        {
            facts.Add(new("The bot said / Le bot a dit", tried));
        }

        var card = new AdaptiveCard { Lang = "en" }
            .Add(
                new TextBlock("Question for the internship office / Question pour le bureau des stages") { Weight = "Bolder", Size = "Medium", Style = "heading" },
                new TextBlock(Plain(e.Question)) { Weight = "Bolder" },
                new FactSet(facts));
        switch (e.Status)
        {
            case EscalationStatus.Answered:
                card.Add(new TextBlock($"Answered by {Plain(e.HandledBy ?? "")} on {When(e.HandledAt)}{(e.Curated ? "; added to the bot's answers" : "")}. / Réponse de {Plain(e.HandledBy ?? "")} le {When(e.HandledAt, Language.French)}{(e.Curated ? " ; ajoutée aux réponses du bot" : "")}.") { Color = "Good", Separator = true });
                card.Add(e.AnswerEn is { } en ? new TextBlock($"English: {en}") : null, e.AnswerFr is { } fr ? new TextBlock($"Français : {fr}") : null);
                break;
            case EscalationStatus.NotAnswerable:
                card.Add(new TextBlock($"Closed as not answerable by {Plain(e.HandledBy ?? "")} on {When(e.HandledAt)}. The asker was told. / Classée sans réponse possible par {Plain(e.HandledBy ?? "")} ; la personne a été prévenue.") { IsSubtle = true, Separator = true });
                break;
            default:
                if (e.Status == EscalationStatus.Claimed)
                {
                    card.Add(new TextBlock($"Claimed by {Plain(e.HandledBy ?? "")} on {When(e.HandledAt)}. / Prise en charge par {Plain(e.HandledBy ?? "")}.") { Color = "Accent", Separator = true });
                }

                card.Add(
                    new TextInput("answerEn", "Answer in English") { IsMultiline = true, MaxLength = EscalationSteps.MaxAnswerLength },
                    new TextInput("answerFr", "Réponse en français") { IsMultiline = true, MaxLength = EscalationSteps.MaxAnswerLength },
                    new ToggleInput("curate", "For the next people who ask / Pour les prochaines personnes", "Add to the bot's answers / Ajouter aux réponses du bot"));
                card.AddActions(
                    e.Status == EscalationStatus.Open ? new ExecuteAction("Claim / Prendre en charge", CardVerbs.EscalationClaim, Data(("id", e.Id))) : null,
                    new ExecuteAction("Send answer / Envoyer", CardVerbs.EscalationAnswer, Data(("id", e.Id))),
                    new ExecuteAction("Not answerable / Sans réponse", CardVerbs.EscalationDecline, Data(("id", e.Id))));
                break;
        }

        card.Add(new TextBlock("Only the asker's display name is shared here; the answer goes back to them in their chat with the bot, in their language. / Seul le nom d'affichage de la personne est partagé ici ; la réponse lui revient dans sa conversation avec le bot, dans sa langue.") { IsSubtle = true, Separator = true });
        return card;
    }

    /// <summary>A staff-only card for someone else who pressed a button on the office's card.</summary>
    public static AdaptiveCard ChannelRefused(Escalation e) =>
        Channel(e).Add(new TextBlock("Only internship office staff can claim or answer this question. / Seul le personnel du bureau des stages peut traiter cette question.") { Color = "Attention" });

    /// <summary>What the asker is told when their question went to the office.</summary>
    public static TextBlock Sent(Language l) =>
        new(T(l, "I've sent your question to the internship office (with your display name, nothing else); their answer will come here.",
            "J'ai transmis votre question au bureau des stages (avec votre nom d'affichage, rien d'autre) ; leur réponse arrivera ici.")) { IsSubtle = true, Separator = true };

    /// <summary>The office's answer, sent to the asker in their language (or, if the office wrote only the other one, in that one, said so).</summary>
    public static AdaptiveCard Answer(Escalation e)
    {
        var l = Languages.Parse(e.Language) ?? Language.English;
        var own = l == Language.French ? e.AnswerFr : e.AnswerEn;
        var card = new AdaptiveCard { Lang = l.Code() }
            .Add(
                new TextBlock(T(l, "The internship office answered your question", "Le bureau des stages a répondu à votre question")) { Weight = "Bolder", Style = "heading" },
                new TextBlock($"« {Plain(e.Question)} »") { IsSubtle = true },
                new TextBlock(own ?? e.AnswerEn ?? e.AnswerFr ?? ""));
        if (own is null)
        {
            card.Add(new TextBlock(T(l, "(The office answered in French only.)", "(Le bureau a répondu en anglais uniquement.)")) { IsSubtle = true });
        }

        return card.Add(new TextBlock(T(l, $"Answered by {Plain(e.HandledBy ?? "")}, internship office, {When(e.HandledAt)}.", $"Réponse de {Plain(e.HandledBy ?? "")}, bureau des stages, le {When(e.HandledAt, l)}.")) { IsSubtle = true, Separator = true });
    }

    /// <summary>The asker is told the office could not answer.</summary>
    public static AdaptiveCard NotAnswerable(Escalation e)
    {
        var l = Languages.Parse(e.Language) ?? Language.English;
        return new AdaptiveCard { Lang = l.Code() }.Add(
            new TextBlock(T(l, "The internship office could not answer your question", "Le bureau des stages n'a pas pu répondre à votre question")) { Weight = "Bolder", Style = "heading" },
            new TextBlock($"« {Plain(e.Question)} »") { IsSubtle = true },
            new TextBlock(T(l, "Please write to the internship office through the contact given in the vacancy notice.", "Veuillez écrire au bureau des stages à l'adresse indiquée dans l'avis de vacance.")));
    }

    /// <summary>A curated answer: the office's words, said to be theirs, with the date.</summary>
    public static AdaptiveCard Curated(CuratedReply reply)
    {
        var l = reply.Language;
        var (text, written) = reply.Answer.In(l);
        var card = new AdaptiveCard { Lang = l.Code() }
            .Add(
                new TextBlock(text) { Weight = "Bolder" },
                new TextBlock(T(l, $"The notices do not say this; the internship office answered it for an earlier question (« {Plain(reply.Answer.Question)} ») on {When(reply.Answer.CreatedAt)}.",
                    $"Les avis ne le précisent pas ; le bureau des stages a répondu à une question antérieure (« {Plain(reply.Answer.Question)} ») le {When(reply.Answer.CreatedAt, l)}.")) { IsSubtle = true, Separator = true });
        if (written != l)
        {
            card.Add(new TextBlock(T(l, "(Written in French only.)", "(Rédigé en anglais uniquement.)")) { IsSubtle = true });
        }

        return card;
    }

    private static string When(DateTimeOffset? at, Language l = Language.English) =>
        at is not { } t ? "" : l == Language.French
            ? t.UtcDateTime.ToString("d MMMM yyyy 'à' HH:mm 'UTC'", CultureInfo.GetCultureInfo("fr-FR"))
            : t.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
