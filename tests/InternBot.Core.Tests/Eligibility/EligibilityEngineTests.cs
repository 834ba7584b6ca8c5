using InternBot.Core.Eligibility;
using InternBot.Core.Tests.TestKit;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Tests.Eligibility;

public sealed class EligibilityEngineTests
{
    [Fact]
    public void ACandidateWhoMeetsEveryRuleIsEligible()
    {
        var decision = Decide.For(Profiles.Eligible);
        Assert.Equal(Verdict.Eligible, decision.Verdict);
        Assert.All(decision.Criteria, c => Assert.Equal(Outcome.Passed, c.Outcome));
        Assert.Equal(["nationality", "age", "education", "language", "deadline", "applicationLimit", "documents"], decision.Criteria.Select(c => c.Criterion));
    }

    [Fact]
    public void OneFailureMakesItNotEligibleEvenWithUnknowns()
    {
        var decision = Decide.For(Profiles.Eligible with { Nationalities = [Countries.Find("CH")!], DateOfBirth = null });
        Assert.Equal(Verdict.NotEligible, decision.Verdict);
    }

    [Fact]
    public void UnknownsWithoutFailuresCannotBeDecidedYet() =>
        Assert.Equal(Verdict.CannotDecideYet, Decide.For(new CandidateProfile()).Verdict);

    [Fact]
    public void WithoutASubmissionTimeAgeIsCountedTodayWhileTheCallIsOpen()
    {
        var vacancy = TestVacancies.Build(deadlineLocal: "2027-01-31T23:59");
        var today = FixedTime.At("2026-11-21T09:00:00Z");
        var turns21Tomorrow = Profiles.Eligible with { SubmittedAt = null, DateOfBirth = new DateOnly(2005, 11, 22) };
        var decision = Decide.For(turns21Tomorrow, vacancy, today);
        Assert.Equal(Outcome.Failed, decision.Criterion("age").Outcome);
        Assert.Contains(decision.Assumptions, a => a.En.Contains("today's date, Saturday 21 November 2026", StringComparison.Ordinal));

        today.Now = FixedTime.At("2026-11-22T09:00:00Z").Now;
        Assert.Equal(Outcome.Passed, Decide.For(turns21Tomorrow, vacancy, today).Criterion("age").Outcome);
    }

    [Fact]
    public void WithoutASubmissionTimeAgeIsCountedOnTheDeadlineOnceTheCallIsClosed()
    {
        var decision = Decide.For(Profiles.Eligible with { SubmittedAt = null, DateOfBirth = new DateOnly(2004, 6, 22) });
        Assert.Equal(Outcome.Passed, decision.Criterion("age").Outcome);
        Assert.Contains(decision.Assumptions, a => a.En.Contains("on the deadline, Sunday 22 June 2025", StringComparison.Ordinal));
    }

    [Fact]
    public void AnEssentialCriterionTheEngineDoesNotKnowIsLeftToStaff()
    {
        var vacancy = TestVacancies.Build(extraEssential: [new Criterion(CriterionKind.Other, new LocalizedText("Holds a driving licence", "Titulaire du permis"))]);
        var decision = Decide.For(Profiles.Eligible, vacancy);
        var other = decision.Criteria.Single(c => c.Criterion == "essential5");
        Assert.Equal(Outcome.Unknown, other.Outcome);
        Assert.Contains("driving licence", other.Reason.En, StringComparison.Ordinal);
        Assert.Equal(Verdict.CannotDecideYet, decision.Verdict);
    }

    [Fact]
    public void TheDecisionIsStampedWithTheInjectedClock() =>
        Assert.Equal(Decide.LongAfter.Now, Decide.For(Profiles.Eligible).EvaluatedAt);

    [Fact]
    public void TheSameInputAlwaysGivesTheSameDecision()
    {
        var a = Decide.For(Profiles.Eligible with { DateOfBirth = null });
        var b = Decide.For(Profiles.Eligible with { DateOfBirth = null });
        Assert.Equal(a.Verdict, b.Verdict);
        Assert.Equal(a.Criteria, b.Criteria);
        Assert.Equal(a.Assumptions, b.Assumptions);
    }
}
