using InternBot.Core.Eligibility;
using InternBot.Core.Tests.TestKit;

namespace InternBot.Core.Tests.Eligibility;

public sealed class EducationRuleTests
{
    private static readonly DateTimeOffset Submitted = Profiles.At("2025-06-22T12:00:00+02:00");

    private static CriterionResult Education(EducationFacts? facts) =>
        Decide.For(Profiles.Eligible with { Education = facts, SubmittedAt = Submitted }).Criterion("education");

    private static EducationFacts NotStudying(decimal years = 1) => new() { EnrolledStudent = false, EquivalentEducation = false, YearsCompleted = years };

    [Theory]
    [InlineData(2, Outcome.Passed)]
    [InlineData(3.5, Outcome.Passed)]
    [InlineData(1.9, Outcome.Failed)]
    [InlineData(0, Outcome.Failed)]
    public void TwoYearsOfUniversityStudyAreEnough(double years, Outcome expected) =>
        Assert.Equal(expected, Education(NotStudying((decimal)years)).Outcome);

    [Fact]
    public void YearsCompletedAreSetAgainstTheYearsRequiredInTheSameUnit()
    {
        var reason = Education(NotStudying(3)).Reason;
        Assert.EndsWith("(at least 2 years required).", reason.En, StringComparison.Ordinal);
        Assert.EndsWith("(au moins 2 ans requis).", reason.Fr, StringComparison.Ordinal);
    }

    // A first-year student meets the criterion, and hears why: studying stands in for the two years.
    [Fact]
    public void ACurrentStudentIsEligibleWhateverTheYearsCompletedAndIsToldWhy()
    {
        var result = Education(NotStudying(0) with { EnrolledStudent = true });
        Assert.Equal(Outcome.Passed, result.Outcome);
        Assert.Contains("in place of 2 years of university-level study", result.Reason.En, StringComparison.Ordinal);
        Assert.Contains("à la place de 2 années d'études universitaires", result.Reason.Fr, StringComparison.Ordinal);
    }

    [Fact]
    public void EquivalentEducationIsEnough() =>
        Assert.Equal(Outcome.Passed, Education(NotStudying(0) with { EquivalentEducation = true }).Outcome);

    [Theory]
    [InlineData(DegreeLevel.Bachelor)]
    [InlineData(DegreeLevel.Master)]
    [InlineData(DegreeLevel.Doctorate)]
    public void ABachelorsOrHigherMeansAtLeastTwoYearsOfStudyWhateverItsAge(DegreeLevel level)
    {
        var result = Education(new EducationFacts { EnrolledStudent = false, EquivalentEducation = false, Degree = new Degree(level, new DateOnly(2015, 6, 1)) });
        Assert.Equal(Outcome.Passed, result.Outcome);
        Assert.Contains("two years", result.Reason.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-06-22", Outcome.Passed)] // exactly 12 months before the submission date
    [InlineData("2024-06-23", Outcome.Passed)]
    [InlineData("2024-06-21", Outcome.Failed)] // 12 months and a day
    [InlineData("2023-12-22", Outcome.Failed)] // 18 months
    public void AShortCycleGraduateIsARecentGraduateForTwelveMonthsIncludingTheBoundaryDay(string awarded, Outcome expected)
    {
        var facts = NotStudying(1) with { Degree = new Degree(DegreeLevel.ShortCycle, DateOnly.Parse(awarded, System.Globalization.CultureInfo.InvariantCulture)) };
        Assert.Equal(expected, Education(facts).Outcome);
    }

    [Fact]
    public void ADegreeAwardedAfterTheReferenceDateDoesNotMakeARecentGraduate()
    {
        var facts = NotStudying(1) with { Degree = new Degree(DegreeLevel.ShortCycle, new DateOnly(2025, 9, 1)) };
        var result = Education(facts);
        Assert.Equal(Outcome.Failed, result.Outcome);
        Assert.Contains("after", result.Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void AFailureListsWhatIsKnownAndWhatWouldChangeIt()
    {
        var result = Education(NotStudying(1));
        Assert.Equal(Outcome.Failed, result.Outcome);
        Assert.Contains("not currently a student", result.Reason.En, StringComparison.Ordinal);
        Assert.NotNull(result.Fix);
        Assert.False(string.IsNullOrWhiteSpace(result.Fix!.Fr));
    }

    [Fact]
    public void MissingFactsMakeItUnknownNotFailed()
    {
        Assert.Equal(Outcome.Unknown, Education(null).Outcome);
        Assert.Equal(Outcome.Unknown, Education(new EducationFacts { YearsCompleted = 1 }).Outcome); // enrolment unknown
        Assert.Equal(Outcome.Unknown, Education(new EducationFacts { EnrolledStudent = false, EquivalentEducation = false }).Outcome); // years unknown
    }

    [Fact]
    public void TheRequiredYearsComeFromTheVacancy()
    {
        var vacancy = TestVacancies.Build(studyYears: 3);
        var decision = Decide.For(Profiles.Eligible with { Education = NotStudying(2), SubmittedAt = Submitted }, vacancy);
        Assert.Equal(Outcome.Failed, decision.Criterion("education").Outcome);
    }
}
