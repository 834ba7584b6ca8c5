using InternBot.Core.Eligibility;
using InternBot.Core.Eligibility.Input;
using InternBot.Core.Tests.TestKit;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Tests.Eligibility;

public sealed class CandidateProfileReaderTests
{
    private static (CandidateProfile? Profile, IReadOnlyList<Json.InputProblem> Problems) Read(string json) =>
        CandidateProfileReader.Read(json, "p.json", ShippedCatalogue.Value);

    [Fact]
    public void AFullProfileIsRead()
    {
        var (profile, problems) = Read("""
            {
              "nationalities": ["Türkiye", "CH"],
              "dateOfBirth": "2003-02-28",
              "education": { "enrolledStudent": false, "yearsCompleted": 1.5, "equivalentEducation": false,
                             "degree": { "level": "bachelor", "awardedOn": "2024-07-01", "relevant": true }, "finalStageOfMasters": true },
              "languages": [{ "language": "anglais", "level": "native" }, { "language": "fr", "level": "B1" }],
              "documents": [{ "type": "qualification", "language": "de", "selfTranslated": true }],
              "submittedAt": "2025-06-22T23:59:59+02:00",
              "otherVacancies": ["250775", "somewhere-else"],
              "desirable": { "advancedItUser": true, "priorExperience": false }
            }
            """);
        Assert.Empty(problems);
        Assert.Equal(["TR", "CH"], profile!.Nationalities!.Select(c => c.Alpha2));
        Assert.Equal(new DateOnly(2003, 2, 28), profile.DateOfBirth);
        Assert.Equal(DegreeLevel.Bachelor, profile.Education!.Degree!.Level);
        Assert.Equal(new LanguageSkill("en", LanguageLevel.Native), profile.Languages![0]);
        Assert.Equal(new AttachedDocument(DocumentType.Qualification, "de", true), profile.Documents![0]);
        Assert.Equal(new OtherApplication("km", "closing-2025-06-22"), profile.OtherApplications![0]);
        Assert.Equal(new OtherApplication("somewhere-else", null), profile.OtherApplications[1]);
    }

    [Fact]
    public void AbsentFieldsStayUnknown()
    {
        var (profile, problems) = Read("{}");
        Assert.Empty(problems);
        Assert.Null(profile!.Nationalities);
        Assert.Null(profile.Languages);
        Assert.Null(profile.Documents);
        Assert.Null(profile.OtherApplications);
    }

    [Fact]
    public void EveryBadValueIsReportedWithItsField()
    {
        var (profile, problems) = Read("""
            { "nationalities": ["Belgum"], "dateOfBirth": "28/02/2003", "submittedAt": "2025-06-22T23:59:59",
              "languages": [{ "language": "Klingon", "level": "C1" }], "education": { "yearsCompleted": "two" }, "extra": 1 }
            """);
        Assert.Null(profile);
        Assert.Contains(problems, p => p.Field == "nationalities" && p.Message.Contains("Did you mean 'Belgium'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "dateOfBirth" && p.Fix.Contains("2003-02-28", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "submittedAt" && p.Message.Contains("no UTC offset", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "languages[0].language");
        Assert.Contains(problems, p => p.Field == "education.yearsCompleted");
        Assert.Contains(problems, p => p.Field == "extra");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"a\":")]
    public void MalformedJsonIsAProblemNotAnException(string json) => Assert.NotEmpty(Read(json).Problems);

    [Fact]
    public void DeeplyNestedJsonIsRejected() =>
        Assert.NotEmpty(Read(new string('[', 5000) + new string(']', 5000)).Problems);
}
