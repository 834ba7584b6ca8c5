using InternBot.Bot.BotFramework.Turns;
using InternBot.Bot.Cards;
using InternBot.Core.Applications;
using InternBot.Core.Conversations;
using InternBot.Core.Eligibility;
using InternBot.Core.Roles;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using Microsoft.Extensions.Options;
using static InternBot.Bot.Cards.CardText;

namespace InternBot.Bot.Proactive;

/// <summary>
/// What supervisors who asked for it ("notify me" in their chat with the bot) receive: a daily digest of new and changed
/// applications for the vacancies they supervise, and a message when someone else changes the status of one of them.
/// Only their own applications (the tab's rule: they are among its supervisors), only to their personal chat.
/// </summary>
internal sealed partial class SupervisorNotifications(
    NotificationSubscriptions subscriptions,
    IConversationAddressStore addresses,
    IConversationStateStore states,
    IRoleProvider roles,
    SentOccurrences sent,
    ProactiveMessenger messenger,
    VacancyCatalogue catalogue,
    EligibilityEngine engine,
    IOptions<SchedulerOptions> options,
    IServiceProvider services) : IScheduledJob, IApplicationChangeNotifier
{
    /// <summary>"notify me" / "stop notifications" (and French) in a personal chat; null for any other text.</summary>
    public async Task<AdaptiveCard?> CommandAsync(ITurnContext turn, string text, Language l, CancellationToken cancellationToken)
    {
        bool? on = text.Trim().TrimEnd('.', '!').ToLowerInvariant() switch
        {
            "notify me" or "préviens-moi" or "previens-moi" or "avertis-moi" => true,
            "stop notifications" or "stop notifying me" or "arrête les notifications" or "arrete les notifications" => false,
            _ => null,
        };
        if (on is null)
        {
            return null;
        }

        var activity = turn.Activity;
        if (activity.ConversationType() != "personal" || activity.AadObjectId() is not { Length: > 0 } me)
        {
            return Note(l, "Ask me this in your personal chat with me: notifications go there.", "Demandez-le-moi dans votre conversation personnelle avec moi : les notifications y arrivent.");
        }

        if (on == true && !(await roles.GetRolesAsync(activity.TenantId(), me, cancellationToken)).Contains(Role.Supervisor))
        {
            return Note(l, "Notifications are for supervisors: they tell you about applications for the vacancies you supervise.", "Les notifications sont destinées aux superviseurs : elles portent sur les candidatures aux postes que vous supervisez.");
        }

        await subscriptions.SetAsync(me, on.Value, cancellationToken);
        return on.Value
            ? Note(l, "Done: each morning you'll get a summary of new and changed applications for your vacancies, and a message when someone else changes one's status. Say \"stop notifications\" to stop.",
                "C'est fait : chaque matin, vous recevrez un résumé des candidatures nouvelles ou modifiées pour vos postes, et un message quand quelqu'un d'autre change le statut de l'une d'elles. Dites « arrête les notifications » pour arrêter.")
            : Note(l, "Done: no more notifications.", "C'est fait : plus de notifications.");
    }

    /// <summary>The daily digest, from the configured hour, once a day per supervisor, only when something is new or changed.</summary>
    public async Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now.UtcDateTime.Hour < options.Value.DigestHourUtc || services.GetService<IApplicationStore>() is not { } store)
        {
            return;
        }

        var subscribers = await subscriptions.AllAsync(cancellationToken);
        if (subscribers.Count == 0)
        {
            return;
        }

        var day = DateOnly.FromDateTime(now.UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var chats = (await addresses.ListAsync(cancellationToken)).Where(a => a.Scope == ConversationScope.Personal && a.UserObjectId is not null)
            .GroupBy(a => a.UserObjectId!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        List<ApplicationRecord>? all = null;
        foreach (var supervisor in subscribers)
        {
            var occurrence = $"digest:{day}:{supervisor}";
            if (!chats.TryGetValue(supervisor, out var chat) || await sent.WasSentAsync(occurrence, cancellationToken))
            {
                continue;
            }

            all ??= await AllAsync(store, cancellationToken);
            var mine = all.Where(a => a.SupervisorIds.Contains(supervisor, StringComparer.OrdinalIgnoreCase)).ToList();
            var since = now.AddDays(-1);
            var recent = mine.Where(a => a.SubmittedAt >= since || a.Modified >= since).ToList();
            if (recent.Count == 0 || !await sent.TryClaimAsync(occurrence, cancellationToken))
            {
                continue;
            }

            var byCandidate = all.ToLookup(a => a.CandidateId, StringComparer.OrdinalIgnoreCase);
            var verdicts = recent.Select(a => Verdict(a, byCandidate[a.CandidateId])).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
            var newCount = recent.Count(a => a.SubmittedAt >= since);
            await messenger.SendAsync(chat, NotificationCards.Digest(newCount, recent.Count - newCount, verdicts, recent.Select(a => a.Vacancy).Distinct().ToList(), catalogue, options.Value.TabUrl, await LanguageOfAsync(chat, cancellationToken)), cancellationToken);
        }
    }

    /// <summary>Someone changed an application's status in the tab: its other supervisors who asked are told.</summary>
    public async Task StatusChangedAsync(ApplicationRecord before, ApplicationStatus to, string changedByObjectId, string? changedByName, CancellationToken cancellationToken)
    {
        var told = before.SupervisorIds.Where(s => !string.Equals(s, changedByObjectId, StringComparison.OrdinalIgnoreCase)).ToList();
        if (told.Count == 0)
        {
            return;
        }

        var subscribers = await subscriptions.AllAsync(cancellationToken);
        foreach (var chat in (await addresses.ListAsync(cancellationToken)).Where(a => a.Scope == ConversationScope.Personal && a.UserObjectId is { } u && told.Contains(u, StringComparer.OrdinalIgnoreCase) && subscribers.Contains(u)))
        {
            await messenger.SendAsync(chat, NotificationCards.StatusChanged(before, to, changedByName, catalogue, await LanguageOfAsync(chat, cancellationToken)), cancellationToken);
        }
    }

    /// <summary>The language the person chose in that chat ("en français"), else English.</summary>
    private async Task<Language> LanguageOfAsync(ConversationAddress chat, CancellationToken cancellationToken) =>
        (await states.GetAsync(chat.ConversationId, cancellationToken)).PreferredLanguage ?? Language.English;

    private Verdict Verdict(ApplicationRecord a, IEnumerable<ApplicationRecord> sameCandidate) =>
        catalogue.Get(a.Vacancy) is { } vacancy ? engine.Evaluate(ApplicationEligibility.ToProfile(a, sameCandidate, catalogue), vacancy).Verdict : Core.Eligibility.Verdict.CannotDecideYet;

    private static async Task<List<ApplicationRecord>> AllAsync(IApplicationStore store, CancellationToken cancellationToken)
    {
        var all = new List<ApplicationRecord>();
        string? next = null;
        do
        {
            var page = await store.ListAsync(new ApplicationQuery(PageSize: 500, ContinuationToken: next), cancellationToken);
            all.AddRange(page.Items);
            next = page.ContinuationToken;
        }
        while (next is not null);
        return all;
    }
}

