using InternBot.Bot.Cards;
using InternBot.Core.Answers;
using InternBot.Core.Applications;
using InternBot.Core.Onboarding;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Bot.Cards.CardText;

namespace InternBot.Bot.Conversation;

/// <summary>Turns Core's replies into cards, with what <see cref="ReplyData"/> read for them: it only renders.</summary>
internal sealed class ReplyRenderer(VacancyCatalogue catalogue, OnboardingGuide onboarding, TimeProvider time)
{
    // What the notices' abbreviations stand for, read once: a passage naming a body by abbreviation alone spells it out.
    private readonly Abbreviations _abbreviations = new(catalogue);

    public AdaptiveCard Render(Reply reply, ReplyInputs inputs, IReadOnlyDictionary<string, string> form)
    {
        var now = time.GetUtcNow();
        var l = reply.Language;
        var card = reply switch
        {
            FactsReply f => AnswerCards.Facts(f, now, catalogue.All),
            TimelineReply t => AnswerCards.Timeline(t, now),
            CalculationReply c => AnswerCards.Calculation(c),
            PassagesReply p => AnswerCards.Passages(p, catalogue.All.Count, _abbreviations),
            NotCoveredReply n => AnswerCards.NotCovered(n, catalogue.All),
            VacancyDetailReply d => VacancyCards.Detail(d.Vacancy, now, l),
            VacancyListReply list => VacancyCards.List(list.Vacancies, now, l),
            HelpReply h => GeneralCards.Help(l, h.Greeting),
            LanguageSwitchedReply => GeneralCards.Help(l, greeting: false),
            OnboardingReply o => GeneralCards.Onboarding(onboarding, l, inputs.OnboardingDone, o.Unstated),
            EligibilityFormReply e => EligibilityCards.Form(catalogue, e.Vacancy, e.Vacancy is null ? form : new Dictionary<string, string>(form) { ["vacancy"] = e.Vacancy.Slug }, e.Errors, l),
            EligibilityDecisionReply d => EligibilityCards.Result(d.Decision, d.Vacancy, now, l),
            QuickEligibilityReply q => AnswerCards.QuickEligibility(q, now, catalogue.All),
            StaffCountsReply => StaffCountsCard(inputs.Counts ?? StaffCounts.NotStaff, l),
            NotUnderstoodReply n => AnswerCards.NotUnderstood(n),
            _ => GeneralCards.Help(l, greeting: false),
        };

        // "..., and when does it close?": each vacancy the answer is about, open or closed today, after the answer.
        foreach (var vacancy in reply.DeadlinesAsked)
        {
            card.Body.Add(CardText.Status(vacancy, now, l));
        }

        // "Final year of a master's: good for NDS?": what the notice makes of such a degree, after the answer.
        if (reply.DegreeAdvantage is { } degree)
        {
            card.Body.Add(new TextBlock(In(degree.Sentence, l)));
        }

        // "Does the ICTM notice say the same?": first whether it does; then what it says.
        if (reply.Compared is { } compared)
        {
            card.Body.Insert(0, new TextBlock(In(compared.Sentence, l)) { Weight = "Bolder" });
        }

        // "The name of the Head of KM?": first, that the notice does not give that detail; then what it does say.
        if (reply.UnstatedDetail is { } detail)
        {
            card.Body.Insert(0, new TextBlock(In(detail.Sentence, l)) { Weight = "Bolder" });
        }

        // "What does NOS stand for?": first what it stands for; then the passages that use it.
        if (reply.Expanded is { } expanded)
        {
            card.Body.Insert(0, new TextBlock(In(expanded.Sentence, l)) { Weight = "Bolder" });
        }

        // "Does the NDS need Python?": first, that the notice never mentions it; then what it does say.
        if (reply.Unmentioned is { } unmentioned)
        {
            card.Body.Insert(0, new TextBlock(In(unmentioned.Sentence, l)) { Weight = "Bolder" });
        }

        return card;
    }

    private AdaptiveCard StaffCountsCard(StaffCounts counts, Language l) => counts switch
    {
        // An applicant asking how many applied learns that the notices do not say, and that the figures are the staff's.
        { Refused: true } => new AdaptiveCard { Lang = l.Code() }
            .Add(new TextBlock(T(l, "Application counts are for internship staff only.", "Le nombre de candidatures est réservé au personnel du programme de stages.")) { Weight = "Bolder" })
            .Add(new TextBlock(T(l, "Not stated: the vacancy notices do not say how many people apply.", "Non précisé : les avis de vacance ne précisent pas combien de personnes postulent."))),
        { Counts: null } => new AdaptiveCard { Lang = l.Code() }.Add(new TextBlock(T(l, "No applications store is connected to this bot.", "Aucune base de candidatures n'est reliée à ce bot."))),
        _ => GeneralCards.StaffCounts(counts.Counts, catalogue, l),
    };
}

/// <summary>Who is asking, as far as roles are concerned (never logged).</summary>
internal sealed record Caller(string? TenantId, string? AadObjectId);
