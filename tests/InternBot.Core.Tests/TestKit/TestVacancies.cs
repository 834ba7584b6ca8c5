using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Tests.TestKit;

/// <summary>Vacancies built in code, so rule tests control every number and date they depend on.</summary>
public static class TestVacancies
{
    public static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static Vacancy Build(
        string deadlineLocal = "2025-06-22T23:59",
        int minimumAge = 21,
        int studyYears = 2,
        int? graduateMonths = 12,
        int? applicationLimit = 3,
        string slug = "test",
        string campaign = "campaign-a",
        bool documents = true,
        IReadOnlyList<Criterion>? extraEssential = null) => new()
    {
        Slug = slug,
        Reference = "999001",
        Title = new LocalizedText("Test vacancy", "Poste de test"),
        ShortName = slug.ToUpperInvariant(),
        Campaign = campaign,
        Deadline = new ApplicationDeadline(new ZonedDateTime(DateTime.Parse(deadlineLocal, System.Globalization.CultureInfo.InvariantCulture), Brussels)),
        Selection = new Selection
        {
            ApplicationLimit = applicationLimit,
            Essential =
            [
                new Criterion(CriterionKind.Nationality, new("NATO national")),
                new Criterion(CriterionKind.MinimumAge, new("Age")) { MinimumAge = minimumAge },
                new Criterion(CriterionKind.Education, new("Education")) { MinimumStudyYears = studyYears, RecentGraduateMonths = graduateMonths },
                new Criterion(CriterionKind.OfficialLanguage, new("Language")) { Languages = ["en", "fr"] },
                .. extraEssential ?? [],
            ],
            Desirable =
            [
                new Criterion(CriterionKind.Degree, new("Degree")),
                new Criterion(CriterionKind.SecondOfficialLanguage, new("Second language")) { Languages = ["en", "fr"] },
                new Criterion(CriterionKind.ItSkills, new("IT")),
                new Criterion(CriterionKind.PriorExperience, new("Experience")),
            ],
        },
        Documents = documents
            ? new DocumentRequirements
            {
                Required = [new RequiredDocument(DocumentType.Qualification, new("Qualification")), new RequiredDocument(DocumentType.ProofOfStudies, new("Proof"))],
                AcceptedLanguages = ["en", "fr"],
                SelfTranslationAccepted = true,
                LanguagesPreferred = true,
            }
            : null,
    };
}
