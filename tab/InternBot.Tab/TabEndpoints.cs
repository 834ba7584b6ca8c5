using System.Text;
using InternBot.Core.Applications;
using InternBot.Core.Csv;
using InternBot.Core.Eligibility;
using InternBot.Core.Onboarding;
using InternBot.Core.Roles;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using InternBot.Tab.Applications;
using InternBot.Tab.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InternBot.Tab;

/// <summary>The tab API under /api/tab. Every endpoint needs a signed-in user; applications need Staff or Supervisor.</summary>
public static class TabEndpoints
{
    public const string ApplicationsPolicy = "tab-applications";
    public const string SignedInPolicy = "tab-signed-in";

    public static IEndpointRouteBuilder MapInternBotTab(this IEndpointRouteBuilder endpoints)
    {
        // Anonymous: tells the page whether to offer the local development sign-in (never outside Development, never remotely).
        endpoints.MapGet("/api/tab/sign-in-options", (HttpContext http, Microsoft.Extensions.Options.IOptions<TabOptions> options, Microsoft.Extensions.Hosting.IHostEnvironment environment, VacancyCatalogue catalogue) =>
        {
            var development = Microsoft.Extensions.Hosting.HostEnvironmentEnvExtensions.IsDevelopment(environment) && options.Value.AllowDevelopmentSignIn
                && http.Connection.RemoteIpAddress is { } ip && System.Net.IPAddress.IsLoopback(ip);

            // The seeded data set's people (Roles:IncludeSeededPeople gives them their roles), so a local run can be seen
            // as staff, as each vacancy's supervisor, or as an intern.
            var people = development
                ? SeedData.People(catalogue).Select(p => new { objectId = p.ObjectId, label = p.Label, role = p.Role.ToString() }).ToList()
                : [];
            return TypedResults.Ok(new { development, people });
        }).RequireRateLimiting(TabRateLimits.AnonymousPolicy);

        endpoints.MapTabSignIn();

        // A one-time export link (made by a signed-in person's /export-link): the random ticket is the credential.
        endpoints.MapGet("/tab/download/{ticket}", (string ticket, DownloadTickets tickets) =>
            tickets.Redeem(ticket) is { } file
                ? Results.File(file.Content, file.ContentType, file.FileName)
                : Results.Text("This download link has expired or was already used. Export again from the tab.", "text/plain; charset=utf-8", statusCode: 404))
            .RequireRateLimiting(TabRateLimits.AnonymousPolicy);

        var api = endpoints.MapGroup("/api/tab").RequireAuthorization(SignedInPolicy).RequireRateLimiting(TabRateLimits.PerUserPolicy).AddEndpointFilter<TabErrorFilter>();

        api.MapGet("/me", (HttpContext http) => TypedResults.Ok(new
        {
            objectId = http.User.ObjectId(),
            name = http.User.Identity?.Name,
            roles = Enum.GetValues<Role>().Where(http.User.Is).Select(r => r.ToString()),
            developmentSignIn = http.User.Identity?.AuthenticationType == TabUser.DevelopmentScheme,
        }));

        // The words for statuses and verdicts, from Core (the bot's cards use the same): the page keeps no copy.
        api.MapGet("/labels", (HttpContext http) =>
        {
            var l = LanguageOf(http);
            return TypedResults.Ok(new
            {
                statuses = Enum.GetValues<ApplicationStatus>().Select(s => new { value = s.ToString(), label = ApplicationStatusLabels.Of(s).In(l) }),
                verdicts = Enum.GetValues<Verdict>().Select(v => new { value = v.ToString(), label = EligibilityLabels.Of(v).In(l) }),
            });
        });

        api.MapGet("/vacancies", (HttpContext http, VacancyCatalogue catalogue, TimeProvider time) =>
        {
            var l = LanguageOf(http);
            var now = time.GetUtcNow();
            return TypedResults.Ok(catalogue.All.Select(v => new
            {
                slug = v.Slug,
                shortName = v.ShortName,
                reference = v.Reference,
                title = v.Title.In(l),
                campaign = v.Campaign,
                closesAt = v.Deadline.ClosesAt,
                open = v.Deadline.IsOpenAt(now),
                location = v.Location?.In(l),
            }));
        });

        api.MapGet("/onboarding", (HttpContext http, OnboardingGuide guide) =>
        {
            var l = LanguageOf(http);
            return TypedResults.Ok(guide.Items.Select(i => new { id = i.Id, source = i.Source.ToString(), title = i.Title.In(l), body = i.Body.In(l) }));
        });

        var applications = api.MapGroup("/applications").RequireAuthorization(ApplicationsPolicy);

        applications.MapGet("", async (HttpContext http, ApplicationViews views, IApplicationSource source, VacancyCatalogue catalogue, CancellationToken ct) =>
        {
            if (ParseFilter(http.Request.Query) is not { } filter)
            {
                return Results.Problem(statusCode: 400, title: "Invalid filter", detail: FilterHelp);
            }

            var visible = views.Visible(http.User, await source.CacheFor(http).GetAllAsync(ct));
            var (page, total) = ApplicationViews.Query(visible, filter);
            var l = LanguageOf(http);
            return Results.Ok(new
            {
                items = page.Select(v => ApplicationDto.Summary(v, catalogue, l)),
                total,
                page = filter.Page,
                pageSize = filter.PageSize,
                counts = visible.GroupBy(v => (v.Application.Vacancy, v.Application.Status)).OrderBy(g => g.Key.Vacancy, StringComparer.Ordinal).ThenBy(g => g.Key.Status)
                    .Select(g => new { vacancy = g.Key.Vacancy, status = g.Key.Status.ToString(), count = g.Count() }),
                eligibility = visible.GroupBy(v => v.Decision.Verdict).OrderBy(g => g.Key).Select(g => new { eligibility = g.Key.ToString(), count = g.Count() }),
            });
        });

        applications.MapGet("/export.csv", async (HttpContext http, ApplicationViews views, IApplicationSource source, IAuditLog audit, TimeProvider time, CancellationToken ct) =>
            await ExportAsync(http, views, source, audit, time, "csv", ct) is { } file ? Results.File(file.Content, file.ContentType, file.Name) : ExportProblem(http));

        applications.MapGet("/export.xlsx", async (HttpContext http, ApplicationViews views, IApplicationSource source, IAuditLog audit, TimeProvider time, CancellationToken ct) =>
            await ExportAsync(http, views, source, audit, time, "xlsx", ct) is { } file ? Results.File(file.Content, file.ContentType, file.Name) : ExportProblem(http));

        // The same export as a one-time link, for hosts that cannot save a file the page builds (the new Teams client,
        // Teams mobile): the page opens the link instead.
        applications.MapPost("/export-link", async (HttpContext http, ApplicationViews views, IApplicationSource source, IAuditLog audit, TimeProvider time, DownloadTickets tickets, CancellationToken ct) =>
        {
            var format = http.Request.Query["format"].ToString() is { Length: > 0 } f ? f : "csv";
            if (format is not ("csv" or "xlsx"))
            {
                return Results.Problem(statusCode: 400, title: "Invalid format", detail: "format must be 'csv' (default) or 'xlsx'.");
            }

            if (await ExportAsync(http, views, source, audit, time, format, ct) is not { } file)
            {
                return ExportProblem(http);
            }

            return tickets.Issue(file.Content, file.Name, file.ContentType) is { } ticket
                ? Results.Ok(new { url = $"/tab/download/{ticket}", expiresInSeconds = (int)DownloadTickets.Lifetime.TotalSeconds })
                : Results.Problem(statusCode: 503, title: "Too many downloads waiting", detail: "Too many exports are waiting to be downloaded; try again in a minute.");
        });

        applications.MapGet("/{id}", async (string id, HttpContext http, ApplicationViews views, IApplicationSource source, VacancyCatalogue catalogue, IAuditLog audit, TimeProvider time, CancellationToken ct) =>
        {
            var all = await source.CacheFor(http).GetAllAsync(ct);
            var view = views.Visible(http.User, all).FirstOrDefault(v => v.Application.Id == id);

            // Not visible and not existing look the same, so ids of other supervisors' applications leak nothing.
            if (view is null)
            {
                return Results.NotFound(new { error = "not_found" });
            }

            await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), http.User.ObjectId(), AuditAction.Viewed, id), ct);
            return Results.Ok(ApplicationDto.Detail(view, catalogue, LanguageOf(http)));
        });

        // Who saw or changed this application, newest first: staff only (the internship office answers for it).
        applications.MapGet("/{id}/audit", async (string id, HttpContext http, IApplicationSource source, IAuditLog audit, CancellationToken ct) =>
        {
            if (!http.User.Is(Role.Staff))
            {
                return Results.Problem(statusCode: 403, title: "Staff only", detail: "The audit trail of an application is for the internship office (staff).");
            }

            var entries = await audit.ListAsync(id, since: null, limit: 200, ct);
            return Results.Ok(entries.Select(e => new { at = e.At, actor = e.Actor, action = e.Action.ToString(), detail = e.Detail }));
        });

        applications.MapMethods("/{id}", ["PATCH"], async (string id, ApplicationChange change, HttpContext http, ApplicationViews views, IApplicationSource source, VacancyCatalogue catalogue, IAuditLog audit, TimeProvider time, CancellationToken ct) =>
        {
            var store = source.StoreFor(http);
            var current = await store.GetAsync(id, ct);
            if (current is null || !ApplicationViews.MaySee(http.User, current))
            {
                return Results.NotFound(new { error = "not_found" });
            }

            if (string.IsNullOrEmpty(change.Version))
            {
                return Results.Problem(statusCode: 400, title: "Version missing", detail: "Send the version you read (the application's 'version'), so a change made meanwhile is not overwritten.");
            }

            ApplicationStatus? status = null;
            if (change.Status is { } s)
            {
                if (NamedValue<ApplicationStatus>(s) is not { } parsed)
                {
                    return Results.Problem(statusCode: 400, title: "Unknown status", detail: $"'{s}' is not a status. Use one of: {string.Join(", ", Enum.GetNames<ApplicationStatus>())}.");
                }

                status = parsed;
            }

            if (change.Notes is { Length: > 4000 })
            {
                return Results.Problem(statusCode: 400, title: "Notes too long", detail: "Notes hold at most 4,000 characters.");
            }

            var result = await store.UpdateAsync(id, new ApplicationUpdate(status, change.Notes), change.Version, http.User.Identity?.Name ?? http.User.ObjectId(), ct);
            if (result.Outcome == UpdateOutcome.Updated)
            {
                // What changed, never the notes' text.
                if (status is { } to && to != current.Status)
                {
                    await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), http.User.ObjectId(), AuditAction.StatusChanged, id, $"{current.Status} -> {to}"), ct);
                    if (http.RequestServices.GetService<IApplicationChangeNotifier>() is { } notifier)
                    {
                        await notifier.StatusChangedAsync(current, to, http.User.ObjectId(), http.User.Identity?.Name, ct);
                    }
                }

                if (change.Notes is not null && change.Notes != (current.Notes ?? ""))
                {
                    await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), http.User.ObjectId(), AuditAction.NotesChanged, id), ct);
                }
            }

            var l = LanguageOf(http);
            var all = await source.CacheFor(http).GetAllAsync(ct);
            var view = result.Current is { } updated ? new ApplicationView(updated, views.Decide(updated, all.Where(a => a.CandidateId == updated.CandidateId && a.Id != updated.Id).Append(updated))) : null;
            return result.Outcome switch
            {
                UpdateOutcome.Updated => Results.Ok(ApplicationDto.Detail(view!, catalogue, l)),
                UpdateOutcome.Conflict => Results.Conflict(new
                {
                    error = "conflict",
                    message = (l == Language.French ? "Quelqu'un a modifié cette candidature après que vous l'avez ouverte. Voici la version actuelle ; refaites votre modification." : "Someone changed this application after you opened it. Here is the current version; apply your change to it again."),
                    current = view is null ? null : ApplicationDto.Detail(view, catalogue, l),
                }),
                _ => Results.NotFound(new { error = "not_found" }),
            };
        });

        return endpoints;
    }

    private const string FilterHelp = "Filters: vacancy=<slug>, status=<Submitted|Screening|...>, eligibility=<Eligible|NotEligible|CannotDecideYet>, q=<name, e-mail or candidate id>, sort=[-]<submittedAt|name|vacancy|status|eligibility>, page>=1, pageSize 1-500.";

    public sealed record ApplicationChange(string? Status, string? Notes, string? Version);

    /// <summary>
    /// The filtered view as an Excel-ready CSV (the separator of the user's language, a byte-order mark, formulas
    /// neutralised) or an .xlsx sheet (typed columns, frozen header, filters), audited; null when the filter or
    /// separator is not valid (ExportProblem says which).
    /// </summary>
    private static async Task<ExportFile?> ExportAsync(HttpContext http, ApplicationViews views, IApplicationSource source, IAuditLog audit, TimeProvider time, string format, CancellationToken ct)
    {
        if (ParseFilter(http.Request.Query) is not { } filter || SeparatorOf(http) is not { } separator)
        {
            return null;
        }

        var rows = ApplicationViews.Filtered(views.Visible(http.User, await source.CacheFor(http).GetAllAsync(ct)), filter);
        var l = LanguageOf(http);
        await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), http.User.ObjectId(), AuditAction.Exported, null, $"{rows.Count} rows ({format}); {Describe(filter)}"), ct);
        if (format == "xlsx")
        {
            var sheet = XlsxSheet.Write(l == Language.French ? "Candidatures" : "Applications", ApplicationDto.XlsxColumns(l), rows.Select(v => ApplicationDto.XlsxRow(v, l)));
            return new ExportFile(sheet, "applications.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }

        var table = new CsvTable(ApplicationDto.CsvHeader(l), rows.Select(v => ApplicationDto.CsvRow(v, l)).ToList()) { Delimiter = separator };
        return new ExportFile(Encoding.UTF8.GetBytes(table.Write(neutraliseFormulas: true, byteOrderMark: true)), "applications.csv", "text/csv; charset=utf-8");
    }

    private sealed record ExportFile(byte[] Content, string Name, string ContentType);

    private static char? SeparatorOf(HttpContext http) =>
        http.Request.Query["separator"].ToString() switch { "" => CsvTable.DelimiterFor(LanguageOf(http)), "comma" => ',', "semicolon" => ';', _ => null };

    private static IResult ExportProblem(HttpContext http) =>
        ParseFilter(http.Request.Query) is null
            ? Results.Problem(statusCode: 400, title: "Invalid filter", detail: FilterHelp)
            : Results.Problem(statusCode: 400, title: "Invalid separator", detail: "separator must be 'comma' or 'semicolon' (default: the one Excel expects in the chosen language: ';' in French, ',' in English).");

    /// <summary>A filter as the audit log keeps it: names and values, and only whether a search was made (it may be a name).</summary>
    private static string Describe(ApplicationFilter f) =>
        string.Join(", ", new[] { f.Vacancy is null ? null : $"vacancy={f.Vacancy}", f.Status is null ? null : $"status={f.Status}", f.Eligibility is null ? null : $"eligibility={f.Eligibility}", string.IsNullOrWhiteSpace(f.Search) ? null : "search" }.OfType<string>().DefaultIfEmpty("all"));

    /// <summary>The user's language: ?lang=fr|en, else the Accept-Language header (Teams passes its locale), else English.</summary>
    public static Language LanguageOf(HttpContext http) =>
        Languages.Parse(http.Request.Query["lang"]) ?? Languages.Parse(http.Request.Headers.AcceptLanguage.ToString().Split(',')[0]) ?? Language.English;

    internal static ApplicationFilter? ParseFilter(IQueryCollection q)
    {
        var filter = new ApplicationFilter(Vacancy: Value(q, "vacancy"), Search: Value(q, "q"));
        if (Value(q, "status") is { } s)
        {
            if (NamedValue<ApplicationStatus>(s) is not { } status)
            {
                return null;
            }

            filter = filter with { Status = status };
        }

        if (Value(q, "eligibility") is { } e)
        {
            if (NamedValue<Verdict>(e) is not { } verdict)
            {
                return null;
            }

            filter = filter with { Eligibility = verdict };
        }

        if (Value(q, "sort") is { } sort)
        {
            if (!ApplicationFilter.SortKeys.Contains(sort.TrimStart('-'), StringComparer.Ordinal))
            {
                return null;
            }

            filter = filter with { Sort = sort };
        }

        if (Value(q, "page") is { } p)
        {
            if (!int.TryParse(p, out var page) || page < 1)
            {
                return null;
            }

            filter = filter with { Page = page };
        }

        if (Value(q, "pageSize") is { } ps)
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

    private static string? Value(IQueryCollection q, string key) => q[key].ToString() is { Length: > 0 } v ? v : null;
}
