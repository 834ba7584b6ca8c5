using InternBot.Core.Applications;
using InternBot.Core.Eligibility;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Tab.Applications;

/// <summary>What the tab API sends: texts already in the user's language, dates in ISO 8601 UTC.</summary>
internal static class ApplicationDto
{
    public static ApplicationSummary Summary(ApplicationView v, VacancyCatalogue catalogue, Language l) => new(
        v.Application.Id,
        v.Application.CandidateId,
        v.Application.DisplayName,
        v.Application.Vacancy,
        catalogue.Get(v.Application.Vacancy) is { } vacancy ? vacancy.ShortName : v.Application.Vacancy,
        v.Application.Campaign,
        v.Application.Status.ToString(),
        v.Application.SubmittedAt,
        v.Decision.Verdict.ToString(),
        EligibilityLabels.Of(v.Decision.Verdict).In(l),
        v.Decision.Criteria.Where(c => c.Outcome != Outcome.Passed).Select(c => new ApplicationReason(c.Criterion, c.Outcome.ToString(), c.Reason.In(l))).ToList(),
        new DesirableMatch(v.Decision.Desirable.Matched, v.Decision.Desirable.Total),
        v.Application.Version);

    public static ApplicationDetail Detail(ApplicationView v, VacancyCatalogue catalogue, Language l)
    {
        var a = v.Application;
        return new ApplicationDetail(
            Summary(v, catalogue, l),
            a.Email,
            a.Nationalities,
            a.DateOfBirth,
            a.Languages,
            a.Documents,
            a.DegreeLevel,
            a.Notes,
            a.Modified,
            a.ModifiedBy,
            v.Decision.Criteria.Select(c => new DecidedCriterion(c.Criterion, EligibilityLabels.Criterion(c.Criterion).In(l), c.Outcome.ToString(), c.Reason.In(l), c.Fix?.In(l))).ToList(),
            v.Decision.Desirable.Items.Select(c => new DecidedCriterion(c.Criterion, EligibilityLabels.Criterion(c.Criterion).In(l), c.Outcome.ToString(), c.Reason.In(l), null)).ToList(),
            v.Decision.Assumptions.Select(x => x.In(l)).ToList(),
            v.Decision.EvaluatedAt);
    }

    public static IReadOnlyList<string> CsvHeader(Language l) => l == Language.French
        ? ["id", "candidat", "nom", "courriel", "offre", "campagne", "statut", "soumise le (UTC)", "éligibilité", "motifs"]
        : ["id", "candidate", "name", "email", "vacancy", "campaign", "status", "submitted at (UTC)", "eligibility", "reasons"];

    /// <summary>The export's columns as Excel sees them: the CSV's, with the submission time as a date.</summary>
    public static IReadOnlyList<XlsxColumn> XlsxColumns(Language l) =>
        CsvHeader(l).Select((h, i) => new XlsxColumn(h, i == 7 ? XlsxKind.DateTime : XlsxKind.Text, i switch { 0 => 10, 2 => 28, 3 => 30, 7 => 18, 9 => 60, _ => 14 })).ToList();

    public static IReadOnlyList<object?> XlsxRow(ApplicationView v, Language l)
    {
        var row = CsvRow(v, l).Cast<object?>().ToArray();
        row[7] = v.Application.SubmittedAt;
        return row;
    }

    public static IReadOnlyList<string> CsvRow(ApplicationView v, Language l) =>
    [
        v.Application.Id, v.Application.CandidateId, v.Application.DisplayName, v.Application.Email ?? "", v.Application.Vacancy, v.Application.Campaign,
        v.Application.Status.ToString(), v.Application.SubmittedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        EligibilityLabels.Of(v.Decision.Verdict).In(l),
        string.Join(" | ", v.Decision.Criteria.Where(c => c.Outcome != Outcome.Passed).Select(c => c.Reason.In(l))),
    ];
}
