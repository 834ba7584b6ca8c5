using InternBot.Core.Eligibility;
using InternBot.Core.Tests.TestKit;

namespace InternBot.Core.Tests.Eligibility;

public sealed class ApplicationLimitRuleTests
{
    private static CriterionResult Limit(params OtherApplication[] others) =>
        Decide.For(Profiles.Eligible with { OtherApplications = others }).Criterion("applicationLimit");

    private static OtherApplication Same(string v) => new(v, "campaign-a");

    [Fact]
    public void ThisVacancyAndTwoOthersIsTheMaximum() => Assert.Equal(Outcome.Passed, Limit(Same("a"), Same("b")).Outcome);

    [Fact]
    public void AFourthDifferentVacancyFails()
    {
        var result = Limit(Same("a"), Same("b"), Same("c"));
        Assert.Equal(Outcome.Failed, result.Outcome);
        Assert.Contains("4 different vacancies", result.Reason.En, StringComparison.Ordinal);
        Assert.Contains("3", result.Fix!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameVacancyTwiceAndThisVacancyItselfAreNotCountedAgain() =>
        Assert.Equal(Outcome.Passed, Limit(Same("a"), Same("A"), Same(" a "), Same("test"), Same("999001"), Same("b")).Outcome);

    [Fact]
    public void ApplicationsInAnotherCampaignDoNotCount() =>
        Assert.Equal(Outcome.Passed, Limit(Same("a"), Same("b"), new OtherApplication("c", "campaign-b"), new OtherApplication("d", "campaign-b")).Outcome);

    [Fact]
    public void ApplicationsToVacanciesOutsideTheCatalogueCount() =>
        Assert.Equal(Outcome.Failed, Limit(Same("a"), Same("b"), new OtherApplication("unknown", null)).Outcome);

    [Fact]
    public void UndeclaredApplicationsAreAssumedNoneAndSaidSo()
    {
        var decision = Decide.For(Profiles.Eligible with { OtherApplications = null });
        Assert.Equal(Outcome.Passed, decision.Criterion("applicationLimit").Outcome);
        Assert.Contains(decision.Assumptions, a => a.En.Contains("No other applications declared", StringComparison.Ordinal));
    }

    [Fact]
    public void TheLimitComesFromTheVacancy()
    {
        var decision = Decide.For(Profiles.Eligible with { OtherApplications = [Same("a")] }, TestVacancies.Build(applicationLimit: 1));
        Assert.Equal(Outcome.Failed, decision.Criterion("applicationLimit").Outcome);
    }

    [Fact]
    public void AVacancyWithoutAStatedLimitHasNoSuchCriterion()
    {
        var decision = Decide.For(Profiles.Eligible with { OtherApplications = [Same("a"), Same("b"), Same("c"), Same("d")] }, TestVacancies.Build(applicationLimit: null));
        Assert.DoesNotContain(decision.Criteria, c => c.Criterion == "applicationLimit");
    }
}
