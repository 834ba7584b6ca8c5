using InternBot.Core.Eligibility;
using InternBot.Core.Eligibility.Input;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Applications;

/// <summary>
/// Maps a stored application onto the eligibility engine's profile, with the same notation parsers as the CSV import
/// and the CLI (<see cref="ProfileValues"/>). An entry those parsers refuse is left out (and so unknown to the
/// engine), and <see cref="Problems"/> says which and why, in the same words the import would.
/// </summary>
public static class ApplicationEligibility
{
    /// <summary>
    /// The candidate profile of an application. <paramref name="sameCandidate"/> are the candidate's other
    /// applications, which the application limit counts.
    /// </summary>
    public static CandidateProfile ToProfile(ApplicationRecord a, IEnumerable<ApplicationRecord> sameCandidate, VacancyCatalogue catalogue)
    {
        var degree = a.DegreeLevel is { } level && ProfileValues.Degree(level).Value is { } parsed
            ? new Degree(parsed, a.DegreeAwardedOn) { RelevantToVacancy = a.DegreeRelevant }
            : null;
        var education = new EducationFacts
        {
            EnrolledStudent = a.EnrolledStudent,
            YearsCompleted = a.YearsCompleted,
            EquivalentEducation = a.EquivalentEducation,
            Degree = degree,
            FinalStageOfMasters = a.FinalStageOfMasters,
        };
        return new CandidateProfile
        {
            Nationalities = a.Nationalities is null ? null : ProfileValues.ListEntries(a.Nationalities).Select(n => ProfileValues.Country(n).Value).OfType<Country>().ToList(),
            DateOfBirth = a.DateOfBirth,
            Education = education == new EducationFacts() ? null : education,
            Languages = a.Languages is null ? null : ProfileValues.ListEntries(a.Languages).Select(e => ProfileValues.LanguageEntry(e).Value).OfType<LanguageSkill>().ToList(),
            Documents = a.Documents is null ? null : ProfileValues.ListEntries(a.Documents).Select(e => ProfileValues.DocumentEntry(e).Value).OfType<AttachedDocument>().ToList(),
            SubmittedAt = a.SubmittedAt,
            OtherApplications = sameCandidate.Where(o => o.Id != a.Id && o.Status != ApplicationStatus.Withdrawn)
                .Select(o => new OtherApplication(o.Vacancy, o.Campaign)).ToList(),
            Desirable = new DesirableFacts { AdvancedItUser = a.AdvancedItUser, PriorExperience = a.PriorExperience },
        };
    }

    /// <summary>What in a stored application's lists the notation parsers refuse: "field: what is wrong".</summary>
    public static IReadOnlyList<string> Problems(ApplicationRecord a) =>
    [
        .. ProfileValues.ListEntries(a.Nationalities).Select(ProfileValues.Country).Where(r => r.Error is not null).Select(r => $"nationalities: {r.Error}"),
        .. ProfileValues.ListEntries(a.Languages).Select(ProfileValues.LanguageEntry).Where(r => r.Error is not null).Select(r => $"languages: {r.Error}"),
        .. ProfileValues.ListEntries(a.Documents).Select(ProfileValues.DocumentEntry).Where(r => r.Error is not null).Select(r => $"documents: {r.Error}"),
    ];
}
