using InternBot.Core.Text;
using InternBot.Core.Understanding;
using InternBot.Core.Vacancies;
using static InternBot.Core.Text.Bilingual;

namespace InternBot.Core.Answers;

/// <summary>
/// Builds the answer on one topic for a set of vacancies: the fact per vacancy, grouped by what it says, ordered
/// when the question asks for the latest or earliest, led by one line when it asks how many or which, and, when the
/// vacancies asked about say nothing of the programme's offer, what the other notices say (named as theirs).
/// </summary>
internal sealed class FactGroups(VacancyCatalogue catalogue, TimeProvider time)
{
    private static readonly Topic[] Dated = [Topic.Deadline, Topic.InfoSession, Topic.Start];
    // What the programme offers is usually the same in every notice; where a notice leaves its offer out, the others'
    // offer is worth showing (as theirs). Vacancy-specific facts (clearance) are not.
    internal static readonly Topic[] ProgrammeOffer = [Topic.Grant, Topic.Hours, Topic.Duration, Topic.Start, Topic.Location, Topic.Telework, Topic.Travel, Topic.StaffCentre, Topic.Activities];
    private static readonly Topic[] Lists = [Topic.Tasks, Topic.Units, Topic.EssentialCriteria, Topic.DesirableCriteria, Topic.Competencies, Topic.Documents];

    public FactGroup For(Topic topic, IReadOnlyList<Vacancy> targets, bool allVacancies, AnswerForms forms)
    {
        var now = time.GetUtcNow();
        var group = Grouped(topic, targets, allVacancies, forms, now);
        // A notice silent on the programme's offer that sends readers to the programme's website says where to look.
        return ProgrammeOffer.Contains(topic)
            ? group with { ReferredTo = [.. group.Facts.Where(f => !f.Stated).Select(f => FactWriter.For(f.Vacancy, Topic.MoreInformation, now, catalogue)).Where(f => f.Stated)] }
            : group;
    }

