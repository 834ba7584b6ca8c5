using InternBot.Core.Eligibility;
using InternBot.Core.Tests.TestKit;

namespace InternBot.Core.Tests.Eligibility;

public sealed class DesirableCriteriaTests
{
    [Fact]
    public void TheScoreCountsOnlyMatchedCriteria()
    {
        var profile = Profiles.Eligible with
        {
            Education = new EducationFacts { EnrolledStudent = true, FinalStageOfMasters = true, Degree = new Degree(DegreeLevel.Bachelor, new DateOnly(2023, 7, 1)) { RelevantToVacancy = true } },
            Languages = [new LanguageSkill("en", LanguageLevel.C2), new LanguageSkill("fr", LanguageLevel.A2)],
            Desirable = new DesirableFacts { AdvancedItUser = true, PriorExperience = false },
        };
        var score = Decide.For(profile).Desirable;
        Assert.Equal(4, score.Total);
        Assert.Equal(3, score.Matched);
        Assert.Equal(Outcome.Failed, score.Items.Single(i => i.Criterion == "priorExperience").Outcome);
    }

    [Theory]
    [InlineData(LanguageLevel.A1, Outcome.Failed)]
    [InlineData(LanguageLevel.A2, Outcome.Passed)]
    [InlineData(LanguageLevel.Native, Outcome.Passed)]
    public void ElementaryKnowledgeOfTheSecondLanguageStartsAtA2(LanguageLevel french, Outcome expected)
    {
        var profile = Profiles.Eligible with { Languages = [new LanguageSkill("en", LanguageLevel.Native), new LanguageSkill("fr", french)] };
        Assert.Equal(expected, Decide.For(profile).Criterion("secondLanguage").Outcome);
    }

    [Fact]
    public void ADegreeOfUnknownRelevanceIsLeftToStaff()
    {
        var profile = Profiles.Eligible with { Education = new EducationFacts { Degree = new Degree(DegreeLevel.Master, null) } };
        var degree = Decide.For(profile).Criterion("degree");
        Assert.Equal(Outcome.Unknown, degree.Outcome);
        Assert.Contains("staff", degree.Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void DesirableCriteriaNeverChangeTheVerdict()
    {
        var weak = Profiles.Eligible with { Desirable = new DesirableFacts { AdvancedItUser = false, PriorExperience = false } };
        Assert.Equal(Verdict.Eligible, Decide.For(weak).Verdict);
    }
}
