using InternBot.Core.Eligibility.Rules;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Core.Text.Bilingual;

namespace InternBot.Core.Eligibility;

/// <summary>
/// Decides a candidate's eligibility for a vacancy exactly as its notice states the rules, with a reason per
/// criterion in English and French. Pure and deterministic: the only outside input is the clock, through
/// <see cref="TimeProvider"/>. The one place these rules are written; the bot, the tab and the CLI all call it.
/// </summary>
public sealed class EligibilityEngine(TimeProvider time)
{
    public EligibilityDecision Evaluate(CandidateProfile profile, Vacancy vacancy)
    {
        var now = time.GetUtcNow();
        var assumptions = new List<LocalizedText>();
        var context = new RuleContext(profile, vacancy, ReferenceDate(profile, vacancy, now, assumptions), assumptions);

        var results = new List<CriterionResult>();
        foreach (var criterion in vacancy.Selection.Essential)
        {
            results.Add(criterion.Kind switch
            {
                CriterionKind.Nationality => NationalityRule.Evaluate(context, criterion),
                CriterionKind.MinimumAge => AgeRule.Evaluate(context, criterion),
                CriterionKind.Education => EducationRule.Evaluate(context, criterion),
                CriterionKind.OfficialLanguage => LanguageRule.Evaluate(context, criterion),
                _ => new CriterionResult($"essential{results.Count + 1}", Outcome.Unknown,
                    Say(l => Pick(l, $"Not checked automatically: {criterion.Text.In(l)}", $"Non vérifié automatiquement : {criterion.Text.In(l)}")),
                    Say("Staff must check this criterion.", "Le personnel doit vérifier ce critère.")),
            });
        }

        results.Add(DeadlineRule.Evaluate(context));
        if (vacancy.Selection.ApplicationLimit is { } limit)
        {
            results.Add(ApplicationLimitRule.Evaluate(context, limit));
        }

        if (vacancy.Documents is { Required.Count: > 0 } documents)
        {
            results.Add(DocumentsRule.Evaluate(context, documents));
        }

        var desirable = vacancy.Selection.Desirable.Select((c, i) => DesirableRules.Evaluate(context, c, i)).ToList();
        var score = new DesirableScore(desirable.Count(d => d.Outcome == Outcome.Passed), desirable.Count, desirable);

        var verdict = results.Any(r => r.Outcome == Outcome.Failed) ? Verdict.NotEligible
            : results.Any(r => r.Outcome == Outcome.Unknown) ? Verdict.CannotDecideYet
            : Verdict.Eligible;
        return new EligibilityDecision(vacancy.Slug, verdict, results, score, assumptions, now);
    }

    /// <summary>
    /// Age and graduation are counted on the day the application is submitted (in the deadline's zone). Without
    /// a submission time: today while the call is open ("if you apply today"), else the deadline day.
    /// </summary>
    private static DateOnly ReferenceDate(CandidateProfile profile, Vacancy vacancy, DateTimeOffset now, List<LocalizedText> assumptions)
    {
        var zone = vacancy.Deadline.LastMinute.Zone;
        if (profile.SubmittedAt is { } submitted)
        {
            var day = DateOnly.FromDateTime(ZonedDateTime.LocalIn(zone, submitted));
            assumptions.Add(Say(l => Pick(l, $"Age and graduation are counted on the submission date, {Formats.Date(day, l)} (Brussels time).",
                $"L'âge et la date du diplôme sont comptés au jour de la soumission, le {Formats.Date(day, l)} (heure de Bruxelles).")));
            return day;
        }

        if (vacancy.Deadline.IsOpenAt(now))
        {
            var today = DateOnly.FromDateTime(ZonedDateTime.LocalIn(zone, now));
            assumptions.Add(Say(l => Pick(l, $"No submission time given: age and graduation are counted on today's date, {Formats.Date(today, l)}, as if applying today.",
                $"Aucune heure de soumission : l'âge et la date du diplôme sont comptés à la date du jour, le {Formats.Date(today, l)}, comme pour une candidature aujourd'hui.")));
            return today;
        }

        var deadline = vacancy.Deadline.Date;
        assumptions.Add(Say(l => Pick(l, $"No submission time given: age and graduation are counted on the deadline, {Formats.Date(deadline, l)}.",
            $"Aucune heure de soumission : l'âge et la date du diplôme sont comptés à la date limite, le {Formats.Date(deadline, l)}.")));
        return deadline;
    }
}
