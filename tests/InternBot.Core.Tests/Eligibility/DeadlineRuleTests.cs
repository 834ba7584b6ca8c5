using InternBot.Core.Eligibility;
using InternBot.Core.Tests.TestKit;

namespace InternBot.Core.Tests.Eligibility;

public sealed class DeadlineRuleTests
{
    private static Outcome SubmittedAt(string instant, string deadline) =>
        Decide.For(Profiles.Eligible with { SubmittedAt = Profiles.At(instant) }, TestVacancies.Build(deadlineLocal: deadline)).Criterion("deadline").Outcome;

    [Theory]
    // Summer: Brussels is UTC+2 (CEST).
    [InlineData("2025-06-22T23:59:59+02:00", Outcome.Passed)]
    [InlineData("2025-06-22T23:59:59.999+02:00", Outcome.Passed)]
    [InlineData("2025-06-23T00:00:00+02:00", Outcome.Failed)]
    [InlineData("2025-06-22T21:59:59Z", Outcome.Passed)]
    [InlineData("2025-06-22T22:00:00Z", Outcome.Failed)]
    [InlineData("2025-06-22T23:59:59+01:00", Outcome.Failed)] // a CET-labelled time is already 00:59:59 in Brussels
    [InlineData("2025-06-22T17:59:59-04:00", Outcome.Passed)] // New York, same instant as 23:59:59 Brussels
    public void InSummerTheLastSecondIs235959CEST(string submitted, Outcome expected) =>
        Assert.Equal(expected, SubmittedAt(submitted, "2025-06-22T23:59"));

    [Theory]
    // Winter: Brussels is UTC+1 (CET).
    [InlineData("2026-01-15T23:59:59+01:00", Outcome.Passed)]
    [InlineData("2026-01-16T00:00:00+01:00", Outcome.Failed)]
    [InlineData("2026-01-15T22:59:59Z", Outcome.Passed)]
    [InlineData("2026-01-15T23:00:00Z", Outcome.Failed)]
    public void InWinterTheLastSecondIs235959CET(string submitted, Outcome expected) =>
        Assert.Equal(expected, SubmittedAt(submitted, "2026-01-15T23:59"));

    [Theory]
    // 26 October 2025: clocks go back at 03:00 CEST; by 23:59 Brussels is on CET again.
    [InlineData("2025-10-26T22:59:59Z", Outcome.Passed)]
    [InlineData("2025-10-26T23:00:00Z", Outcome.Failed)]
    // 29 March 2026: clocks go forward at 02:00; by 23:59 Brussels is on CEST.
    [InlineData("2026-03-29T21:59:59Z", Outcome.Passed)]
    [InlineData("2026-03-29T22:00:00Z", Outcome.Failed)]
    public void OnTheDaysTheClocksChangeTheDeadlineUsesThatEveningsOffset(string submitted, Outcome expected)
    {
        var deadline = submitted.StartsWith("2025", StringComparison.Ordinal) ? "2025-10-26T23:59" : "2026-03-29T23:59";
        Assert.Equal(expected, SubmittedAt(submitted, deadline));
    }

    [Fact]
    public void ALateApplicationSaysBothTimesInBrusselsTime()
    {
        var result = Decide.For(Profiles.Eligible with { SubmittedAt = Profiles.At("2025-06-22T22:30:00Z") }).Criterion("deadline");
        Assert.Equal(Outcome.Failed, result.Outcome);
        Assert.Contains("23 June 2025, 00:30:00", result.Reason.En, StringComparison.Ordinal);
        Assert.Contains("22 June 2025, 23:59", result.Reason.En, StringComparison.Ordinal);
        Assert.Contains("23 juin 2025", result.Reason.Fr, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutASubmissionTimeTheDeadlineCannotBeDecided()
    {
        var decision = Decide.For(Profiles.Eligible with { SubmittedAt = null });
        Assert.Equal(Outcome.Unknown, decision.Criterion("deadline").Outcome);
        Assert.Equal(Verdict.CannotDecideYet, decision.Verdict);
    }
}
