using InternBot.Core.Text;

namespace InternBot.Core.Eligibility;

/// <summary>The engine's answer: a verdict, a line per criterion, the desirable score and every assumption.</summary>
public sealed record EligibilityDecision(
    string Vacancy,
    Verdict Verdict,
    IReadOnlyList<CriterionResult> Criteria,
    DesirableScore Desirable,
    IReadOnlyList<LocalizedText> Assumptions,
    DateTimeOffset EvaluatedAt)
{
    public IEnumerable<CriterionResult> Failed => Criteria.Where(c => c.Outcome == Outcome.Failed);

    public IEnumerable<CriterionResult> Unknown => Criteria.Where(c => c.Outcome == Outcome.Unknown);
}

public enum Verdict
{
    Eligible,
    NotEligible,

    /// <summary>Nothing failed, but information is missing for at least one criterion.</summary>
    CannotDecideYet,
}

public enum Outcome
{
    Passed,
    Failed,
    Unknown,
}

/// <summary>
/// One criterion's outcome. <see cref="Reason"/> says why; <see cref="Fix"/> (failed or unknown only) says what
/// would change it.
/// </summary>
public sealed record CriterionResult(string Criterion, Outcome Outcome, LocalizedText Reason, LocalizedText? Fix = null);

/// <summary>How many desirable criteria the candidate meets, out of those the notice lists.</summary>
public sealed record DesirableScore(int Matched, int Total, IReadOnlyList<CriterionResult> Items);
