using InternBot.Core.Applications;
using InternBot.Core.Eligibility;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Tab.Applications;

/// <summary>What the tab API sends: texts already in the user's language, dates in ISO 8601 UTC.</summary>
internal static class ApplicationDto
{
    public static object Summary(ApplicationView v, VacancyCatalogue catalogue, Language l) => new
    {
        id = v.Application.Id,
        candidateId = v.Application.CandidateId,
        displayName = v.Application.DisplayName,
        vacancy = v.Application.Vacancy,
        vacancyName = catalogue.Get(v.Application.Vacancy) is { } vacancy ? vacancy.ShortName : v.Application.Vacancy,
        campaign = v.Application.Campaign,
        status = v.Application.Status.ToString(),
        submittedAt = v.Application.SubmittedAt,
        eligibility = v.Decision.Verdict.ToString(),
        eligibilityLabel = EligibilityLabels.Of(v.Decision.Verdict).In(l),
        reasons = v.Decision.Criteria.Where(c => c.Outcome != Outcome.Passed).Select(c => new { criterion = c.Criterion, outcome = c.Outcome.ToString(), reason = c.Reason.In(l) }),
        desirable = new { matched = v.Decision.Desirable.Matched, total = v.Decision.Desirable.Total },
        version = v.Application.Version,
    };

    public static object Detail(ApplicationView v, VacancyCatalogue catalogue, Language l)
    {
        var a = v.Application;
        return new
        {
            summary = Summary(v, catalogue, l),
            email = a.Email,
            nationalities = a.Nationalities,
            dateOfBirth = a.DateOfBirth,
            languages = a.Languages,
            documents = a.Documents,
            degreeLevel = a.DegreeLevel,
            notes = a.Notes,
            modified = a.Modified,
            modifiedBy = a.ModifiedBy,
            criteria = v.Decision.Criteria.Select(c => new { criterion = c.Criterion, label = EligibilityLabels.Criterion(c.Criterion).In(l), outcome = c.Outcome.ToString(), reason = c.Reason.In(l), fix = c.Fix?.In(l) }),
            desirableCriteria = v.Decision.Desirable.Items.Select(c => new { criterion = c.Criterion, label = EligibilityLabels.Criterion(c.Criterion).In(l), outcome = c.Outcome.ToString(), reason = c.Reason.In(l) }),
            assumptions = v.Decision.Assumptions.Select(x => x.In(l)),
            evaluatedAt = v.Decision.EvaluatedAt,
        };
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
