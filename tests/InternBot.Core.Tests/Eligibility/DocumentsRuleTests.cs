using InternBot.Core.Eligibility;
using InternBot.Core.Tests.TestKit;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Tests.Eligibility;

public sealed class DocumentsRuleTests
{
    private static readonly EducationFacts Student = new() { EnrolledStudent = true, YearsCompleted = 1, EquivalentEducation = false };
    private static readonly EducationFacts Graduate = new() { EnrolledStudent = false, EquivalentEducation = false, Degree = new Degree(DegreeLevel.Bachelor, new DateOnly(2024, 1, 1)) };

    private static CriterionResult Documents(EducationFacts education, params AttachedDocument[] documents) =>
        Decide.For(Profiles.Eligible with { Education = education, Documents = documents }).Criterion("documents");

    [Fact]
    public void AStudentNeedsProofOfOngoingStudies()
    {
        Assert.Equal(Outcome.Passed, Documents(Student, new AttachedDocument(DocumentType.ProofOfStudies, "fr")).Outcome);
        var missing = Documents(Student, new AttachedDocument(DocumentType.Cv, "en"));
        Assert.Equal(Outcome.Failed, missing.Outcome);
        Assert.Contains("proof of ongoing studies", missing.Fix!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void AGraduateNeedsACopyOfTheQualification()
    {
        Assert.Equal(Outcome.Passed, Documents(Graduate, new AttachedDocument(DocumentType.Qualification, "en")).Outcome);
        Assert.Equal(Outcome.Failed, Documents(Graduate, new AttachedDocument(DocumentType.ProofOfStudies, "en")).Outcome);
    }

    [Fact]
    public void AStudentWithADegreeMayRelyOnEitherDocument()
    {
        var both = Student with { Degree = Graduate.Degree };
        Assert.Equal(Outcome.Passed, Documents(both, new AttachedDocument(DocumentType.Qualification, "en")).Outcome);
        Assert.Equal(Outcome.Passed, Documents(both, new AttachedDocument(DocumentType.ProofOfStudies, "en")).Outcome);
    }

    [Theory]
    [InlineData("de", false, Outcome.Failed)]
    [InlineData("de", true, Outcome.Passed)]
    [InlineData("en", false, Outcome.Passed)]
    [InlineData("fr", false, Outcome.Passed)]
    public void DocumentsInOtherLanguagesNeedASelfTranslation(string language, bool translated, Outcome expected)
    {
        var result = Documents(Student, new AttachedDocument(DocumentType.ProofOfStudies, language, translated));
        Assert.Equal(expected, result.Outcome);
        if (expected == Outcome.Failed)
        {
            Assert.Contains("German", result.Reason.En, StringComparison.Ordinal);
            Assert.Contains("self-translation", result.Fix!.En, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NoListOfDocumentsCannotBeDecided() =>
        Assert.Equal(Outcome.Unknown, Decide.For(Profiles.Eligible with { Documents = null }).Criterion("documents").Outcome);

    [Fact]
    public void AnEmptyListOfDocumentsFails() => Assert.Equal(Outcome.Failed, Documents(Student).Outcome);

    [Fact]
    public void ADocumentOfUnknownLanguageCannotBeDecided() =>
        Assert.Equal(Outcome.Unknown, Documents(Student, new AttachedDocument(DocumentType.ProofOfStudies, null)).Outcome);

    [Fact]
    public void AVacancyThatAsksNoDocumentsHasNoSuchCriterion() =>
        Assert.DoesNotContain(Decide.For(Profiles.Eligible, TestVacancies.Build(documents: false)).Criteria, c => c.Criterion == "documents");
}
