using System.Text;
using InternBot.Core.Applications;
using InternBot.Core.Csv;
using InternBot.Core.Roles;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using InternBot.Tab.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace InternBot.Tab.Applications;

/// <summary>
/// The applications a person may see (staff: all; a supervisor: those that name them): the page, one application,
/// its audit trail, a change to it, and exports. Each reads through <see cref="IApplicationSource"/> (the host's store
/// or SharePoint on behalf of the person) and decides eligibility with Core's engine through <see cref="ApplicationViews"/>.
/// </summary>
internal static class ApplicationHandlers
{
    private static readonly ApiError NotFoundError = new("not_found");

    public static async Task<Results<Ok<ApplicationPage>, ProblemHttpResult>> List([AsParameters] ApplicationListQuery query, HttpContext http, ApplicationViews views, IApplicationSource source, VacancyCatalogue catalogue, CancellationToken ct)
    {
        if (ApplicationQuery.Parse(query) is not { } filter)
        {
            return ApplicationQuery.InvalidFilter();
        }

        var visible = views.Visible(http.User, await source.CacheFor(http.Reader()).GetAllAsync(ct));
        var (page, total) = ApplicationViews.Query(visible, filter);
        var l = TabLanguage.Of(http);
        return TypedResults.Ok(new ApplicationPage(
            page.Select(v => ApplicationDto.Summary(v, catalogue, l)).ToList(),
            total,
            filter.Page,
            filter.PageSize,
            visible.GroupBy(v => (v.Application.Vacancy, v.Application.Status)).OrderBy(g => g.Key.Vacancy, StringComparer.Ordinal).ThenBy(g => g.Key.Status)
                .Select(g => new StatusCount(g.Key.Vacancy, g.Key.Status.ToString(), g.Count())).ToList(),
            visible.GroupBy(v => v.Decision.Verdict).OrderBy(g => g.Key).Select(g => new EligibilityCount(g.Key.ToString(), g.Count())).ToList()));
    }

