using InternBot.Core.Answers;
using InternBot.Core.Eligibility;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Bot.Cards.CardText;

namespace InternBot.Bot.Cards;

/// <summary>Answers: the fact, where it comes from, whether the vacancy is closed, and what to ask next.</summary>
internal static class AnswerCards
{
    public static AdaptiveCard Facts(FactsReply reply, DateTimeOffset now, IReadOnlyList<Vacancy> all)
    {
        var l = reply.Language;
        var card = new AdaptiveCard { Lang = l.Code() };
        foreach (var group in reply.Groups)
        {
            AddGroup(card, group, all, l);
        }

        var vacancies = reply.Groups.SelectMany(g => g.Facts.Select(f => f.Vacancy)).Distinct().ToList();
        // Closed, it is always said; open, only where the deadline is what the answer turns on (changes are possible
        // until it passes).
        if (vacancies.Count == 1 && (!vacancies[0].Deadline.IsOpenAt(now) || reply.Groups.Any(g => g.Topic == Topic.UpdatesAfterDeadline))
            && reply.Groups.All(g => g.Topic != Topic.Deadline))
        {
            card.Add(Status(vacancies[0], now, l));
        }

        var focus = vacancies.Count == 1 ? vacancies[0] : null;
        card.AddActions(FollowUps(reply.Groups.Select(g => g.Topic).ToList(), focus, l).ToArray());
        return card;
    }

