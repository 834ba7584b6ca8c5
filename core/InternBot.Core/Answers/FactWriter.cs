using InternBot.Core.Eligibility;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Core.Text.Bilingual;

namespace InternBot.Core.Answers;

/// <summary>
/// Writes what a vacancy's notice says on a topic, from the catalogue's facts only: nothing is added that the
/// notice does not state. Vacancy-specific words in sentences (names, numbers, dates) come from the data file;
/// whether a date is past or to come is read against the clock.
/// </summary>
internal static class FactWriter
{
    /// <summary>" Both are already past." / " March 2026 already past; still to come: September 2026 in 3 months.": start months against today.</summary>
    private static string StartsAgainstToday(IReadOnlyList<(int Year, int Month)> starts, DateTimeOffset now, Language l)
    {
        var today = now.UtcDateTime;
        var past = starts.Where(s => (s.Year * 12) + s.Month < (today.Year * 12) + today.Month).ToList();
        var coming = starts.Except(past).ToList();
        string Months(IEnumerable<(int Year, int Month)> months) => List(months.Select(m => Formats.Month(m.Year, m.Month, l)), l);
        // How far off each month still to come is, in calendar months: the notices give no day, so no more than that.
        string HowFar((int Year, int Month) m) => ((m.Year * 12) + m.Month - (today.Year * 12) - today.Month) switch
        {
            0 => Pick(l, "this month", "ce mois-ci"),
            1 => Pick(l, "next month", "le mois prochain"),
            var n => Pick(l, $"in {n} months", $"dans {n} mois"),
        };
        var ahead = string.Join(l == Language.French ? " ; " : "; ", coming.Select(m => $"{Formats.Month(m.Year, m.Month, l)} {HowFar(m)}"));
        return (past.Count, coming.Count) switch
        {
            (0, _) => Pick(l, $" Still to come: {ahead}.", $" À venir : {ahead}."),
            (1, 0) => Pick(l, " That month is already past.", " Ce mois est déjà passé."),
            (2, 0) => Pick(l, " Both are already past.", " Les deux sont déjà passés."),
            (_, 0) => Pick(l, " All are already past.", " Tous sont déjà passés."),
            _ => Pick(l, $" {Months(past)} already past; still to come: {ahead}.", $" {Months(past)} : déjà passé ; à venir : {ahead}."),
        };
    }

