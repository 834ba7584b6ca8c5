using Microsoft.AspNetCore.Mvc;

namespace InternBot.Tab;

// What the tab API receives and sends. The OpenAPI document is made from these records (GET /openapi/tab.json in
// Development) and the front end's types are generated from that document (tab/web/openapi/tab.json), so the two
// cannot drift. Texts arrive already in the asked language (?lang=en|fr); times are ISO 8601 UTC.

/// <summary>Whether the page may offer the local development sign-in, and the seeded people it offers.</summary>
public sealed record SignInOptions(bool Development, IReadOnlyList<SignInPerson> People);

/// <summary>A person of the seeded data set and the role the role settings give them.</summary>
public sealed record SignInPerson(string ObjectId, string Label, string Role);

/// <summary>The signed-in person: who, and what the role provider (the bot's too) says they may do.</summary>
public sealed record Me(string ObjectId, string? Name, IReadOnlyList<string> Roles, bool DevelopmentSignIn);

/// <summary>A value the API uses (a status, a verdict) and its words in the asked language.</summary>
public sealed record ValueLabel(string Value, string Label);

/// <summary>The words for statuses and verdicts, from Core (the bot's cards say the same).</summary>
public sealed record Labels(IReadOnlyList<ValueLabel> Statuses, IReadOnlyList<ValueLabel> Verdicts);

public sealed record VacancyItem(string Slug, string ShortName, string? Reference, string Title, string Campaign, DateTimeOffset ClosesAt, bool Open, string? Location);

public sealed record OnboardingItem(string Id, string Source, string Title, string Body);

/// <summary>A criterion the application did not pass, and why.</summary>
public sealed record ApplicationReason(string Criterion, string Outcome, string Reason);

/// <summary>How many desirable criteria the application meets.</summary>
public sealed record DesirableMatch(int Matched, int Total);

/// <summary>One row of the dashboard.</summary>
public sealed record ApplicationSummary(
    string Id,
    string CandidateId,
    string DisplayName,
    string Vacancy,
    string VacancyName,
    string Campaign,
    string Status,
    DateTimeOffset? SubmittedAt,
    string Eligibility,
    string EligibilityLabel,
    IReadOnlyList<ApplicationReason> Reasons,
    DesirableMatch Desirable,
    string Version);

/// <summary>One criterion of the decision, with its label, outcome, reason and, when it failed, how to fix it.</summary>
public sealed record DecidedCriterion(string Criterion, string Label, string Outcome, string Reason, string? Fix);

/// <summary>The detail panel: the row, the candidate's facts, and the whole decision.</summary>
public sealed record ApplicationDetail(
    ApplicationSummary Summary,
    string? Email,
    string? Nationalities,
    DateOnly? DateOfBirth,
    string? Languages,
    string? Documents,
    string? DegreeLevel,
    string? Notes,
    DateTimeOffset? Modified,
    string? ModifiedBy,
    IReadOnlyList<DecidedCriterion> Criteria,
    IReadOnlyList<DecidedCriterion> DesirableCriteria,
    IReadOnlyList<string> Assumptions,
    DateTimeOffset EvaluatedAt);

public sealed record StatusCount(string Vacancy, string Status, int Count);

public sealed record EligibilityCount(string Eligibility, int Count);

/// <summary>One page of the applications the person may see, with counts over all of them.</summary>
public sealed record ApplicationPage(
    IReadOnlyList<ApplicationSummary> Items,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<StatusCount> Counts,
    IReadOnlyList<EligibilityCount> Eligibility);

/// <summary>
/// Which applications, in what order, which page, and for exports which CSV separator. Texts, not numbers, so that a
/// wrong value gets this API's own 400 that lists the valid ones.
/// </summary>
public sealed record ApplicationListQuery
{
    /// <summary>A vacancy's slug ("nds").</summary>
    [FromQuery(Name = "vacancy")] public string? Vacancy { get; init; }

    /// <summary>A status name ("Submitted", "Screening", ...).</summary>
    [FromQuery(Name = "status")] public string? Status { get; init; }

    /// <summary>Eligible, NotEligible or CannotDecideYet.</summary>
    [FromQuery(Name = "eligibility")] public string? Eligibility { get; init; }

    /// <summary>A search in names, e-mails and candidate ids.</summary>
    [FromQuery(Name = "q")] public string? Search { get; init; }

    /// <summary>[-]submittedAt|name|vacancy|status|eligibility.</summary>
    [FromQuery(Name = "sort")] public string? Sort { get; init; }

    /// <summary>1 or more.</summary>
    [FromQuery(Name = "page")] public string? Page { get; init; }

    /// <summary>1 to 500.</summary>
    [FromQuery(Name = "pageSize")] public string? PageSize { get; init; }

    /// <summary>Exports only: comma or semicolon (default: the one Excel expects in the language).</summary>
    [FromQuery(Name = "separator")] public string? Separator { get; init; }

    /// <summary>en or fr (default: Accept-Language, then English).</summary>
    [FromQuery(Name = "lang")] public string? Lang { get; init; }
}

/// <summary>A change to an application: a status and/or notes, with the version that was read.</summary>
public sealed record ApplicationChange(string? Status, string? Notes, string? Version);

/// <summary>Someone changed the application after it was read: the current version, to apply the change again.</summary>
public sealed record ApplicationConflict(string Error, ApplicationDetail? Current);

/// <summary>One audited event on an application.</summary>
public sealed record AuditRecord(DateTimeOffset At, string Actor, string Action, string? Detail);

/// <summary>A one-time download link for an export.</summary>
public sealed record ExportLink(string Url, int ExpiresInSeconds);

/// <summary>A refusal without details ("not_found": not there, or not the person's to see; the two look the same).</summary>
public sealed record ApiError(string Error);
