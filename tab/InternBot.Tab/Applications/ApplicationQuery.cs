using InternBot.Core.Applications;
using InternBot.Core.Csv;
using InternBot.Core.Eligibility;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InternBot.Tab.Applications;

/// <summary>What a request asks of the applications (filter, sort, page, separator, change), checked, with the problem to return when it is not valid.</summary>
internal static class ApplicationQuery
{
    public const string FilterHelp = "Filters: vacancy=<slug>, status=<Submitted|Screening|...>, eligibility=<Eligible|NotEligible|CannotDecideYet>, q=<name, e-mail or candidate id>, sort=[-]<submittedAt|name|vacancy|status|eligibility>, page>=1, pageSize 1-500.";

    public static ProblemHttpResult InvalidFilter() => TypedResults.Problem(statusCode: 400, title: "Invalid filter", detail: FilterHelp);

    public static ProblemHttpResult ExportProblem(ApplicationListQuery query) =>
        Parse(query) is null
            ? InvalidFilter()
            : TypedResults.Problem(statusCode: 400, title: "Invalid separator", detail: "separator must be 'comma' or 'semicolon' (default: the one Excel expects in the chosen language: ';' in French, ',' in English).");

    public static char? SeparatorOf(ApplicationListQuery query, HttpContext http) =>
        query.Separator switch { null or "" => CsvTable.DelimiterFor(TabLanguage.Of(http)), "comma" => ',', "semicolon" => ';', _ => null };

    /// <summary>A change's status, or the problem that refuses it (no version, unknown status, notes too long).</summary>
    public static (ApplicationStatus? Status, ProblemHttpResult? Problem) ParseChange(ApplicationChange change)
    {
        if (string.IsNullOrEmpty(change.Version))
        {
            return (null, TypedResults.Problem(statusCode: 400, title: "Version missing", detail: "Send the version you read (the application's 'version'), so a change made meanwhile is not overwritten."));
        }

        ApplicationStatus? status = null;
        if (change.Status is { } s)
        {
            if (NamedValue<ApplicationStatus>(s) is not { } parsed)
            {
                return (null, TypedResults.Problem(statusCode: 400, title: "Unknown status", detail: $"'{s}' is not a status. Use one of: {string.Join(", ", Enum.GetNames<ApplicationStatus>())}."));
            }

            status = parsed;
        }

        if (change.Notes is { Length: > 4000 })
        {
            return (null, TypedResults.Problem(statusCode: 400, title: "Notes too long", detail: "Notes hold at most 4,000 characters."));
        }

        return (status, null);
    }

    /// <summary>A filter as the audit log keeps it: names and values, and only whether a search was made (it may be a name).</summary>
    public static string Describe(ApplicationFilter f) =>
        string.Join(", ", new[] { f.Vacancy is null ? null : $"vacancy={f.Vacancy}", f.Status is null ? null : $"status={f.Status}", f.Eligibility is null ? null : $"eligibility={f.Eligibility}", string.IsNullOrWhiteSpace(f.Search) ? null : "search" }.OfType<string>().DefaultIfEmpty("all"));

    public static ApplicationFilter? Parse(ApplicationListQuery q)
    {
        var filter = new ApplicationFilter(Vacancy: Value(q.Vacancy), Search: Value(q.Search));
        if (Value(q.Status) is { } s)
        {
            if (NamedValue<ApplicationStatus>(s) is not { } status)
            {
                return null;
            }

            filter = filter with { Status = status };
        }

        if (Value(q.Eligibility) is { } e)
        {
            if (NamedValue<Verdict>(e) is not { } verdict)
            {
                return null;
            }

            filter = filter with { Eligibility = verdict };
        }

        if (Value(q.Sort) is { } sort)
        {
            if (!ApplicationFilter.SortKeys.Contains(sort.TrimStart('-'), StringComparer.Ordinal))
            {
                return null;
            }

            filter = filter with { Sort = sort };
        }

        if (Value(q.Page) is { } p)
        {
            if (!int.TryParse(p, out var page) || page < 1)
            {
                return null;
            }

            filter = filter with { Page = page };
        }

        if (Value(q.PageSize) is { } ps)
        {
            if (!int.TryParse(ps, out var size) || size is < 1 or > 500)
            {
                return null;
            }

            filter = filter with { PageSize = size };
        }

        return filter;
    }

    // By name only: Enum.TryParse would also take "3" or "Hired, Rejected".
    private static T? NamedValue<T>(string text)
        where T : struct, Enum =>
        Enum.GetNames<T>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } name ? Enum.Parse<T>(name) : null;

    private static string? Value(string? v) => v is { Length: > 0 } ? v : null;
}