    public static async Task<Results<Ok<ApplicationDetail>, NotFound<ApiError>>> Detail(string id, HttpContext http, ApplicationViews views, IApplicationSource source, VacancyCatalogue catalogue, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var all = await source.CacheFor(http.Reader()).GetAllAsync(ct);
        var view = views.Visible(http.User, all).FirstOrDefault(v => v.Application.Id == id);

        // Not visible and not existing look the same, so ids of other supervisors' applications leak nothing.
        if (view is null)
        {
            return TypedResults.NotFound(NotFoundError);
        }

        await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), http.User.ObjectId(), AuditAction.Viewed, id), ct);
        return TypedResults.Ok(ApplicationDto.Detail(view, catalogue, TabLanguage.Of(http)));
    }

    /// <summary>Who saw or changed this application, newest first: staff only (the internship office answers for it).</summary>
    public static async Task<Results<Ok<List<AuditRecord>>, ProblemHttpResult>> Audit(string id, HttpContext http, IAuditLog audit, CancellationToken ct)
    {
        if (!http.User.Is(Role.Staff))
        {
            return TypedResults.Problem(statusCode: 403, title: "Staff only", detail: "The audit trail of an application is for the internship office (staff).");
        }

        var entries = await audit.ListAsync(id, since: null, limit: 200, ct);
        return TypedResults.Ok(entries.Select(e => new AuditRecord(e.At, e.Actor, e.Action.ToString(), e.Detail)).ToList());
    }

    /// <summary>
    /// A change of status and/or notes, refused when someone changed the application after it was read (409 with the
    /// current version); audited (what changed, never the notes' text) and told to subscribed supervisors.
    /// </summary>
    public static async Task<Results<Ok<ApplicationDetail>, Conflict<ApplicationConflict>, NotFound<ApiError>, ProblemHttpResult>> Update(
        string id, ApplicationChange change, HttpContext http, ApplicationViews views, IApplicationSource source, VacancyCatalogue catalogue, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var store = source.StoreFor(http.Reader());
        var current = await store.GetAsync(id, ct);
        if (current is null || !ApplicationViews.MaySee(http.User, current))
        {
            return TypedResults.NotFound(NotFoundError);
        }

        var (status, problem) = ApplicationQuery.ParseChange(change);
        if (problem is not null)
        {
            return problem;
        }

        var result = await store.UpdateAsync(id, new ApplicationUpdate(status, change.Notes), change.Version!, http.User.Identity?.Name ?? http.User.ObjectId(), ct);
        if (result.Outcome == UpdateOutcome.Updated)
        {
            await RecordChangeAsync(http, audit, time, current, status, change.Notes, ct);
        }

        var l = TabLanguage.Of(http);
        var all = await source.CacheFor(http.Reader()).GetAllAsync(ct);
        var view = result.Current is { } updated ? new ApplicationView(updated, views.Decide(updated, all.Where(a => a.CandidateId == updated.CandidateId && a.Id != updated.Id).Append(updated))) : null;
        return result.Outcome switch
        {
            UpdateOutcome.Updated => TypedResults.Ok(ApplicationDto.Detail(view!, catalogue, l)),
            UpdateOutcome.Conflict => TypedResults.Conflict(new ApplicationConflict("conflict", view is null ? null : ApplicationDto.Detail(view, catalogue, l))),
            _ => TypedResults.NotFound(NotFoundError),
        };
    }

    private static async Task RecordChangeAsync(HttpContext http, IAuditLog audit, TimeProvider time, ApplicationRecord before, ApplicationStatus? status, string? notes, CancellationToken ct)
    {
        if (status is { } to && to != before.Status)
        {
            await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), http.User.ObjectId(), AuditAction.StatusChanged, before.Id, $"{before.Status} -> {to}"), ct);
            if (http.RequestServices.GetService<IApplicationChangeNotifier>() is { } notifier)
            {
                await notifier.StatusChangedAsync(before, to, http.User.ObjectId(), http.User.Identity?.Name, ct);
            }
        }

        if (notes is not null && notes != (before.Notes ?? ""))
        {
            await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), http.User.ObjectId(), AuditAction.NotesChanged, before.Id), ct);
        }
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportCsv([AsParameters] ApplicationListQuery query, HttpContext http, ApplicationViews views, IApplicationSource source, IAuditLog audit, TimeProvider time, CancellationToken ct) =>
        await ExportAsync(query, http, views, source, audit, time, "csv", ct) is { } file ? TypedResults.File(file.Content, file.ContentType, file.Name) : ApplicationQuery.ExportProblem(query);

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportXlsx([AsParameters] ApplicationListQuery query, HttpContext http, ApplicationViews views, IApplicationSource source, IAuditLog audit, TimeProvider time, CancellationToken ct) =>
        await ExportAsync(query, http, views, source, audit, time, "xlsx", ct) is { } file ? TypedResults.File(file.Content, file.ContentType, file.Name) : ApplicationQuery.ExportProblem(query);

    /// <param name="format">csv (default) or xlsx.</param>
    public static async Task<Results<Ok<ExportLink>, ProblemHttpResult>> ExportLink([AsParameters] ApplicationListQuery query, string? format, HttpContext http, ApplicationViews views, IApplicationSource source, IAuditLog audit, TimeProvider time, DownloadTickets tickets, CancellationToken ct)
    {
        format = format is { Length: > 0 } ? format : "csv";
        if (format is not ("csv" or "xlsx"))
        {
            return TypedResults.Problem(statusCode: 400, title: "Invalid format", detail: "format must be 'csv' (default) or 'xlsx'.");
        }

        if (await ExportAsync(query, http, views, source, audit, time, format, ct) is not { } file)
        {
            return ApplicationQuery.ExportProblem(query);
        }

        return tickets.Issue(file.Content, file.Name, file.ContentType) is { } ticket
            ? TypedResults.Ok(new ExportLink($"/tab/download/{ticket}", (int)DownloadTickets.Lifetime.TotalSeconds))
            : TypedResults.Problem(statusCode: 503, title: "Too many downloads waiting", detail: "Too many exports are waiting to be downloaded; try again in a minute.");
    }

    public static Results<FileContentHttpResult, ContentHttpResult> Download(string ticket, DownloadTickets tickets) =>
        tickets.Redeem(ticket) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : TypedResults.Text("This download link has expired or was already used. Export again from the tab.", "text/plain; charset=utf-8", statusCode: 404);

    /// <summary>
    /// The filtered view as an Excel-ready CSV (the separator of the user's language, a byte-order mark, formulas
    /// neutralised) or an .xlsx sheet (typed columns, frozen header, filters), audited; null when the filter or
    /// separator is not valid (<see cref="ApplicationQuery.ExportProblem"/> says which).
    /// </summary>
    private static async Task<ExportFile?> ExportAsync(ApplicationListQuery query, HttpContext http, ApplicationViews views, IApplicationSource source, IAuditLog audit, TimeProvider time, string format, CancellationToken ct)
    {
        if (ApplicationQuery.Parse(query) is not { } filter || ApplicationQuery.SeparatorOf(query, http) is not { } separator)
        {
            return null;
        }

        var rows = ApplicationViews.Filtered(views.Visible(http.User, await source.CacheFor(http.Reader()).GetAllAsync(ct)), filter);
        var l = TabLanguage.Of(http);
        await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), http.User.ObjectId(), AuditAction.Exported, null, $"{rows.Count} rows ({format}); {ApplicationQuery.Describe(filter)}"), ct);
        if (format == "xlsx")
        {
            var sheet = XlsxSheet.Write(l == Language.French ? "Candidatures" : "Applications", ApplicationDto.XlsxColumns(l), rows.Select(v => ApplicationDto.XlsxRow(v, l)));
            return new ExportFile(sheet, "applications.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }

        var table = new CsvTable(ApplicationDto.CsvHeader(l), rows.Select(v => ApplicationDto.CsvRow(v, l)).ToList()) { Delimiter = separator };
        return new ExportFile(Encoding.UTF8.GetBytes(table.Write(neutraliseFormulas: true, byteOrderMark: true)), "applications.csv", "text/csv; charset=utf-8");
    }

    private sealed record ExportFile(byte[] Content, string Name, string ContentType);
}
