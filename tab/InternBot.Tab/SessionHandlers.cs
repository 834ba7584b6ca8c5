using InternBot.Core.Applications;
using InternBot.Core.Eligibility;
using InternBot.Core.Onboarding;
using InternBot.Core.Roles;
using InternBot.Core.Vacancies;
using InternBot.Tab.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace InternBot.Tab;

/// <summary>Who is signed in, and what every signed-in person may read: labels, vacancies, onboarding.</summary>
internal static class SessionHandlers
{
    public static Ok<SignInOptions> SignInOptions(HttpContext http, IOptions<TabOptions> options, IHostEnvironment environment, VacancyCatalogue catalogue)
    {
        var development = environment.IsDevelopment() && options.Value.AllowDevelopmentSignIn
            && http.Connection.RemoteIpAddress is { } ip && System.Net.IPAddress.IsLoopback(ip);

        // The seeded data set's people (Roles:IncludeSeededPeople gives them their roles), so a local run can be seen
        // as staff, as each vacancy's supervisor, or as an intern.
        IReadOnlyList<SignInPerson> people = development
            ? SeedData.People(catalogue).Select(p => new SignInPerson(p.ObjectId, p.Label, p.Role.ToString())).ToList()
            : [];
        return TypedResults.Ok(new SignInOptions(development, people));
    }

    public static Ok<Me> Me(HttpContext http) => TypedResults.Ok(new Me(
        http.User.ObjectId(),
        http.User.Identity?.Name,
        Enum.GetValues<Role>().Where(http.User.Is).Select(r => r.ToString()).ToList(),
        http.User.Identity?.AuthenticationType == TabUser.DevelopmentScheme));

    /// <summary>The words for statuses and verdicts, from Core (the bot's cards use the same): the page keeps no copy.</summary>
    public static Ok<Labels> Labels(HttpContext http)
    {
        var l = TabLanguage.Of(http);
        return TypedResults.Ok(new Labels(
            Enum.GetValues<ApplicationStatus>().Select(s => new ValueLabel(s.ToString(), ApplicationStatusLabels.Of(s).In(l))).ToList(),
            Enum.GetValues<Verdict>().Select(v => new ValueLabel(v.ToString(), EligibilityLabels.Of(v).In(l))).ToList()));
    }

    public static Ok<List<VacancyItem>> Vacancies(HttpContext http, VacancyCatalogue catalogue, TimeProvider time)
    {
        var l = TabLanguage.Of(http);
        var now = time.GetUtcNow();
        return TypedResults.Ok(catalogue.All.Select(v => new VacancyItem(v.Slug, v.ShortName, v.Reference, v.Title.In(l), v.Campaign, v.Deadline.ClosesAt, v.Deadline.IsOpenAt(now), v.Location?.In(l))).ToList());
    }

    public static Ok<List<OnboardingItem>> Onboarding(HttpContext http, OnboardingGuide guide)
    {
        var l = TabLanguage.Of(http);
        return TypedResults.Ok(guide.Items.Select(i => new OnboardingItem(i.Id, i.Source.ToString(), i.Title.In(l), i.Body.In(l))).ToList());
    }
}