    /// <summary>
    /// One topic: every vacancy whose notice says the same thing under one heading, the silent notices named, and
    /// the comparison or count line first when the question asked for one.
    /// </summary>
    private static void AddGroup(AdaptiveCard card, FactGroup group, IReadOnlyList<Vacancy> all, Language l)
    {
        if (group.Lead is { } lead)
        {
            card.Add(new TextBlock(In(lead, l)) { Weight = "Bolder", Separator = card.Body.Count > 0 });
        }

        if (group.SameForAll)
        {
            card.Add(new TextBlock(T(l, $"{TopicName(group.Topic, l)} — every vacancy ({string.Join(", ", all.Select(v => v.ShortName))})", $"{TopicName(group.Topic, l)} — tous les postes ({string.Join(", ", all.Select(v => v.ShortName))})")) { Weight = "Bolder", Style = "heading", Separator = card.Body.Count > 0 });
            AddFact(card, group.Facts[0], l);
            card.Add(new TextBlock(T(l, $"Source: every notice, \"{NoticeParts.Name(group.Facts[0].Source).In(l)}\".", $"Source : tous les avis, « {NoticeParts.Name(group.Facts[0].Source).In(l)} ».")) { IsSubtle = true, Size = "Small", Spacing = "small" });
            return;
        }

        foreach (var cluster in group.Clusters)
        {
            var names = cluster.Select(f => f.Vacancy.ShortName).ToList();
            card.Add(new TextBlock($"{TopicName(group.Topic, l)} — {string.Join(", ", cluster.Select(f => Name(f.Vacancy)))}") { Weight = "Bolder", Style = "heading", Separator = card.Body.Count > 0 });
            if (!cluster[0].Stated)
            {
                card.Add(new TextBlock(NotStated(group.Topic, names, l)));
                foreach (var pointer in group.ReferredTo)
                {
                    card.Add(new TextBlock(T(l, $"The {pointer.Vacancy.ShortName} notice: {In(pointer.Summary!, l)}", $"L'avis {pointer.Vacancy.ShortName} : {In(pointer.Summary!, l)}")) { Spacing = "small" });
                }

                continue;
            }


            AddFact(card, cluster[0], l);
            var named = cluster.Select(f => Name(f.Vacancy)).ToList();
            card.Add(new TextBlock(T(l, $"Source: {List(named, l)} {(names.Count == 1 ? "notice" : "notices")}, \"{NoticeParts.Name(cluster[0].Source).In(l)}\".",
                $"Source : avis {List(named, l)}, « {NoticeParts.Name(cluster[0].Source).In(l)} ».")) { IsSubtle = true, Size = "Small", Spacing = "small" });
        }

        // The vacancies asked about say nothing: what the others say, clearly as theirs.
        foreach (var cluster in group.Elsewhere.GroupBy(f => f.CompareKey).Select(g => g.ToList()))
        {
            var names = cluster.Select(f => f.Vacancy.ShortName).ToList();
            card.Add(new TextBlock(T(l, $"For comparison, the {List(names, l)} {(names.Count == 1 ? "notice says" : "notices say")} (this does not apply to the vacancy you asked about):",
                $"À titre de comparaison, {(names.Count == 1 ? "l'avis" : "les avis")} {List(names, l)} {(names.Count == 1 ? "indique" : "indiquent")} (cela ne vaut pas pour le poste demandé) :")) { IsSubtle = true, Spacing = "medium" });
            AddFact(card, cluster[0], l);
        }
    }

    private static void AddFact(AdaptiveCard card, VacancyFact fact, Language l)
    {
        if (fact.Summary is { } summary)
        {
            card.Add(new TextBlock(In(summary, l)));
        }

        card.Add(fact.Items.Select(i => (CardElement)new TextBlock("- " + In(i, l)) { Spacing = "small" }).ToArray());
    }

    /// <summary>Deadlines and info sessions in time order, each marked past or to come, with the answer to "is anything open?" first.</summary>
    public static AdaptiveCard Timeline(TimelineReply reply, DateTimeOffset now)
    {
        var l = reply.Language;
        var card = new AdaptiveCard { Lang = l.Code() };
        if (reply.AsOf is { } asOf)
        {
            var day = DateOnly.FromDateTime(asOf.UtcDateTime);
            card.Add(new TextBlock(T(l, $"As of {Formats.Date(day, l)}, the date you gave:", $"Au {Formats.Date(day, l)}, la date que vous indiquez :")) { IsSubtle = true });
        }

        var deadlines = reply.Entries.Where(e => e.Event == TimelineEvent.Deadline).ToList();
        var open = deadlines.Where(e => !e.Past).SelectMany(e => e.Vacancies).ToList();
        if (deadlines.Count > 0)
        {
            var latest = deadlines.MaxBy(e => e.When.ToInstant())!;
            var all = deadlines.SelectMany(e => e.Vacancies).Count();
            card.Add(new TextBlock(open.Count > 0
                ? In(StillOpen.Of([.. open.Select(v => v.ShortName)], all), l)
                : T(l, $"No vacancy is open any more: every deadline has passed (the last one closed on {Formats.DateTime(latest.When.Local, l)}, {List(latest.Vacancies.Select(v => v.ShortName), l)}).",
                    $"Plus aucun poste n'est ouvert : toutes les dates limites sont passées (les dernières candidatures ont été clôturées le {Formats.DateTime(latest.When.Local, l)}, {List(latest.Vacancies.Select(v => v.ShortName), l)})."))
                { Weight = "Bolder", Style = "heading" });
        }

        if (reply.Counted is { } counted)
        {
            var total = AllVacancies(reply).Count();
            var closing = counted.Closing;
            var past = reply.Entries.Count > 0 && counted.Last < DateOnly.FromDateTime(ZonedDateTime.LocalIn(reply.Entries[0].When.Zone, reply.AsOf ?? now));
            var (on, le) = counted.WholeYear ? ($"in {counted.Day.Year}", $"en {counted.Day.Year}") : ($"on {Formats.Date(counted.Day, l)}", $"le {Formats.Date(counted.Day, l)}");
            card.Add(new TextBlock(closing.Count == 0
                ? T(l, $"None of the {total} vacancies {(past ? "closed" : "closes")} {on}.", $"Aucun des {total} avis n'{(past ? "avait" : "a")} sa date limite {le}.")
                : T(l, $"{Formats.CountAtStart(closing.Count, l)} of the {total} vacancies {(past ? "closed" : closing.Count == 1 ? "closes" : "close")} {on}: {List(closing.Select(v => v.ShortName), l)}.",
                    $"{Formats.CountAtStart(closing.Count, l)} avis sur {total} {(past ? (closing.Count == 1 ? "avait" : "avaient") : closing.Count == 1 ? "a" : "ont")} {(closing.Count == 1 ? "sa" : "leur")} date limite {le} : {List(closing.Select(v => v.ShortName), l)}.")) { Weight = "Bolder" });
        }

        var shown = reply.View switch
        {
            TimelineView.Upcoming => reply.Entries.Where(e => !e.Past || e.Event == reply.AskedAbout).ToList(),
            // "Have I missed the boat?" the day before the deadline: what has passed, and the deadlines still to come.
            TimelineView.Past => reply.Entries.Where(e => e.Past || e.Event == reply.AskedAbout || e.Event == TimelineEvent.Deadline).ToList(),
            // "Am I still in time for KM?": whether one can still apply, and what is still to come; a session already
            // held is no part of that.
            TimelineView.Open => reply.Entries.Where(e => !e.Past || e.Event == reply.AskedAbout || e.Event == TimelineEvent.Deadline).ToList(),
            _ => reply.Entries.ToList(),
        };
        if (reply.View == TimelineView.Upcoming && shown.Count == 0)
        {
            // Say when it all happened, not only that it has.
            card.Add(new TextBlock(T(l, "Nothing in the notices is still to come: every date they give has passed.", "Rien dans les avis n'est encore à venir : toutes les dates qu'ils donnent sont passées.")));
            shown = [.. reply.Entries];
        }

        foreach (var entry in shown)
        {
            var when = Formats.DateTime(entry.When.Local, l);
            var who = List(entry.Vacancies.Select(v => v.ShortName), l);
            var relative = entry.Past ? Ago(entry.When, reply.AsOf ?? now, l) : Ahead(entry.When, reply.AsOf ?? now, l);
            // A deadline's last day: the time left, to the minute ("today, 59 minutes left").
            if (entry.Event == TimelineEvent.Deadline && !entry.Past && reply.AsOf is null && entry.Vacancies[0].Deadline.LeftOnItsLastDay(now) is { } left)
            {
                relative += ", " + Formats.TimeLeft(left, l);
            }

            // A session later today: how soon it begins ("today, in 4 hours").
            if (entry.Event == TimelineEvent.InfoSession && !entry.Past && reply.AsOf is null && entry.When.ToInstant() > now && entry.When.IsSameDayAs(now))
            {
                relative += ", " + Formats.In(entry.When.ToInstant() - now, l);
            }

            var line = entry.Event == TimelineEvent.Deadline
                ? entry.Past ? T(l, $"Deadline passed — {when}, Brussels time, {relative}: {who}.", $"Date limite passée — {when}, heure de Bruxelles, {relative} : {who}.")
                    // A deadline or session still to come in UTC too, for people in other time zones (as the facts give it).
                    : T(l, $"Deadline to come — {when}, Brussels time ({Formats.InUtc(entry.When.ToInstant())}), {relative}: {who}.", $"Date limite à venir — {when}, heure de Bruxelles ({Formats.InUtc(entry.When.ToInstant())}), {relative} : {who}.")
                : entry.Past ? T(l, $"Info session (webinar) already took place — {when}, Brussels time, {relative}: {who}.", $"Séance d'information (webinaire) déjà passée — {when}, heure de Bruxelles, {relative} : {who}.")
                    : T(l, $"Info session (webinar) to come — {when}, Brussels time ({Formats.InUtc(entry.When.ToInstant())}), {relative}: {who}.", $"Séance d'information (webinaire) à venir — {when}, heure de Bruxelles ({Formats.InUtc(entry.When.ToInstant())}), {relative} : {who}.");
            card.Add(new TextBlock("- " + line) { Spacing = "small", Color = entry.Past ? "Default" : "Good" });
        }

        var missing = reply.Entries.Count == 0 ? [] : AllVacancies(reply).Where(v => v.InfoSession is null).Select(v => v.ShortName).ToList();
        // Said when sessions are shown, and when one was asked about ("a webinar for the ICTM call today as well?").
        if (missing.Count > 0 && (shown.Any(e => e.Event == TimelineEvent.InfoSession) || reply.AskedAbout == TimelineEvent.InfoSession))
        {
            card.Add(new TextBlock(T(l, $"The {List(missing, l)} {(missing.Count == 1 ? "notice does" : "notices do")} not mention an info session.",
                $"{(missing.Count == 1 ? "L'avis" : "Les avis")} {List(missing, l)} ne {(missing.Count == 1 ? "mentionne" : "mentionnent")} pas de séance d'information.")) { IsSubtle = true, Spacing = "small" });
        }

        card.Add(new TextBlock(T(l, "Source: each notice's deadline and info session.", "Source : la date limite et la séance d'information de chaque avis.")) { IsSubtle = true, Size = "Small" });
        return card;
    }

    /// <summary>" (SIB)", or in French " (Security Intelligence Branch, SIB)": abbreviations stand for the English name.</summary>
    private static string UnitNameNote(OrganisationalUnit unit, Language l)
    {
        var english = l == Language.French && unit.Name.HasFrench && unit.Name.Fr != unit.Name.En ? unit.Name.En : null;
        var parts = new[] { english, unit.Abbreviation }.OfType<string>().ToList();
        return parts.Count == 0 ? "" : $" ({string.Join(", ", parts)})";
    }

    private static IEnumerable<Vacancy> AllVacancies(TimelineReply reply) => reply.Entries.SelectMany(e => e.Vacancies).Distinct();

    /// <summary>Passages of the notices, grouped by vacancy, each with where it comes from.</summary>
    public static AdaptiveCard Passages(PassagesReply reply, int vacancyCount, Abbreviations abbreviations)
    {
        var l = reply.Language;
        var card = new AdaptiveCard { Lang = l.Code() };
        var vacancies = reply.Vacancies;
        var lead = reply.Use switch
        {
            PassageUse.Fit => T(l, $"From what the notices say, the closest match: {List(vacancies.Select(v => v.ShortName), l)}.", $"D'après les avis, ce qui correspond le mieux : {List(vacancies.Select(v => v.ShortName), l)}."),
            // Counted, so "how many notices mention X?" is answered by the same line.
            PassageUse.Mention when reply.EveryVacancy => T(l, $"Mentioned in all {vacancies.Count} notices: {List(vacancies.Select(v => v.ShortName), l)}.", $"Mentionné dans les {vacancies.Count} avis : {List(vacancies.Select(v => v.ShortName), l)}."),
            // One notice is said as "only one": the count answers "how many?", the "only" answers "is it common?".
            PassageUse.Mention when vacancies.Count == 1 => T(l, $"Mentioned in only one notice: {vacancies[0].ShortName}.", $"Mentionné dans un seul avis : {vacancies[0].ShortName}."),
            PassageUse.Mention when vacancies.Count > 0 => T(l, $"Mentioned in {vacancies.Count} notices: {List(vacancies.Select(v => v.ShortName), l)}.", $"Mentionné dans {vacancies.Count} avis : {List(vacancies.Select(v => v.ShortName), l)}."),
            _ => null,
        };
        if (lead is not null)
        {
            card.Add(new TextBlock(lead) { Weight = "Bolder" });
        }

        // Notices that say the very same thing (the competencies, the diversity statement) are shown once, naming them all.
        var shared = vacancies.Where(v => reply.Passages.All(p => p.Vacancy != v || p.Unit is null))
            .GroupBy(v => string.Join('\u0001', reply.Passages.Where(p => p.Vacancy == v).Select(p => $"{p.Part}\u0002{In(p.Text, l)}")), StringComparer.Ordinal)
            .Where(g => g.Count() > 1).ToList();
        foreach (var same in shared)
        {
            var passages = reply.Passages.Where(p => p.Vacancy == same.First()).ToList();
            var names = same.Select(v => v.ShortName).ToList();
            var part = NoticeParts.Name(passages[0].Part).In(l);
            var parts = string.Join(l == Language.French ? " », « " : "\", \"", passages.Select(p => NoticeParts.Name(p.Part).In(l)).Distinct());
            var every = same.Count() == vacancyCount;
            card.Add(new TextBlock(every
                ? T(l, $"{Formats.Capitalised(part)} — every vacancy ({string.Join(", ", names)})", $"{Formats.Capitalised(part)} — tous les postes ({string.Join(", ", names)})")
                : $"{Formats.Capitalised(part)} — {List(names, l)}") { Weight = "Bolder", Style = "heading", Separator = card.Body.Count > 0 });
            foreach (var passage in passages)
            {
                card.Add(new TextBlock((passages.Count > 1 ? "- " : "") + In(passage.Text, l)) { Spacing = "small" });
            }

            card.Add(new TextBlock(every
                ? T(l, $"Source: every notice, \"{parts}\".", $"Source : tous les avis, « {parts} ».")
                : T(l, $"Source: {List(names, l)} notices, \"{parts}\".", $"Source : avis {List(names, l)}, « {parts} ».")) { IsSubtle = true, Size = "Small", Spacing = "small" });
        }

        foreach (var vacancy in vacancies.Where(v => !shared.Any(g => g.Contains(v))))
        {
            var passages = reply.Passages.Where(p => p.Vacancy == vacancy).ToList();
            var named = new HashSet<string>(StringComparer.Ordinal);
            foreach (var unit in passages.Select(p => p.Unit).Distinct())
            {
                var heading = unit is null
                    ? $"{Name(vacancy)} — {In(vacancy.Title, l)}"
                    : $"{In(unit.Name, l)}{UnitNameNote(unit, l)} — {Name(vacancy)}, {In(vacancy.Division ?? vacancy.Title, l)}";
                card.Add(new TextBlock(heading) { Weight = "Bolder", Style = "heading", Separator = card.Body.Count > 0 });
                if (unit?.Abbreviation is { } abbreviation)
                {
                    named.Add(abbreviation);
                }

                foreach (var passage in passages.Where(p => p.Unit == unit))
                {
                    card.Add(new TextBlock((passages.Count > 1 ? "- " : "") + abbreviations.SpelledOutOnce(In(passage.Text, l), vacancy, l, named)) { Spacing = "small" });
                }

                card.Add(new TextBlock(T(l, $"Source: {Name(vacancy)} notice, \"{string.Join("\", \"", passages.Where(p => p.Unit == unit).Select(p => NoticeParts.Name(p.Part).In(l)).Distinct())}\".",
                    $"Source : avis {Name(vacancy)}, « {string.Join(" », « ", passages.Where(p => p.Unit == unit).Select(p => NoticeParts.Name(p.Part).In(l)).Distinct())} ».")) { IsSubtle = true, Size = "Small", Spacing = "small" });
            }
        }

        card.AddActions(vacancies.Take(3).Select(v => (CardAction)CardText.Detail(v, l)).Append(CheckEligibility(l, vacancies.Count == 1 ? vacancies[0].Slug : null)).ToArray());
        return card;
    }

    /// <summary>"The notices do not say" plainly, with the related facts they do state.</summary>
    public static AdaptiveCard NotCovered(NotCoveredReply reply, IReadOnlyList<Vacancy> all)
    {
        var l = reply.Language;
        var card = new AdaptiveCard { Lang = l.Code() }
            .Add(new TextBlock(reply.Vacancies.Count == 0
                ? T(l, $"The vacancy notices do not say anything about {reply.Aspect.Name.En}, so I can't answer that, and I won't guess.",
                    $"Les avis de vacance ne précisent rien sur {reply.Aspect.Name.In(l)} : aucune information à ce sujet, je ne peux donc pas répondre, et je ne veux pas deviner.")
                : T(l, $"The {List(reply.Vacancies.Select(v => v.ShortName), l)} {(reply.Vacancies.Count == 1 ? "notice does" : "notices do")} not say anything about {reply.Aspect.Name.En}, so I can't answer that, and I won't guess.",
                    $"{(reply.Vacancies.Count == 1 ? "L'avis" : "Les avis")} {List(reply.Vacancies.Select(v => v.ShortName), l)} ne {(reply.Vacancies.Count == 1 ? "précise" : "précisent")} rien sur {reply.Aspect.Name.In(l)} : aucune information à ce sujet, je ne peux donc pas répondre, et je ne veux pas deviner.")) { Weight = "Bolder" });
        if (reply.Related.Count > 0)
        {
            card.Add(new TextBlock(T(l, "What they do state on a related point:", "Ce qu'ils précisent sur un point proche :")) { Spacing = "medium" });
            foreach (var group in reply.Related)
            {
                AddGroup(card, group, all, l);
            }
        }

        card.Add(new TextBlock(T(l, "I've noted the question for the internship office.", "J'ai noté la question pour le bureau des stages.")) { IsSubtle = true, Separator = true });
        return card.AddActions(new ExecuteAction(T(l, "List vacancies", "Liste des postes"), CardVerbs.VacancyList), new ExecuteAction(T(l, "Help", "Aide"), CardVerbs.Help));
    }

    /// <summary>
    /// Arithmetic on stated facts: each result with its inputs and, in parentheses, the sum worked out, so a reader can
    /// check it; the vacancies whose notice lacks an input are named.
    /// </summary>
    public static AdaptiveCard Calculation(CalculationReply reply)
    {
        var l = reply.Language;
        var card = new AdaptiveCard { Lang = l.Code() };
        string N(decimal value, int decimals = 2) => Math.Round(value, decimals).ToString(decimals == 2 ? "#,0.##" : "#,0", l.Culture());
        string Who(IEnumerable<Vacancy> vs) => List(vs.Select(v => v.ShortName), l);
        string When(DatedEvent e) => Formats.Date(e.Day, l);
        string What(DatedEvent e) => e.Event == TimelineEvent.InfoSession
            ? T(l, $"the info session ({When(e)})", $"la séance d'information ({When(e)})")
            : T(l, $"the {Who(e.Vacancies)} deadline ({When(e)})", $"la date limite {Who(e.Vacancies)} ({When(e)})");
        foreach (var c in reply.Calculations)
        {
            var text = c switch
            {
                GrantTotal g => T(l,
                    $"{Who(g.Vacancies)}: {Formats.Money(g.Grant.Amount, g.Grant.Currency, l)} a month for {g.Months} months comes to {Formats.Money(g.Total, g.Grant.Currency, l)} over the whole internship ({g.Months} × {N(g.Grant.Amount)} = {N(g.Total)}).",
                    $"{Who(g.Vacancies)} : {Formats.Money(g.Grant.Amount, g.Grant.Currency, l)} par mois pendant {g.Months} mois font {Formats.Money(g.Total, g.Grant.Currency, l)} sur tout le stage ({g.Months} × {N(g.Grant.Amount)} = {N(g.Total)})."),
                GrantYear y => T(l,
                    $"{Who(y.Vacancies)}: {Formats.Money(y.Grant.Amount, y.Grant.Currency, l)} a month comes to {Formats.Money(y.Year, y.Grant.Currency, l)} over a full year ({GrantYear.MonthsAYear} × {N(y.Grant.Amount)} = {N(y.Year)})"
                        + (y.Internship is { } i ? $"; the internship itself lasts {y.Months} months, so an intern receives {Formats.Money(i, y.Grant.Currency, l)} ({y.Months} × {N(y.Grant.Amount)} = {N(i)})." : "."),
                    $"{Who(y.Vacancies)} : {Formats.Money(y.Grant.Amount, y.Grant.Currency, l)} par mois font {Formats.Money(y.Year, y.Grant.Currency, l)} sur une année entière ({GrantYear.MonthsAYear} × {N(y.Grant.Amount)} = {N(y.Year)})"
                        + (y.Internship is { } fi ? $" ; le stage lui-même dure {y.Months} mois, soit {Formats.Money(fi, y.Grant.Currency, l)} pour un stagiaire ({y.Months} × {N(y.Grant.Amount)} = {N(fi)})." : ".")),
                DailyHours d => T(l,
                    $"{Who(d.Vacancies)}: {Formats.Number(d.WeeklyHours, l)} hours a week over {DailyHours.WorkingDays} working days (Monday to Friday) is about {N(d.Daily)} hours a day ({Formats.Number(d.WeeklyHours, l)} ÷ {DailyHours.WorkingDays} = {N(d.Daily)}).",
                    $"{Who(d.Vacancies)} : {Formats.Number(d.WeeklyHours, l)} heures par semaine sur {DailyHours.WorkingDays} jours ouvrés (du lundi au vendredi) font environ {N(d.Daily)} heures par jour ({Formats.Number(d.WeeklyHours, l)} ÷ {DailyHours.WorkingDays} = {N(d.Daily)})."),
                HourlyGrant h => T(l,
                    $"{Who(h.Vacancies)}: {Formats.Money(h.Grant.Amount, h.Grant.Currency, l)} a month for {Formats.Number(h.WeeklyHours, l)} hours a week is about {Formats.Money(h.Hourly, h.Grant.Currency, l)} an hour: an average month has about {N(h.MonthlyHours)} working hours ({Formats.Number(h.WeeklyHours, l)} × {HourlyGrant.WeeksAYear} ÷ 12 ≈ {N(h.MonthlyHours)}), and {N(h.Grant.Amount)} ÷ {N(h.MonthlyHours)} ≈ {N(h.Hourly)}.",
                    $"{Who(h.Vacancies)} : {Formats.Money(h.Grant.Amount, h.Grant.Currency, l)} par mois pour {Formats.Number(h.WeeklyHours, l)} heures par semaine font environ {Formats.Money(h.Hourly, h.Grant.Currency, l)} de l'heure : un mois moyen compte environ {N(h.MonthlyHours)} heures de travail ({Formats.Number(h.WeeklyHours, l)} × {HourlyGrant.WeeksAYear} ÷ 12 ≈ {N(h.MonthlyHours)}), et {N(h.Grant.Amount)} ÷ {N(h.MonthlyHours)} ≈ {N(h.Hourly)}."),
                InternshipEnd e => T(l,
                    $"{Who(e.Vacancies)}: starting in {Formats.Month(e.Start.Year, e.Start.Month, l)}, {e.Months} months run until the end of {Formats.Month(e.LastDay.Year, e.LastDay.Month, l)} ({Formats.Date(e.Start, l)} + {e.Months} months, to {Formats.Date(e.LastDay, l)}).",
                    $"{Who(e.Vacancies)} : en commençant en {Formats.Month(e.Start.Year, e.Start.Month, l)}, {e.Months} mois mènent jusqu'à fin {Formats.Month(e.LastDay.Year, e.LastDay.Month, l)} ({Formats.Date(e.Start, l)} + {e.Months} mois, jusqu'au {Formats.Date(e.LastDay, l)})."),
                DateGap gap when gap.Days == 0 => T(l,
                    $"{Formats.Capitalised(What(gap.Earlier))} and {What(gap.Later)} fall on the same day.",
                    $"{Formats.Capitalised(What(gap.Earlier))} et {What(gap.Later)} tombent le même jour."),
                DateGap gap => T(l,
                    // Said without a tense: the two may both be past, both to come, or one of each at the moment asked.
                    $"{Formats.Capitalised(What(gap.Earlier))} is {gap.Days} days before {What(gap.Later)}{(gap.Months >= 2 ? $", about {gap.Months} months" : "")}.",
                    $"{Formats.Capitalised(What(gap.Earlier))} se situe {gap.Days} jours avant {What(gap.Later)}{(gap.Months >= 2 ? $", soit environ {gap.Months} mois" : "")}."),
                _ => "",
            };
            card.Add(new TextBlock(text) { Spacing = "small" });
        }

        if (reply.Silent.Count > 0)
        {
            card.Add(new TextBlock(NotStated(reply.SilentOn, reply.Silent.Select(v => v.ShortName).ToList(), l)) { Spacing = "small" });
        }

        if (reply.Calculations.Count > 0)
        {
            card.Add(new TextBlock(T(l, "Worked out from what the notices state; the notices do not give this figure themselves.", "Calculé à partir de ce que précisent les avis ; les avis ne donnent pas ce chiffre eux-mêmes.")) { IsSubtle = true, Size = "Small" });
        }

        return card;
    }

    public static AdaptiveCard NotUnderstood(NotUnderstoodReply reply)
    {
        var l = reply.Language;
        var card = new AdaptiveCard { Lang = l.Code() };
        var offer = T(l, "I can tell you about deadlines, grants, tasks, sections, criteria, documents, info sessions, start dates, telework, travel and the AI policy, compare the vacancies, or check eligibility.",
            "Je peux vous renseigner sur les dates limites, les bourses, les tâches, les sections, les critères, les documents, les séances d'information, les dates de début, le télétravail, les voyages et la politique sur l'IA, comparer les postes, ou vérifier l'éligibilité.");
        // "Which notices mention Python?": that none does is the answer (the renderer puts it first); nothing is escalated.
        if (reply.Unmentioned is not null)
        {
            card.Add(new TextBlock(offer));
        }
        else
        {
            card.Add(
                new TextBlock(reply.Vacancy is { } v
                    ? T(l, $"I can't find an answer to that in the {v.ShortName} notice (it may not say), and I won't guess.", $"Je ne trouve pas de réponse à cela dans l'avis {v.ShortName} (il ne précise peut-être pas ce point), et je ne veux pas deviner.")
                    : T(l, "I can't find an answer to that in the vacancy notices (they may not say), and I won't guess.", "Je ne trouve pas de réponse à cela dans les avis de vacance (ils ne précisent peut-être pas ce point), et je ne veux pas deviner.")) { Weight = "Bolder" },
                new TextBlock(T(l, "I've noted the question for the internship office. ", "J'ai noté la question pour le bureau des stages. ") + offer));
        }

        return card.AddActions(
            new ExecuteAction(T(l, "List vacancies", "Liste des postes"), CardVerbs.VacancyList),
            new ExecuteAction(T(l, "Help", "Aide"), CardVerbs.Help));
    }

    public static AdaptiveCard QuickEligibility(QuickEligibilityReply reply, DateTimeOffset now, IReadOnlyList<Vacancy> all)
    {
        var catalogueSize = all.Count;
        var l = reply.Language;
        var card = new AdaptiveCard { Lang = l.Code() };
        foreach (var group in reply.Groups)
        {
            var who = group.Vacancies.Count == catalogueSize && catalogueSize > 1
                ? T(l, "For every vacancy (the rules are the same):", "Pour tous les postes (les règles sont les mêmes) :")
                : T(l, $"For {string.Join(", ", group.Vacancies.Select(v => v.ShortName))}:", $"Pour {string.Join(", ", group.Vacancies.Select(v => v.ShortName))} :");
            card.Add(new TextBlock(who) { Weight = "Bolder", Style = "heading", Separator = card.Body.Count > 0 });
            if (group.Verdict.En.Length > 0)
            {
                card.Add(new TextBlock(In(group.Verdict, l)) { Weight = "Bolder", Spacing = "small" });
            }

            foreach (var r in group.Results)
            {
                card.Add(Row(r, l));
            }

            card.Add(group.Notes.Select(n => (CardElement)new TextBlock(In(n, l)) { Spacing = "small" }).ToArray());
            card.Add(group.Assumptions.Select(a => (CardElement)new TextBlock(In(a, l)) { IsSubtle = true, Size = "Small", Spacing = "small" }).ToArray());
        }

        if (reply.AlsoAskedUnstated is { } unstated)
        {
            card.Add(new TextBlock(T(l, $"The notices do not mention {unstated.Name.En}: they do not state anything about it.", $"Les avis ne mentionnent pas {unstated.Name.In(l)} : ils ne précisent rien à ce sujet.")) { Separator = true });
        }

        foreach (var group in reply.AlsoAsked)
        {
            AddGroup(card, group, all, l);
        }

        card.Add(new TextBlock(T(l, "This looks only at what you told me. The full check covers every criterion.", "Cette réponse ne tient compte que de ce que vous m'avez dit. La vérification complète couvre tous les critères.")) { IsSubtle = true, Separator = true });
        var single = reply.Groups.SelectMany(g => g.Vacancies).Distinct().ToList();
        card.AddActions(CheckEligibility(l, single.Count == 1 ? single[0].Slug : null));
        return card;
    }

    /// <summary>One criterion as a row: mark, name, reason.</summary>
    public static ColumnSet Row(CriterionResult r, Language l) => new(
    [
        new Column([new TextBlock(r.Outcome switch { Outcome.Passed => "✅", Outcome.Failed => "❌", _ => "❔" })]) { Width = "auto" },
        new Column([new TextBlock($"**{EligibilityLabels.Criterion(r.Criterion).In(l)}** ({EligibilityLabels.Of(r.Outcome).In(l)}): {r.Reason.In(l)}")]),
    ]) { Spacing = "small" };

    // Led by the plain verdict ("not stated"), then who is silent on what.
    private static string NotStated(Topic topic, List<string> vacancies, Language l)
    {
        var what = TopicName(topic, l).ToLower(l.Culture());
        return vacancies.Count == 1
            ? T(l, $"Not stated: the {vacancies[0]} notice does not state this ({what}).", $"Non précisé : l'avis {vacancies[0]} ne précise pas ce point ({what}).")
            : T(l, $"Not stated: the {List(vacancies, l)} notices do not state this ({what}).", $"Non précisé : les avis {List(vacancies, l)} ne précisent pas ce point ({what}).");
    }

    private static string List(IEnumerable<string> items, Language l)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Join("", list) : string.Join(", ", list.Take(list.Count - 1)) + T(l, " and ", " et ") + list[^1];
    }

    private static IEnumerable<CardAction> FollowUps(IReadOnlyList<Topic> asked, Vacancy? v, Language l)
    {
        var next = new (Topic Topic, string En, string Fr, string QuestionEn, string QuestionFr)[]
        {
            (Topic.Deadline, "Deadline", "Date limite", "What is the deadline?", "Quelle est la date limite ?"),
            (Topic.Grant, "Grant", "Bourse", "What is the grant?", "Quelle est la bourse ?"),
            (Topic.Tasks, "Tasks", "Tâches", "What are the tasks?", "Quelles sont les tâches ?"),
            (Topic.Documents, "Documents", "Documents", "Which documents?", "Quels documents ?"),
        };
        foreach (var n in next.Where(n => !asked.Contains(n.Topic)).Take(3))
        {
            yield return Ask(T(l, n.En, n.Fr), T(l, n.QuestionEn, n.QuestionFr), v?.Slug);
        }

        yield return CheckEligibility(l, v?.Slug);
    }

    public static string TopicName(Topic topic, Language l) => topic switch
    {
        Topic.Deadline => T(l, "Deadline", "Date limite"),
        Topic.Grant => T(l, "Grant", "Bourse"),
        Topic.Tasks => T(l, "Daily work", "Travail au quotidien"),
        Topic.Units => T(l, "Sections and branches", "Sections et branches"),
        Topic.EssentialCriteria => T(l, "Essential criteria", "Critères essentiels"),
        Topic.DesirableCriteria => T(l, "Desirable criteria", "Critères souhaitables"),
        Topic.Competencies => T(l, "Competencies", "Compétences"),
        Topic.Documents => T(l, "Documents", "Documents"),
        Topic.Languages => T(l, "Languages", "Langues"),
        Topic.InfoSession => T(l, "Info session", "Séance d'information"),
        Topic.Location => T(l, "Location", "Lieu"),
        Topic.Start => T(l, "Start", "Début"),
        Topic.Duration => T(l, "Duration", "Durée"),
        Topic.Hours => T(l, "Working hours", "Horaires"),
        Topic.Telework => T(l, "Telework", "Télétravail"),
        Topic.Travel => T(l, "Travel", "Voyage"),
        Topic.StaffCentre => T(l, "Staff Centre", "Staff Centre"),
        Topic.ApplicationLimit => T(l, "How many vacancies you may apply to", "Nombre de postes auxquels postuler"),
        Topic.GenerativeAi => T(l, "Generative AI", "IA générative"),
        Topic.Enquiries => T(l, "Phone and e-mail enquiries", "Questions par téléphone et courriel"),
        Topic.UpdatesAfterDeadline => T(l, "Changes after the deadline", "Modifications après la date limite"),
        Topic.CandidatePool => T(l, "Candidate pool", "Réserve de candidats"),
        Topic.ReasonableAccommodation => T(l, "Reasonable accommodation", "Aménagement raisonnable"),
        Topic.Diversity => T(l, "Diversity and inclusion", "Diversité et inclusion"),
        Topic.Clearance => T(l, "Security clearance", "Habilitation de sécurité"),
        Topic.Grade => T(l, "Grade", "Grade"),
        Topic.NatoBody => T(l, "NATO body", "Organisme de l'OTAN"),
        Topic.About => T(l, "About", "À propos"),
        Topic.Activities => T(l, "Activities", "Activités"),
        Topic.Integrity => T(l, "Integrity", "Intégrité"),
        Topic.Accuracy => T(l, "Complete and accurate applications", "Candidatures complètes et exactes"),
        Topic.MoreInformation => T(l, "More information", "Plus d'informations"),
        Topic.Reference => T(l, "Reference number", "Numéro de référence"),
        Topic.LearningOutcomes => T(l, "What interns gain", "Ce que les stagiaires y gagnent"),
        Topic.Title => T(l, "Title", "Intitulé"),
        Topic.Offer => T(l, "What the internship offers", "Ce que le stage offre"),
        _ => topic.ToString(),
    };
}
