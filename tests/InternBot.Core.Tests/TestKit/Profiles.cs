using InternBot.Core.Eligibility;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Tests.TestKit;

/// <summary>A candidate who meets every rule of <see cref="TestVacancies.Build"/>; tests change one fact at a time.</summary>
public static class Profiles
{
    public static CandidateProfile Eligible => new()
    {
        Nationalities = [Countries.Find("BE")!],
        DateOfBirth = new DateOnly(2000, 1, 15),
        Education = new EducationFacts { EnrolledStudent = true, YearsCompleted = 3, EquivalentEducation = false },
        Languages = [new LanguageSkill("en", LanguageLevel.C1)],
        Documents = [new AttachedDocument(DocumentType.ProofOfStudies, "en")],
        SubmittedAt = DateTimeOffset.Parse("2025-06-01T10:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture),
        OtherApplications = [],
    };

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