    private FactGroup Grouped(Topic topic, IReadOnlyList<Vacancy> targets, bool allVacancies, AnswerForms forms, DateTimeOffset now)
    {
        var facts = targets.Select(v => FactWriter.For(v, topic, now, catalogue)).ToList();
        if (targets.Count < 2)
        {
            return new FactGroup(topic, facts, allVacancies, Lead(topic, facts, forms, allVacancies)) { Elsewhere = Elsewhere(topic, facts, now) };
        }

        if (Dated.Contains(topic) && (forms & (AnswerForms.Latest | AnswerForms.Earliest | AnswerForms.Rank)) != 0)
        {
            var latestFirst = (forms & AnswerForms.Latest) != 0 && (forms & AnswerForms.Earliest) == 0;
            facts = (latestFirst ? facts.OrderByDescending(f => DateOf(f) ?? DateTime.MinValue) : facts.OrderBy(f => DateOf(f) ?? DateTime.MaxValue)).ToList();
            var dated = facts.Where(f => DateOf(f) is not null).ToList();
            if (dated.Count > 0)
            {
                var first = DateOf(dated[0])!.Value;
                var winners = dated.Where(f => DateOf(f) == first).Select(f => f.Vacancy.ShortName).ToList();
                string when(Language l) => topic == Topic.Start ? Formats.Month(first.Year, first.Month, l) : Formats.DateTime(first, l);
                if (winners.Count == facts.Count)
                {
                    // "Which of the two closes first?" when both close together: no winner to name.
                    return new FactGroup(topic, facts, allVacancies, Say(l => Pick(l,
                        $"{(facts.Count == 2 ? "Both" : $"All {facts.Count}")} at the same time ({List(winners, l)}): {when(l)}.",
                        $"{(facts.Count == 2 ? "Les deux" : $"Les {facts.Count}")} en même temps ({List(winners, l)}) : {when(l)}.")));
                }

                // "How many can I still apply to, and which closes first?": how many are open now, then the ranking.
                var open = topic == Topic.Deadline && (forms & AnswerForms.Open) != 0 && (forms & AnswerForms.Count) != 0 ? facts.Where(f => f.Vacancy.Deadline.IsOpenAt(now)).Select(f => f.Vacancy.ShortName).ToList() : null;
                string stillOpen(Language l) => open is null ? "" : StillOpen.Of(open, facts.Count).In(l) + " ";

                // "Which one closed first?" when several share the first date: they are tied, and said to be.
                return new FactGroup(topic, facts, allVacancies, Say(l => stillOpen(l) + Pick(l,
                    $"{(latestFirst ? "Latest" : "Earliest")}: {List(winners, l)}{(winners.Count > 1 ? $", {winners.Count} on the same day" : "")} ({when(l)}).",
                    $"{(latestFirst ? "Le plus tard" : "Le plus tôt")} : {List(winners, l)}{(winners.Count > 1 ? $", {winners.Count} le même jour" : "")} ({when(l)}).")));
            }
        }

        // "Which has the longest list of tasks, and how many?": the lists counted, longest first.
        if (Lists.Contains(topic) && (forms & (AnswerForms.Most | AnswerForms.Count)) != 0 && facts.Count(f => f.Stated && f.Items.Count > 0) >= 2
            && facts.Where(f => f.Stated).Select(f => f.Items.Count).Distinct().Count() > 1)
        {
            facts = facts.OrderByDescending(f => f.Stated ? f.Items.Count : -1).ToList();
            var counted = facts.Where(f => f.Stated && f.Items.Count > 0).ToList();
            var most = counted.Where(f => f.Items.Count == counted[0].Items.Count).Select(f => f.Vacancy.ShortName).ToList();
            var each = (Language l) => string.Join(l == Language.French ? " ; " : "; ", counted.Select(f => $"{f.Vacancy.ShortName} {f.Items.Count}"));
            return new FactGroup(topic, facts, allVacancies, Say(l => Pick(l,
                $"Longest list: {List(most, l)} ({counted[0].Items.Count}). How many each notice lists: {each(l)}.",
                $"Liste la plus longue : {List(most, l)} ({counted[0].Items.Count}). Nombre par avis : {each(l)}.")));
        }

        return new FactGroup(topic, facts, allVacancies, Lead(topic, facts, forms, allVacancies));
    }

