using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Core.Text.Bilingual;

namespace InternBot.Core.Eligibility.Rules;

/// <summary>
/// At least N years of university-level study, OR equivalent education, OR currently a student, OR a recent
/// graduate (degree no older than M months on the reference date, the boundary day included). A bachelor's or
/// higher degree means at least two years of study.
/// </summary>
internal static class EducationRule
{
    public const string Id = "education";

    public static CriterionResult Evaluate(RuleContext context, Criterion criterion)
    {
        var years = criterion.MinimumStudyYears!.Value;
        var months = criterion.RecentGraduateMonths;
        var e = context.Profile.Education;
        if (e is null)
        {
            return Unknown(years, months);
        }

        if (e.YearsCompleted is { } done && done >= years)
        {
            return Passed(l => Pick(l, $"{Formats.Number(done, l)} years of university-level study completed (at least {years} years required).",
                $"{Formats.Number(done, l)} années d'études universitaires accomplies (au moins {years} ans requis)."));
        }

        if (e.Degree is { Level: >= DegreeLevel.Bachelor } degree && years <= 2)
        {
            return Passed(l => Pick(l, $"Holds a {DegreeName(degree.Level, l)}, which means at least two years of university-level study.",
                $"Titulaire d'un {DegreeName(degree.Level, l)}, ce qui représente au moins deux ans d'études universitaires."));
        }

        if (e.EquivalentEducation == true)
        {
            return Passed(l => Pick(l, $"Has education equivalent to university-level study, which the notice accepts in place of {years} years of it.",
                $"A une formation équivalente à des études universitaires, ce que l'avis accepte à la place de {years} années d'études."));
        }

        if (e.EnrolledStudent == true)
        {
            // Said with what it stands in for: a first-year student meets the criterion, and should hear why.
            return Passed(l => Pick(l, $"Is currently a student, which the notice accepts in place of {years} years of university-level study.",
                $"Est actuellement étudiant, ce que l'avis accepte à la place de {years} années d'études universitaires."));
        }

        if (months is { } m && e.Degree?.AwardedOn is { } awarded && awarded <= context.ReferenceDate)
        {
            var limit = awarded.AddMonths(m);
            if (limit >= context.ReferenceDate)
            {
                return Passed(l => Pick(l, $"Recent graduate: degree obtained on {Formats.Date(awarded, l)}, no more than {m} months before {context.ReferenceDateText(l)}.",
                    $"Jeune diplômé : diplôme obtenu le {Formats.Date(awarded, l)}, au plus {m} mois avant le {context.ReferenceDateText(l)}."));
            }
        }

        // Nothing passed. It fails only if every route is known to be closed; otherwise something is missing.
        var recentKnown = months is null || e.Degree is null || e.Degree.AwardedOn is not null;
        var yearsKnown = e.YearsCompleted is not null || e.Degree is not null;
        if (e.EnrolledStudent is null || e.EquivalentEducation is null || !yearsKnown || !recentKnown)
        {
            return Unknown(years, months);
        }

        return new CriterionResult(Id, Outcome.Failed, Say(l => Describe(e, context, years, months, l)),
            Say(l => Pick(l, $"Eligible once the candidate has {years} years of university-level study, is enrolled as a student, or holds equivalent education.",
                $"Éligible dès que le candidat a {years} années d'études universitaires, est inscrit comme étudiant ou a une formation équivalente.")));
    }

    private static string Describe(EducationFacts e, RuleContext context, int years, int? months, Language l)
    {
        var done = e.YearsCompleted ?? 0;
        var parts = new List<string>
        {
            Pick(l, $"{Formats.Number(done, l)} {(done > 0 && done <= 1 ? "year" : "years")} of university-level study (at least {years} years required)",
                $"{Formats.Number(done, l)} {(done >= 2 ? "années" : "année")} d'études universitaires (au moins {years} ans requis)"),
            Pick(l, "not currently a student", "pas étudiant actuellement"),
            Pick(l, "no equivalent education", "pas de formation équivalente"),
        };
        if (e.Degree?.AwardedOn is { } awarded && months is { } m)
        {
            parts.Add(awarded > context.ReferenceDate
                ? Pick(l, $"the degree of {Formats.Date(awarded, l)} comes after {context.ReferenceDateText(l)}", $"le diplôme du {Formats.Date(awarded, l)} est postérieur au {context.ReferenceDateText(l)}")
                : Pick(l, $"the degree obtained on {Formats.Date(awarded, l)} is more than {m} months old on {context.ReferenceDateText(l)}",
                    $"le diplôme obtenu le {Formats.Date(awarded, l)} a plus de {m} mois au {context.ReferenceDateText(l)}"));
        }

        var sentence = string.Join("; ", parts);
        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }

    internal static string DegreeName(DegreeLevel level, Language l) => level switch
    {
        DegreeLevel.Bachelor => Pick(l, "bachelor's degree", "diplôme de licence (bachelor)"),
        DegreeLevel.Master => Pick(l, "master's degree", "diplôme de master"),
        DegreeLevel.Doctorate => Pick(l, "doctorate", "doctorat"),
        _ => Pick(l, "short-cycle university qualification", "diplôme universitaire de cycle court"),
    };

    private static CriterionResult Passed(Func<Language, string> reason) => new(Id, Outcome.Passed, Say(reason));

    private static CriterionResult Unknown(int years, int? months) => new(Id, Outcome.Unknown,
        Say("Not enough is known about the candidate's education to decide.", "On en sait trop peu sur la formation du candidat pour décider."),
        Say(l => Pick(l,
            $"Give the years of university-level study completed (at least {years}), whether the candidate is a student, holds equivalent education" + (months is null ? "" : $", or graduated in the last {months} months (with the date)") + ".",
            $"Indiquez les années d'études universitaires accomplies (au moins {years}), si le candidat est étudiant, a une formation équivalente" + (months is null ? "" : $", ou a obtenu un diplôme dans les {months} derniers mois (avec la date)") + ".")));
}
