using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Core.Text.Bilingual;

namespace InternBot.Core.Eligibility.Rules;

/// <summary>Submitted before the deadline's last minute ended, in the deadline's own zone (Brussels).</summary>
internal static class DeadlineRule
{
    public const string Id = "deadline";

    public static CriterionResult Evaluate(RuleContext context)
    {
        var deadline = context.Vacancy.Deadline;
        string due(Language l) => Pick(l, $"{Formats.DateTime(deadline.LastMinute.Local, l)} Brussels time", $"{Formats.DateTime(deadline.LastMinute.Local, l)}, heure de Bruxelles");
        if (context.Profile.SubmittedAt is not { } submitted)
        {
            return new CriterionResult(Id, Outcome.Unknown,
                Say(l => Pick(l, $"No submission time given; applications close {due(l)}.", $"Aucune heure de soumission indiquée ; les candidatures sont clôturées le {due(l)}.")),
                Say("Give the submission time with its UTC offset, e.g. 2025-06-22T23:59:00+02:00.", "Indiquez l'heure de soumission avec son décalage UTC, p. ex. 2025-06-22T23:59:00+02:00."));
        }

        var local = ZonedDateTime.LocalIn(context.Zone, submitted);
        string at(Language l) => local.ToString(Pick(l, "d MMMM yyyy, HH:mm:ss", "d MMMM yyyy 'à' HH:mm:ss"), l.Culture());
        if (deadline.IsOpenAt(submitted))
        {
            return new CriterionResult(Id, Outcome.Passed, Say(l =>
                Pick(l, $"Submitted {at(l)} Brussels time, before the deadline ({due(l)}).", $"Soumise le {at(l)}, heure de Bruxelles, avant la date limite ({due(l)}).")));
        }

        return new CriterionResult(Id, Outcome.Failed,
            Say(l => Pick(l, $"Submitted {at(l)} Brussels time, after the deadline ({due(l)}).", $"Soumise le {at(l)}, heure de Bruxelles, après la date limite ({due(l)}).")),
            Say("Nothing can change this: late applications are not accepted.", "Rien ne peut changer cela : les candidatures tardives ne sont pas acceptées."));
    }
}