    public static VacancyFact For(Vacancy v, Topic topic, DateTimeOffset now, VacancyCatalogue catalogue)
    {
        var o = v.Offer;
        var p = v.Policies;
        return topic switch
        {
            Topic.Deadline => Fact(v, topic, NoticePart.Selection, Deadline(v, now)),
            Topic.Grant => o?.Grant is { } g
                ? Fact(v, topic, NoticePart.Offer, Say(l => g.Currency is null
                    ? Pick(l, $"A grant of {Formats.Money(g.Amount, null, l)} {Period(g.Period, l)}; the notice does not state the currency.", $"Une bourse de {Formats.Money(g.Amount, null, l)} {Period(g.Period, l)} ; l'avis ne précise pas la devise.")
                    : Pick(l, $"A grant of {Formats.Money(g.Amount, g.Currency, l)} {Period(g.Period, l)}.", $"Une bourse de {Formats.Money(g.Amount, g.Currency, l)} {Period(g.Period, l)}.")))
                : NotStated(v, topic, NoticePart.Offer),
            Topic.Tasks => ListFact(v, topic, NoticePart.DailyWork, v.Tasks, Say("What interns do:", "Ce que font les stagiaires :")),
            Topic.Units => v.Units.Count == 0 ? NotStated(v, topic, NoticePart.Description)
                : new VacancyFact(v, topic, true, Say("Where interns work:", "Où travaillent les stagiaires :"), v.Units.Select(UnitLine).ToList(), NoticePart.Description),
            Topic.EssentialCriteria => ListFact(v, topic, NoticePart.Selection, v.Selection.Essential.Select(c => c.Text).ToList(), Say("Essential criteria (all are required):", "Critères essentiels (tous sont requis) :")),
            Topic.DesirableCriteria => ListFact(v, topic, NoticePart.Selection, v.Selection.Desirable.Select(c => c.Text).ToList(), Say("Desirable criteria (an advantage, not required):", "Critères souhaitables (un avantage, non requis) :")),
            Topic.Competencies => ListFact(v, topic, NoticePart.Competencies, v.Selection.Competencies.Select(c => new LocalizedText($"{c.Name.En}: {c.Description.En}", c.Name.HasFrench && c.Description.HasFrench ? $"{c.Name.Fr} : {c.Description.Fr}" : null)).ToList(), Say("Competencies asked for:", "Compétences demandées :")),
            Topic.Documents => v.Documents is { Required.Count: > 0 } d
                ? new VacancyFact(v, topic, true, d.CheckedByInternshipOffice ? Say("Attach, so that the Internship Office can assess eligibility:", "Joindre, pour que le bureau des stages (Internship Office) évalue l'éligibilité :") : Say("Attach:", "Joindre :"),
                    d.Required.Select(r => r.Text).Concat(DocumentLanguages(d)).ToList(), NoticePart.SpecialNotice)
                : NotStated(v, topic, NoticePart.SpecialNotice),
            Topic.Languages => Languages(v),
            Topic.InfoSession => v.InfoSession is { } s ? InfoSession(v, s, now, catalogue) : NotStated(v, topic, NoticePart.InfoSession),
            Topic.Location => (v.Location ?? o?.Place) is { } place
                ? Fact(v, topic, v.Location is null ? NoticePart.Offer : NoticePart.Header, Say(l => Pick(l, $"Location: {place.In(l)}.", $"Lieu : {place.In(l)}.")))
                : NotStated(v, topic, NoticePart.Header),
            Topic.Start => o is { StartPeriods.Count: > 0 }
                ? Fact(v, topic, NoticePart.Offer, Say(l => Pick(l, $"Internships start in {List(o.StartPeriods.Select(s => Formats.Month(s.Year, s.Month, l)), Language.English).Replace(" and ", " or ", StringComparison.Ordinal)}.",
                    $"Les stages commencent en {List(o.StartPeriods.Select(s => Formats.Month(s.Year, s.Month, l)), Language.French).Replace(" et ", " ou ", StringComparison.Ordinal)}.") + StartsAgainstToday(o.StartPeriods.Select(s => (s.Year, s.Month)).ToList(), now, l)))
                : NotStated(v, topic, NoticePart.Offer),
            Topic.Duration => o?.DurationMonths is { } months
                ? Fact(v, topic, NoticePart.Offer, Say(l => Pick(l, $"The internship lasts {months} months.", $"Le stage dure {months} mois.")))
                : NotStated(v, topic, NoticePart.Offer),
            Topic.Hours => Hours(v),
            Topic.Telework => Text(v, topic, NoticePart.Offer, o?.Telework),
            Topic.Travel => Text(v, topic, NoticePart.Offer, o?.TravelReimbursement),
            Topic.StaffCentre => Text(v, topic, NoticePart.Offer, o?.StaffCentre),
            Topic.Activities => Text(v, topic, NoticePart.Offer, o?.Activities),
            Topic.About => ListFact(v, topic, NoticePart.Description, v.About, Say(l => Pick(l, $"About {v.Division?.In(l) ?? v.ShortName}:", $"À propos : {v.Division?.In(l) ?? v.ShortName}"))),
            Topic.Offer => Offer(v, now, catalogue),
            Topic.LearningOutcomes => ListFact(v, topic, NoticePart.DailyWork, v.LearningOutcomes, Say("What interns gain:", "Ce que les stagiaires y gagnent :")),
            Topic.Integrity => Text(v, topic, NoticePart.Values, p.Integrity),
            Topic.Accuracy => Text(v, topic, NoticePart.SpecialNotice, p.Accuracy),
            Topic.MoreInformation => Text(v, topic, NoticePart.SpecialNotice, p.MoreInformation),
            Topic.Reference => v.Reference is { } reference
                ? Fact(v, topic, NoticePart.Header, Say(l => Pick(l, $"Reference number: {reference}.", $"Numéro de référence : {reference}.")))
                : NotStated(v, topic, NoticePart.Header),
            Topic.Title => Fact(v, topic, NoticePart.Header, Say(l => Pick(l, $"Title: {v.Title.En}.", $"Intitulé : {v.Title.In(Language.French)}."))),
            Topic.ApplicationLimit => v.Selection.ApplicationLimit is { } limit
                ? Fact(v, topic, NoticePart.Selection, Say(l => Pick(l, $"You may apply to up to {limit} different vacancies in the same campaign.", $"Vous pouvez postuler à {limit} postes différents au maximum dans la même campagne.")))
                : NotStated(v, topic, NoticePart.Selection),
            Topic.GenerativeAi => Text(v, topic, NoticePart.SpecialNotice, p.GenerativeAi),
            Topic.Enquiries => Text(v, topic, NoticePart.SpecialNotice, p.Enquiries),
            Topic.UpdatesAfterDeadline => Text(v, topic, NoticePart.SpecialNotice, p.UpdatesAfterDeadline),
            Topic.CandidatePool => Text(v, topic, NoticePart.SpecialNotice, p.CandidatePool),
            Topic.ReasonableAccommodation => Text(v, topic, NoticePart.Values, p.ReasonableAccommodation),
            Topic.Diversity => Text(v, topic, NoticePart.Values, p.Diversity),
            Topic.Clearance => v.ClearanceLevel is { } code
                ? Fact(v, topic, NoticePart.Header, Say(l => Pick(l, $"Security clearance: {code} ({ClearanceLevels.NameOf(code)?.In(l) ?? code}).", $"Habilitation de sécurité : {code} ({ClearanceLevels.NameOf(code)?.In(l) ?? code}).")))
                : NotStated(v, topic, NoticePart.Header),
            Topic.Grade => v.Grade is { } grade
                ? Fact(v, topic, NoticePart.Header, Say(l => Pick(l, $"Grade: {grade}.", $"Grade : {grade}.")))
                : NotStated(v, topic, NoticePart.Header),
            Topic.NatoBody => v.NatoBody is { } body
                ? Fact(v, topic, NoticePart.Header, Say(l => Pick(l, $"NATO body: {body.In(l)}.", $"Organisme de l'OTAN : {body.In(l)}.")))
                : NotStated(v, topic, NoticePart.Header),
            _ => NotStated(v, topic, NoticePart.Description),
        };
    }

