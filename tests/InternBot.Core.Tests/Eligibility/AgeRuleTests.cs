using InternBot.Core.Eligibility;
using InternBot.Core.Tests.TestKit;

namespace InternBot.Core.Tests.Eligibility;

public sealed class AgeRuleTests
{
    // Submitted on 22 June 2025 (Brussels): age is counted on that day.
    private static EligibilityDecision BornOn(string dateOfBirth, string submitted = "2025-06-22T12:00:00+02:00") =>
        Decide.For(Profiles.Eligible with { DateOfBirth = DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture), SubmittedAt = Profiles.At(submitted) });

    [Theory]
    [InlineData("2004-06-23", Outcome.Failed)] // 21st birthday is the day after submission
    [InlineData("2004-06-22", Outcome.Passed)] // 21st birthday on the day of submission
    [InlineData("2004-06-21", Outcome.Passed)] // 21st birthday the day before
    [InlineData("1960-01-01", Outcome.Passed)]
    [InlineData("2010-01-01", Outcome.Failed)]
    public void AgeIsCountedOnTheSubmissionDateAroundThe21stBirthday(string born, Outcome expected) =>
        Assert.Equal(expected, BornOn(born).Criterion("age").Outcome);

    [Theory]
    [InlineData("2004-02-29", "2025-02-28T12:00:00+01:00", Outcome.Failed)] // non-leap year: not 21 until 1 March
    [InlineData("2004-02-29", "2025-03-01T00:30:00+01:00", Outcome.Passed)]
    [InlineData("2003-02-28", "2024-02-28T12:00:00+01:00", Outcome.Passed)] // ordinary birthday in a leap year
    [InlineData("2003-03-01", "2024-02-29T12:00:00+01:00", Outcome.Failed)] // leap day is still the day before
    public void LeapDayBirthsHaveTheirBirthdayOnTheFirstOfMarchInOtherYears(string born, string submitted, Outcome expected)
    {
        var vacancy = TestKit.TestVacancies.Build(deadlineLocal: "2025-12-31T23:59");
        var decision = Decide.For(Profiles.Eligible with { DateOfBirth = DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), SubmittedAt = Profiles.At(submitted) }, vacancy);
        Assert.Equal(expected, decision.Criterion("age").Outcome);
    }

    [Fact]
    public void ALeapDayBirthIsStatedAsAnAssumption()
    {
        var decision = BornOn("2004-02-29");
        Assert.Contains(decision.Assumptions, a => a.En.Contains("29 February", StringComparison.Ordinal) && a.Fr!.Contains("29 février", StringComparison.Ordinal));
    }

    [Fact]
    public void ABirthOnTheLateSideOfMidnightInBrusselsCountsTheBrusselsDay()
    {
        // 21:59:59 UTC on 21 June is 23:59:59 in Brussels: still the 21st there, the day before the birthday.
        var decision = BornOn("2004-06-22", "2025-06-21T21:59:59Z");
        Assert.Equal(Outcome.Failed, decision.Criterion("age").Outcome);
        var nextSecond = BornOn("2004-06-22", "2025-06-21T22:00:00Z");
        Assert.Equal(Outcome.Passed, nextSecond.Criterion("age").Outcome);
    }

    [Fact]
    public void AFailedAgeSaysWhenTheCandidateTurns21()
    {
        var age = BornOn("2004-06-23").Criterion("age");
        Assert.Contains("20 years old", age.Reason.En, StringComparison.Ordinal);
        Assert.Contains("23 June 2025", age.Fix!.En, StringComparison.Ordinal);
        Assert.Contains("23 juin 2025", age.Fix!.Fr, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingDateOfBirthCannotBeDecided()
    {
        var decision = Decide.For(Profiles.Eligible with { DateOfBirth = null });
        Assert.Equal(Outcome.Unknown, decision.Criterion("age").Outcome);
        Assert.Equal(Verdict.CannotDecideYet, decision.Verdict);
    }

    [Fact]
    public void ADateOfBirthAfterTheReferenceDateIsQueriedNotJudged() =>
        Assert.Equal(Outcome.Unknown, BornOn("2030-01-01").Criterion("age").Outcome);

    [Fact]
    public void TheMinimumAgeComesFromTheVacancy()
    {
        var vacancy = TestKit.TestVacancies.Build(minimumAge: 25);
        var decision = Decide.For(Profiles.Eligible with { DateOfBirth = new DateOnly(2002, 1, 1), SubmittedAt = Profiles.At("2025-06-22T12:00:00+02:00") }, vacancy);
        Assert.Equal(Outcome.Failed, decision.Criterion("age").Outcome);
        Assert.Contains("at least 25", decision.Criterion("age").Reason.En, StringComparison.Ordinal);
    }
}
