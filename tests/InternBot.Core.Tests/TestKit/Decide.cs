using InternBot.Core.Eligibility;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Tests.TestKit;

public static class Decide
{
    public static readonly FixedTime LongAfter = FixedTime.At("2026-11-21T12:00:00Z");

    public static EligibilityDecision For(CandidateProfile profile, Vacancy? vacancy = null, TimeProvider? time = null) =>
        new EligibilityEngine(time ?? LongAfter).Evaluate(profile, vacancy ?? TestVacancies.Build());

    public static CriterionResult Criterion(this EligibilityDecision decision, string id) =>
        decision.Criteria.Concat(decision.Desirable.Items).Single(c => c.Criterion == id);
}