    /// <summary>The offer section as one fact: each part the notice states, in the order people ask about them.</summary>
    private static VacancyFact Offer(Vacancy v, DateTimeOffset now, VacancyCatalogue catalogue)
    {
        var parts = FactGroups.ProgrammeOffer.Select(t => For(v, t, now, catalogue)).Where(f => f is { Stated: true, Summary: not null })
            .SelectMany(f => f.Items.Count == 0 ? [f.Summary!] : f.Items.Select(i => new LocalizedText($"{f.Summary!.En} {i.En}", f.Summary.HasFrench && i.HasFrench ? $"{f.Summary.Fr} {i.Fr}" : null)))
            .ToList();
        return ListFact(v, Topic.Offer, NoticePart.Offer, parts, Say("What the internship offers:", "Ce que le stage offre :"));
    }

    private static VacancyFact Fact(Vacancy v, Topic topic, NoticePart part, LocalizedText summary) => new(v, topic, true, summary, [], part);

    private static VacancyFact NotStated(Vacancy v, Topic topic, NoticePart part) => new(v, topic, false, null, [], part);

    private static VacancyFact Text(Vacancy v, Topic topic, NoticePart part, LocalizedText? text) => text is null ? NotStated(v, topic, part) : new(v, topic, true, text, [], part);

    private static VacancyFact ListFact(Vacancy v, Topic topic, NoticePart part, IReadOnlyList<LocalizedText> items, LocalizedText heading) =>
        items.Count == 0 ? NotStated(v, topic, part) : new(v, topic, true, heading, items, part);

    private static LocalizedText UnitLine(OrganisationalUnit u)
    {
        var name = u.Abbreviation is null ? u.Name : new LocalizedText($"{u.Name.En} ({u.Abbreviation})", u.Name.HasFrench ? $"{u.Name.Fr} ({u.Abbreviation})" : null);
        if (u.Description is null)
        {
            return name;
        }

        return new LocalizedText($"{name.En}: {u.Description.En}", name.HasFrench && u.Description.HasFrench ? $"{name.Fr} : {u.Description.Fr}" : null);
    }

    private static IEnumerable<LocalizedText> DocumentLanguages(DocumentRequirements d)
    {
        if (d.AcceptedLanguages.Count == 0)
        {
            yield break;
        }

        string names(Language l) => string.Join(Pick(l, " or ", " ou "), d.AcceptedLanguages.Select(c => SpokenLanguages.NameOf(c).In(l)));
        yield return Say(l => Pick(l, $"Documents {(d.LanguagesPreferred ? "preferably" : "must be")} in {names(l)}{(d.SelfTranslationAccepted ? "; otherwise attach a self-translation" : "")}.",
            $"Documents {(d.LanguagesPreferred ? "de préférence" : "obligatoirement")} en {names(l)}{(d.SelfTranslationAccepted ? " ; sinon, joindre une auto-traduction" : "")}."));
    }

