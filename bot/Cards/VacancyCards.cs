using InternBot.Core.Answers;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Bot.Cards.CardText;

namespace InternBot.Bot.Cards;

/// <summary>The vacancy list, a vacancy's detail and its compact search result.</summary>
internal static class VacancyCards
{
    public static AdaptiveCard List(IReadOnlyList<Vacancy> vacancies, DateTimeOffset now, Language l)
    {
        var card = new AdaptiveCard { Lang = l.Code(), Speak = T(l, $"{vacancies.Count} vacancies", $"{vacancies.Count} postes") }
            .Add(new TextBlock(T(l, "NATO HQ internship vacancies", "Postes de stage au siège de l'OTAN")) { Size = "Large", Weight = "Bolder", Style = "heading" },
                new TextBlock(vacancies.Count == 1
                    ? T(l, "1 vacancy notice:", "1 offre de stage :")
                    : T(l, $"{vacancies.Count} vacancy notices:", $"{vacancies.Count} offres de stage :")) { Spacing = "none", IsSubtle = true });
        foreach (var v in vacancies)
        {
            var open = v.Deadline.IsOpenAt(now);
            card.Add(new ColumnSet(
            [
                new Column([
                    new TextBlock($"**{Name(v)}** — {In(v.Title, l)}"),
                    new TextBlock(open
                        ? T(l, $"Open until {Formats.DateTime(v.Deadline.LastMinute.Local, l)}", $"Ouvert jusqu'au {Formats.DateTime(v.Deadline.LastMinute.Local, l)}")
                        : T(l, $"Closed on {Formats.DateTime(v.Deadline.LastMinute.Local, l)}", $"Clôturé le {Formats.DateTime(v.Deadline.LastMinute.Local, l)}")) { IsSubtle = true, Spacing = "none", Color = open ? "Good" : "Attention" },
                ]),
                new Column([new ActionSet([CardText.Detail(v, l)])]) { Width = "auto" },
            ]) { Separator = true });
        }

        return card;
    }

    public static AdaptiveCard Detail(Vacancy v, DateTimeOffset now, Language l)
    {
        var card = new AdaptiveCard { Lang = l.Code(), Speak = In(v.Title, l) }
            .Add(
                new TextBlock(In(v.Title, l)) { Size = "Large", Weight = "Bolder", Style = "heading" },
                Status(v, now, l),
                new FactSet(KeyFacts(v, l)));
        if (v.Units.Count > 0)
        {
            card.Add(new TextBlock(T(l, "Where interns work", "Où travaillent les stagiaires")) { Weight = "Bolder", Style = "heading", Separator = true });
            foreach (var u in v.Units)
            {
                card.Add(new TextBlock($"- **{In(u.Name, l)}{(u.Abbreviation is null ? "" : $" ({u.Abbreviation})")}**") { Spacing = "small" });
            }
        }

        if (v.Tasks.Count > 0)
        {
            card.Add(new TextBlock(T(l, "Daily work", "Travail au quotidien")) { Weight = "Bolder", Style = "heading", Separator = true });
            card.Add(v.Tasks.Take(5).Select(t => (CardElement)new TextBlock("- " + In(t, l)) { Spacing = "small" }).ToArray());
            if (v.Tasks.Count > 5)
            {
                card.Add(new TextBlock(T(l, "…and more: ask for the tasks.", "…et d'autres : demandez les tâches.")) { IsSubtle = true, Spacing = "small" });
            }
        }

        card.AddActions(
            Ask(T(l, "Tasks", "Tâches"), T(l, "What are the tasks?", "Quelles sont les tâches ?"), v.Slug),
            Ask(T(l, "Criteria", "Critères"), T(l, "What are the criteria?", "Quels sont les critères ?"), v.Slug),
            Ask(T(l, "Documents", "Documents"), T(l, "Which documents?", "Quels documents ?"), v.Slug),
            CheckEligibility(l, v.Slug));
        return card;
    }

    /// <summary>A small card for search results and sharing into a chat (well under 28 KB).</summary>
    public static AdaptiveCard Compact(Vacancy v, DateTimeOffset now, Language l) =>
        new AdaptiveCard { Lang = l.Code(), Speak = In(v.Title, l) }
            .Add(
                new TextBlock(In(v.Title, l)) { Weight = "Bolder", Style = "heading" },
                Status(v, now, l),
                new FactSet(KeyFacts(v, l).Take(5).ToList()))
            .AddActions(CardText.Detail(v, l));

    private static List<Fact> KeyFacts(Vacancy v, Language l)
    {
        var facts = new List<Fact>();
        void Add(string en, string fr, string? value)
        {
            if (value is not null)
            {
                facts.Add(new Fact(T(l, en, fr), value));
            }
        }

        var o = v.Offer;
        Add("Reference", "Référence", v.Reference);
        Add("Deadline", "Date limite", Formats.DateTime(v.Deadline.LastMinute.Local, l) + T(l, " (Brussels)", " (Bruxelles)"));
        Add("Grant", "Bourse", o?.Grant is { } g ? Formats.Money(g.Amount, g.Currency, l) + T(l, g.Currency is null ? " a month (currency not stated)" : " a month", g.Currency is null ? " par mois (devise non précisée)" : " par mois") : null);
        Add("Duration", "Durée", o?.DurationMonths is { } d ? T(l, $"{d} months", $"{d} mois") : null);
        Add("Starts", "Début", o is { StartPeriods.Count: > 0 } ? string.Join(" / ", o.StartPeriods.Select(s => Formats.Month(s.Year, s.Month, l))) : null);
        Add("Hours", "Heures", o?.WeeklyHours is { } h ? T(l, $"{Formats.Number(h, l)} a week", $"{Formats.Number(h, l)} par semaine") : null);
        Add("NATO body", "Organisme", v.NatoBody is null ? null : In(v.NatoBody, l));
        Add("Location", "Lieu", (v.Location ?? o?.Place) is { } place ? In(place, l) : null);
        Add("Clearance", "Habilitation", v.ClearanceLevel);
        Add("Info session", "Séance d'info", v.InfoSession is { } s ? Formats.DateTime(s.Start.Local, l) : null);
        if (o is null)
        {
            Add("Offer", "Offre", T(l, "the notice does not say", "l'avis ne précise pas ce point"));
        }

        return facts;
    }
}
