using InternBot.Bot.Cards;
using InternBot.Core.Answers;
using InternBot.Core.Conversations;
using InternBot.Core.Applications;
using InternBot.Core.Onboarding;
using InternBot.Core.Roles;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Bot.Cards.CardText;

namespace InternBot.Bot.Conversation;

/// <summary>Turns Core's replies into cards, checking roles for what only staff may see.</summary>
internal sealed class ReplyRenderer(VacancyCatalogue catalogue, OnboardingGuide onboarding, OnboardingProgress progress, IRoleProvider roles, TimeProvider time, IApplicationStatistics? statistics = null)
{
    public async Task<AdaptiveCard> RenderAsync(Reply reply, Caller caller, IReadOnlyDictionary<string, string> form, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var l = reply.Language;
        var card = reply switch
        {
            FactsReply f => AnswerCards.Facts(f, now, catalogue.All),
            TimelineReply t => AnswerCards.Timeline(t, now),
            PassagesReply p => AnswerCards.Passages(p),
            NotCoveredReply n => AnswerCards.NotCovered(n, catalogue.All),
            VacancyDetailReply d => VacancyCards.Detail(d.Vacancy, now, l),
            VacancyListReply list => VacancyCards.List(list.Vacancies, now, l),
            HelpReply h => GeneralCards.Help(l, h.Greeting),
            LanguageSwitchedReply => GeneralCards.Help(l, greeting: false),
            OnboardingReply => GeneralCards.Onboarding(onboarding, l, caller.AadObjectId is { Length: > 0 } me ? await progress.DoneAsync(me, cancellationToken) : null),
            EligibilityFormReply e => EligibilityCards.Form(catalogue, e.Vacancy, e.Vacancy is null ? form : new Dictionary<string, string>(form) { ["vacancy"] = e.Vacancy.Slug }, new Dictionary<string, string>(), l),
            QuickEligibilityReply q => AnswerCards.QuickEligibility(q, now, catalogue.All.Count),
            StaffCountsReply => await StaffCountsAsync(caller, l, cancellationToken),
            NotUnderstoodReply n => AnswerCards.NotUnderstood(n),
            _ => GeneralCards.Help(l, greeting: false),
        };
        return card;
    }

    private async Task<AdaptiveCard> StaffCountsAsync(Caller caller, Language l, CancellationToken cancellationToken)
    {
        var callerRoles = await roles.GetRolesAsync(caller.TenantId, caller.AadObjectId, cancellationToken);
        if (!callerRoles.Contains(Role.Staff))
        {
            return new AdaptiveCard { Lang = l.Code() }.Add(new TextBlock(T(l, "Application counts are for internship staff only.", "Le nombre de candidatures est réservé au personnel du programme de stages.")) { Weight = "Bolder" });
        }

        if (statistics is null)
        {
            return new AdaptiveCard { Lang = l.Code() }.Add(new TextBlock(T(l, "No applications store is connected to this bot.", "Aucune base de candidatures n'est reliée à ce bot.")));
        }

        return GeneralCards.StaffCounts(await statistics.CountByVacancyAndStatusAsync(cancellationToken), catalogue, l);
    }
}

/// <summary>Who is asking, as far as roles are concerned (never logged).</summary>
internal sealed record Caller(string? TenantId, string? AadObjectId);