    private static VacancyFact Languages(Vacancy v)
    {
        var items = v.Selection.Essential.Where(c => c.Kind == CriterionKind.OfficialLanguage).Select(c => Say(l => Pick(l, $"Required: {c.Text.In(l)}", $"Requis : {c.Text.In(l)}")))
            .Concat(v.Selection.Desirable.Where(c => c.Kind == CriterionKind.SecondOfficialLanguage).Select(c => Say(l => Pick(l, $"Desirable, an advantage (not required): {c.Text.In(l)}", $"Souhaitable, un atout (non requis) : {c.Text.In(l)}"))))
            .ToList();
        return items.Count == 0 ? NotStated(v, Topic.Languages, NoticePart.Selection)
            : new VacancyFact(v, Topic.Languages, true, Say("Languages:", "Langues :"), items, NoticePart.Selection);
    }

    private static LocalizedText Deadline(Vacancy v, DateTimeOffset now)
    {
        var last = v.Deadline.LastMinute;
        var offset = last.Zone.GetUtcOffset(last.Local);
        var utc = $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{Math.Abs(offset.Hours)}" + (offset.Minutes != 0 ? $":{Math.Abs(offset.Minutes):00}" : "");
        var today = DateOnly.FromDateTime(ZonedDateTime.LocalIn(last.Zone, now));
        // While it is open, the same minute in UTC too, for applicants in other time zones.
        var inUtc = Formats.InUtc(last.ToInstant());
        // On the last day the time left is what counts ("how many minutes do I have?"), to the end of the last minute.
        // ("Tonight" when the last minute is in the evening, as 23:59 is: "is it tonight?" is how people ask.)
        if (v.Deadline.LeftOnItsLastDay(now) is { } left)
        {
            var (when, quand) = last.Local.Hour >= 18 ? ("tonight", "ce soir") : ("today", "aujourd'hui");
            return Say(l => Pick(l, $"Today is the last day: applications close {when}, {Formats.DateTime(last.Local, l)}, Brussels time ({utc}; {inUtc}): {Formats.TimeLeft(left, l)}.",
                $"C'est aujourd'hui le dernier jour : les candidatures ferment {quand}, {Formats.DateTime(last.Local, l)}, heure de Bruxelles ({utc} ; {inUtc}) : {Formats.TimeLeft(left, l)}."));
        }

        // Days left counts calendar days in Brussels, the zone the deadline is written in, so "tomorrow" means the same to everyone.
        var daysLeft = v.Deadline.Date.DayNumber - today.DayNumber;
        return v.Deadline.IsOpenAt(now)
            ? Say(l => Pick(l,
                $"Applications are open until {Formats.DateTime(last.Local, l)}, Brussels time ({utc}; {inUtc}): {(daysLeft == 1 ? "1 day left, it closes tomorrow" : $"{daysLeft} days left")}.",
                $"Les candidatures sont ouvertes jusqu'au {Formats.DateTime(last.Local, l)}, heure de Bruxelles ({utc} ; {inUtc}) : {(daysLeft == 1 ? "il reste 1 jour, clôture demain" : $"il reste {daysLeft} jours")}."))
            : Say(l => Pick(l, $"Applications closed on {Formats.DateTime(last.Local, l)}, Brussels time ({utc}): the deadline passed {Formats.Ago(v.Deadline.Date, today, l)}.",
                $"Les candidatures ont été clôturées le {Formats.DateTime(last.Local, l)}, heure de Bruxelles ({utc}) : la date limite est passée ({Formats.Ago(v.Deadline.Date, today, l)})."));
    }