    /// <summary>"2 of the 5 notices state this (KM, NDS); the others do not", "4 notices share one answer", "9 items".</summary>
    private static LocalizedText? Lead(Topic topic, List<VacancyFact> facts, AnswerForms forms, bool allVacancies)
    {
        var stated = facts.Where(f => f.Stated).ToList();
        var silent = facts.Where(f => !f.Stated).Select(f => f.Vacancy.ShortName).ToList();
        var answers = stated.GroupBy(f => f.CompareKey).Select(g => g.Select(f => f.Vacancy.ShortName).ToList()).OrderByDescending(g => g.Count).ToList();
        var parts = new List<LocalizedText>();
        if (facts.Count > 1 && silent.Count > 0 && stated.Count > 0)
        {
            // "Which has the bigger grant?": the ones that state it agree, and that is said too.
            var alike = stated.Count >= 2 && answers.Count == 1;
            parts.Add(Say(l => Pick(l,
                $"{Formats.CountAtStart(stated.Count, l)} of the {facts.Count} notices state{(stated.Count == 1 ? "s" : "")} this ({List(stated.Select(f => f.Vacancy.ShortName), l)}){(alike ? ", the same in each" : "")}; {(silent.Count == 1 ? $"the {silent[0]} notice does not state it" : $"the {List(silent, l)} notices do not state it")}.",
                $"{Formats.CountAtStart(stated.Count, l)} avis sur {facts.Count} le précise{(stated.Count == 1 ? "" : "nt")} ({List(stated.Select(f => f.Vacancy.ShortName), l)}){(alike ? ", tous de la même façon" : "")} ; {(silent.Count == 1 ? $"l'avis {silent[0]} ne précise pas ce point" : $"les avis {List(silent, l)} ne précisent pas ce point")}.")));
        }
        else if (facts.Count > 1 && silent.Count == 0 && answers.Count == 1)
        {
            parts.Add(allVacancies
                ? Say(l => Pick(l, $"The same in all {facts.Count} notices.", $"Les {facts.Count} avis sont identiques sur ce point."))
                : Say(l => Pick(l, $"The same in the {List(answers[0], l)} notices.", $"Les avis {List(answers[0], l)} sont identiques sur ce point.")));
        }
        else if (!allVacancies && facts.Count > 1 && silent.Count == 0 && answers.Count > 1)
        {
            parts.Add(Say(l => Pick(l, $"Not the same: the notices differ ({string.Join("; ", answers.Select(a => List(a, l)))}).", $"Pas identique : les avis diffèrent ({string.Join(" ; ", answers.Select(a => List(a, l)))}).")));
        }

        if (answers.Count > 1 && (forms & AnswerForms.Count) != 0)
        {
            parts.Add(Say(l => Pick(l,
                $"They give {answers.Count} different answers: " + string.Join("; ", answers.Select(a => $"{a.Count} {(a.Count == 1 ? "notice" : "notices")} ({List(a, l)})")) + ".",
                $"Ils donnent {answers.Count} réponses différentes : " + string.Join(" ; ", answers.Select(a => $"{a.Count} {(a.Count == 1 ? "avis" : "avis")} ({List(a, l)})")) + ".")));
        }

        if ((forms & AnswerForms.Count) != 0 && Lists.Contains(topic) && answers.Count == 1 && stated[0].Items.Count > 0)
        {
            var n = stated[0].Items.Count;
            // In words up to ten, as prose writes a count ("three branches" is how people ask and check it).
            parts.Add(Say(l => Pick(l, $"{Formats.CountAtStart(n, l)} in all.", $"{Formats.CountAtStart(n, l)} au total.")));
        }

        return parts.Count == 0 ? null : new LocalizedText(string.Join(" ", parts.Select(p => p.En)), string.Join(" ", parts.Select(p => p.Fr)));
    }

    /// <summary>When every notice asked about is silent, what the other notices state, so the person knows what is usual.</summary>
    private List<VacancyFact> Elsewhere(Topic topic, List<VacancyFact> facts, DateTimeOffset now)
    {
        // The info session too: four notices announce one programme webinar, and a fifth saying nothing of it is worth
        // theirs (shown as theirs, not as this vacancy's); the clearance the others require, a hint of what to expect; and
        // what only the two IMS notices give (a reference number, a grade, the NATO body), which says where it is found.
        if (facts.Count == 0 || facts.Any(f => f.Stated) || !(ProgrammeOffer.Contains(topic) || topic is Topic.Offer or Topic.InfoSession or Topic.Clearance or Topic.Reference or Topic.Grade or Topic.NatoBody))
        {
            return [];
        }

        return StatedByOthers(topic, facts.Select(f => f.Vacancy), now);
    }

    /// <summary>What the notices other than <paramref name="asked"/> state on a topic (shown as theirs, never as the asked ones').</summary>
    public List<VacancyFact> StatedByOthers(Topic topic, IEnumerable<Vacancy> asked, DateTimeOffset now)
    {
        var them = asked.ToHashSet();
        return catalogue.All.Where(v => !them.Contains(v)).Select(v => FactWriter.For(v, topic, now, catalogue)).Where(f => f.Stated).ToList();
    }

    private static DateTime? DateOf(VacancyFact fact) => fact.Stated
        ? fact.Topic switch
        {
            Topic.Deadline => fact.Vacancy.Deadline.LastMinute.Local,
            Topic.InfoSession => fact.Vacancy.InfoSession?.Start.Local,
            Topic.Start => fact.Vacancy.Offer?.StartPeriods.Count > 0 ? fact.Vacancy.Offer.StartPeriods.Min().ToDateTime(TimeOnly.MinValue) : null,
            _ => null,
        }
        : null;
}
