using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using InternBot.Core.Applications;
using InternBot.Core.Eligibility;
using InternBot.Core.Roles;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using InternBot.Tab.Auth;

namespace InternBot.Tab.Applications;

/// <summary>Filters, search, sort and paging of the applications one user may see.</summary>
public sealed record ApplicationFilter(string? Vacancy = null, ApplicationStatus? Status = null, Verdict? Eligibility = null, string? Search = null, string Sort = "-submittedAt", int Page = 1, int PageSize = 50)
{
    public static readonly string[] SortKeys = ["submittedAt", "name", "vacancy", "status", "eligibility"];
}

/// <summary>An application with its eligibility decision from the shared engine.</summary>
public sealed record ApplicationView(ApplicationRecord Application, EligibilityDecision Decision);

/// <summary>
/// The applications a user may see, each decided by the eligibility engine: staff see all, supervisors only those
/// that name them as supervisor, everyone else none. Decisions are computed on the whole set (the application
/// limit counts a candidate's applications to other vacancies too) and reused until an application changes.
/// </summary>
public sealed class ApplicationViews(VacancyCatalogue catalogue, EligibilityEngine engine, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, EligibilityDecision> _decisions = new(StringComparer.Ordinal);

    /// <summary>How many decisions are kept (one per application version, day and set of sibling applications).</summary>
    public int Decided => _decisions.Count;

    public static bool MaySeeApplications(ClaimsPrincipal user) => user.Is(Role.Staff) || user.Is(Role.Supervisor);

    public static bool MaySee(ClaimsPrincipal user, ApplicationRecord a) =>
        user.Is(Role.Staff) || (user.Is(Role.Supervisor) && a.SupervisorIds.Contains(user.ObjectId(), StringComparer.OrdinalIgnoreCase));

    /// <summary>Every application the user may see, decided.</summary>
    public IReadOnlyList<ApplicationView> Visible(ClaimsPrincipal user, IReadOnlyCollection<ApplicationRecord> all)
    {
        if (!MaySeeApplications(user))
        {
            return [];
        }

        var byCandidate = all.ToLookup(a => a.CandidateId, StringComparer.OrdinalIgnoreCase);
        var today = time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var visible = all.Where(a => MaySee(user, a)).ToList();

        // A decision depends on the application, today's date and the candidate's other applications (the application
        // limit): the key says all three. Most candidates apply once, so their key needs no list of siblings.
        var keys = visible.Select(a => byCandidate[a.CandidateId] is var siblings && siblings.Count() == 1
            ? $"{a.Id}|{a.Version}|{today}"
            : $"{a.Id}|{a.Version}|{today}|{string.Join(',', siblings.Select(s => s.Id + ":" + s.Version))}").ToArray();

        // What is not known yet is decided on every core (the first request after a start decides them all).
        var missing = Enumerable.Range(0, visible.Count).Where(i => !_decisions.ContainsKey(keys[i])).ToList();
        Parallel.ForEach(missing, i => _decisions.TryAdd(keys[i], Decide(visible[i], byCandidate[visible[i].CandidateId])));

        var views = new List<ApplicationView>(visible.Count);
        for (var i = 0; i < visible.Count; i++)
        {
            views.Add(new ApplicationView(visible[i], _decisions.GetOrAdd(keys[i], _ => Decide(visible[i], byCandidate[visible[i].CandidateId]))));
        }

        if (_decisions.Count > 4 * Math.Max(all.Count, 1000))
        {
            _decisions.Clear();
        }

        return views;
    }

    /// <summary>
    /// The engine's decision on a stored application; entries of its lists that the notation parsers refuse are left
    /// out of the check and named among the decision's assumptions, so the panel says why a fact counts as unknown.
    /// </summary>
    public EligibilityDecision Decide(ApplicationRecord a, IEnumerable<ApplicationRecord> sameCandidate) =>
        catalogue.Get(a.Vacancy) is { } vacancy
            ? WithProblems(engine.Evaluate(ApplicationEligibility.ToProfile(a, sameCandidate, catalogue), vacancy), ApplicationEligibility.Problems(a))
            : new EligibilityDecision(a.Vacancy, Verdict.CannotDecideYet, [new CriterionResult("vacancy", Outcome.Unknown, new LocalizedText($"The vacancy '{a.Vacancy}' is not in the catalogue.", $"L'offre « {a.Vacancy} » n'est pas dans le catalogue."))], new DesirableScore(0, 0, []), [], time.GetUtcNow());

    private static EligibilityDecision WithProblems(EligibilityDecision decision, IReadOnlyList<string> problems) =>
        problems.Count == 0 ? decision : decision with
        {
            Assumptions = [.. decision.Assumptions, .. problems.Select(p => new LocalizedText($"Left out of the check, as written in the record: {p}", $"Écarté de la vérification, tel qu'écrit dans le dossier : {p}"))],
        };

    /// <summary>Applies the filter; returns the page and the total before paging.</summary>
    public static (IReadOnlyList<ApplicationView> Page, int Total) Query(IEnumerable<ApplicationView> visible, ApplicationFilter f)
    {
        var sorted = Filtered(visible, f);
        var size = Math.Clamp(f.PageSize, 1, 500);
        var page = Math.Max(1, f.Page);
        return (sorted.Skip((page - 1) * size).Take(size).ToList(), sorted.Count);
    }

    /// <summary>Every application matching the filter, sorted, without paging (the CSV export).</summary>
    public static IReadOnlyList<ApplicationView> Filtered(IEnumerable<ApplicationView> visible, ApplicationFilter f)
    {
        var rows = visible
            .Where(v => f.Vacancy is null || string.Equals(v.Application.Vacancy, f.Vacancy, StringComparison.OrdinalIgnoreCase))
            .Where(v => f.Status is null || v.Application.Status == f.Status)
            .Where(v => f.Eligibility is null || v.Decision.Verdict == f.Eligibility)
            .Where(v => Matches(v.Application, f.Search));
        var descending = f.Sort.StartsWith('-');
        Func<ApplicationView, object?> key = f.Sort.TrimStart('-') switch
        {
            "name" => v => Folded(v.Application.DisplayName),
            "vacancy" => v => v.Application.Vacancy,
            "status" => v => v.Application.Status,
            "eligibility" => v => v.Decision.Verdict,
            _ => v => v.Application.SubmittedAt,
        };
        return (descending ? rows.OrderByDescending(key) : rows.OrderBy(key)).ThenBy(v => v.Application.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Search by name, e-mail or candidate id, ignoring case and accents ("Muller" finds "Müller").</summary>
    private static bool Matches(ApplicationRecord a, string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return true;
        }

        var q = Folded(search.Trim());
        return Folded(a.DisplayName).Contains(q, StringComparison.Ordinal)
            || Folded(a.Email ?? "").Contains(q, StringComparison.Ordinal)
            || Folded(a.CandidateId).Contains(q, StringComparison.Ordinal);
    }

    private static string Folded(string s) => VacancyNames.Normalise(s);
}