    private static VacancyFact InfoSession(Vacancy v, InfoSession s, DateTimeOffset now, VacancyCatalogue catalogue)
    {
        var start = s.Start;
        var items = new List<LocalizedText>();
        if (s.Description is { } d)
        {
            items.Add(d);
        }

        if (s.ZoneLabelInNotice is "CET" && start.Zone.IsDaylightSavingTime(start.Local))
        {
            items.Add(Say("The notice writes \"CET\", but Brussels is on summer time (CEST, UTC+2) that day; the time above is Brussels local time.",
                "L'avis indique « CET », mais Bruxelles est à l'heure d'été (CEST, UTC+2) ce jour-là ; l'heure ci-dessus est l'heure locale de Bruxelles."));
        }

        if (s.RegistrationUrl is { } url)
        {
            items.Add(Say(l => Pick(l, $"Register: {url}", $"Inscription : {url}")));
        }
        else
        {
            items.Add(Say("The notice asks people to register but gives no link: the registration link is not stated.", "L'avis invite à s'inscrire mais ne donne pas de lien : le lien d'inscription n'est pas précisé."));

            // Notices announcing the same session at the same time do give one: say whose it is.
            var others = catalogue.All.Where(o => o != v && o.InfoSession is { RegistrationUrl: not null } os && os.Start.ToInstant() == start.ToInstant()).ToList();
            if (others.Count > 0)
            {
                var link = others[0].InfoSession!.RegistrationUrl!;
                items.Add(Say(l => Pick(l, $"The {List(others.Select(o => o.ShortName), l)} notices announce a session at the same time and give this registration link: {link}",
                    $"Les avis {List(others.Select(o => o.ShortName), l)} annoncent une séance à la même heure et donnent ce lien d'inscription : {link}")));
            }
        }
        var past = start.ToInstant() < now;
        // Its day and today, both in its zone, for "17 months ago" and "in 3 days".
        var (day, today) = (DateOnly.FromDateTime(start.Local), DateOnly.FromDateTime(ZonedDateTime.LocalIn(start.Zone, now)));
        // Later today: how soon it begins ("today, in 4 hours").
        var sameDay = start.IsSameDayAs(now);
        string Soon(Language l) => !past && sameDay ? ", " + Formats.In(start.ToInstant() - now, l) : "";
        // Earlier today: when it began ("has the webinar already started?"); how long it lasts is not stated.
        return new VacancyFact(v, Topic.InfoSession, true, Say(l => past && sameDay
            ? Pick(l, $"An info session (webinar) took place today, from {Formats.DateTime(start.Local, l)}, Brussels time: it already started {Formats.Ago(now - start.ToInstant(), l)}.",
                $"Une séance d'information (webinaire) a eu lieu aujourd'hui, à partir du {Formats.DateTime(start.Local, l)}, heure de Bruxelles : elle a déjà commencé {Formats.Ago(now - start.ToInstant(), l)}.")
            : past
            ? Pick(l, $"An info session (webinar) took place on {Formats.DateTime(start.Local, l)}, Brussels time, {Formats.Ago(day, today, l)}.",
                $"Une séance d'information (webinaire) a eu lieu le {Formats.DateTime(start.Local, l)}, heure de Bruxelles, {Formats.Ago(day, today, l)}.")
            // One still to come in UTC too, for people joining from other time zones (as an open deadline is given).
            : Pick(l, $"An info session (webinar) will take place on {Formats.DateTime(start.Local, l)}, Brussels time ({Formats.InUtc(start.ToInstant())}), {Formats.Ahead(day, today, l)}{Soon(l)}.",
                $"Une séance d'information (webinaire) aura lieu le {Formats.DateTime(start.Local, l)}, heure de Bruxelles ({Formats.InUtc(start.ToInstant())}), {Formats.Ahead(day, today, l)}{Soon(l)}.")), items, NoticePart.InfoSession);
    }

    private static VacancyFact Hours(Vacancy v)
    {
        var o = v.Offer;
        var fullTime = o?.FullTime ?? (v.Schedule is { } s ? s == WorkSchedule.FullTime : null);
        if (fullTime is null && o?.WeeklyHours is null)
        {
            return NotStated(v, Topic.Hours, NoticePart.Offer);
        }

        return Fact(v, Topic.Hours, o?.WeeklyHours is null ? NoticePart.Header : NoticePart.Offer, Say(l =>
        {
            var kind = fullTime switch { true => Pick(l, "Full-time", "Temps plein"), false => Pick(l, "Part-time", "Temps partiel"), null => "" };
            var hours = o?.WeeklyHours is { } h ? Pick(l, $"{Formats.Number(h, l)} hours a week", $"{Formats.Number(h, l)} heures par semaine") : "";
            return string.Join(kind.Length > 0 && hours.Length > 0 ? ", " : "", kind, hours) + ".";
        }));
    }

    private static string Period(GrantPeriod period, Language l) => period switch
    {
        GrantPeriod.Monthly => Pick(l, "a month", "par mois"),
        GrantPeriod.Weekly => Pick(l, "a week", "par semaine"),
        _ => Pick(l, "in total", "au total"),
    };
}