/// <summary>Cards supervisors receive.</summary>
internal static class NotificationCards
{
    public static AdaptiveCard Digest(int added, int changed, IReadOnlyDictionary<Verdict, int> verdicts, IReadOnlyList<string> vacancies, VacancyCatalogue catalogue, string? tabUrl, Language l)
    {
        var names = string.Join(", ", vacancies.Select(v => catalogue.Get(v)?.ShortName ?? v));
        var card = new AdaptiveCard { Lang = l.Code() }.Add(
            new TextBlock(T(l, "Your applications since yesterday", "Vos candidatures depuis hier")) { Weight = "Bolder", Style = "heading" },
            new TextBlock(T(l, $"{added} new and {changed} changed, for {names}.", $"{added} nouvelle(s) et {changed} modifiée(s), pour {names}.")),
            new FactSet(Enum.GetValues<Verdict>().Where(verdicts.ContainsKey).Select(v => new Fact(EligibilityLabels.Of(v).In(l), verdicts[v].ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList()));
        if (tabUrl is { Length: > 0 } && Uri.TryCreate(vacancies.Count == 1 ? $"{tabUrl}?vacancy={Uri.EscapeDataString(vacancies[0])}" : tabUrl, UriKind.Absolute, out var link))
        {
            card.AddActions(new OpenUrlAction(T(l, "Open the applications", "Ouvrir les candidatures"), link));
        }

        return card.Add(new TextBlock(T(l, "Say \"stop notifications\" to stop these.", "Dites « arrête les notifications » pour ne plus les recevoir.")) { IsSubtle = true });
    }

    public static AdaptiveCard StatusChanged(ApplicationRecord a, ApplicationStatus to, string? by, VacancyCatalogue catalogue, Language l) =>
        new AdaptiveCard { Lang = l.Code() }.Add(
            new TextBlock(T(l, "An application you supervise changed", "Une candidature que vous supervisez a changé")) { Weight = "Bolder", Style = "heading" },
            new TextBlock(T(l,
                $"{Plain(a.DisplayName)}, {catalogue.Get(a.Vacancy)?.ShortName ?? a.Vacancy}: {ApplicationStatusLabels.Of(a.Status).In(l)} → {ApplicationStatusLabels.Of(to).In(l)}{(by is null ? "" : $", by {Plain(by)}")}.",
                $"{Plain(a.DisplayName)}, {catalogue.Get(a.Vacancy)?.ShortName ?? a.Vacancy} : {ApplicationStatusLabels.Of(a.Status).In(l)} → {ApplicationStatusLabels.Of(to).In(l)}{(by is null ? "" : $", par {Plain(by)}")}.")));
}
