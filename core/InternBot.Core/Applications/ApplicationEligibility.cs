using InternBot.Core.Eligibility;
using InternBot.Core.Eligibility.Input;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Applications;

/// <summary>Maps a stored application onto the eligibility engine's profile (the same parsers as every other input).</summary>
public static class ApplicationEligibility
{
    /// <summary>
    /// The candidate profile of an application. <paramref name="sameCandidate"/> are the candidate's other
    /// applications, which the application limit counts.
    /// </summary>
    public static CandidateProfile ToProfile(ApplicationRecord a, IEnumerable<ApplicationRecord> sameCandidate, VacancyCatalogue catalogue)
    {
        static IEnumerable<string> Split(string? s) => (s ?? "").Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
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
            Nationalities = a.Nationalities is null ? null : Split(a.Nationalities).Select(Countries.Find).OfType<Country>().ToList(),
            DateOfBirth = a.DateOfBirth,
            Education = education == new EducationFacts() ? null : education,
            Languages = a.Languages is null ? null : Split(a.Languages).Select(ParseLanguage).OfType<LanguageSkill>().ToList(),
            Documents = a.Documents is null ? null : Split(a.Documents).Select(ParseDocument).OfType<AttachedDocument>().ToList(),
            SubmittedAt = a.SubmittedAt,
            OtherApplications = sameCandidate.Where(o => o.Id != a.Id && o.Status != ApplicationStatus.Withdrawn)
                .Select(o => new OtherApplication(o.Vacancy, o.Campaign)).ToList(),
            Desirable = new DesirableFacts { AdvancedItUser = a.AdvancedItUser, PriorExperience = a.PriorExperience },
        };
    }

    private static LanguageSkill? ParseLanguage(string entry)
    {
        var parts = entry.Split(':', StringSplitOptions.TrimEntries);
        return parts.Length == 2 && ProfileValues.LanguageCode(parts[0]).Value is { } code && ProfileValues.Level(parts[1]).Value is { } level
            ? new LanguageSkill(code, level)
            : null;
    }

    private static AttachedDocument? ParseDocument(string entry)
    {
        var parts = entry.Split(':', StringSplitOptions.TrimEntries);
        return ProfileValues.DocumentKind(parts[0]).Value is { } type
            ? new AttachedDocument(type, parts.Length > 1 && parts[1].Length > 0 ? ProfileValues.LanguageCode(parts[1]).Value : null, parts.Length > 2 && parts[2] == "translated")
            : null;
    }
}
