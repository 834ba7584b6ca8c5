using FsCheck;
using Outcome = InternBot.Core.Eligibility.Outcome;
using FsCheck.Fluent;
using InternBot.Core.Eligibility;
using InternBot.Core.Tests.TestKit;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Tests.Eligibility;

/// <summary>Random profiles against the shipped catalogue and made-up vacancies: the engine must always explain itself.</summary>
public sealed class EligibilityPropertyTests
{
    private static readonly IReadOnlyList<Vacancy> Vacancies =
    [
        .. ShippedCatalogue.Value.All,
        TestVacancies.Build(deadlineLocal: "2026-01-15T23:59"),
        TestVacancies.Build(deadlineLocal: "2027-10-31T23:59", minimumAge: 18, graduateMonths: null, applicationLimit: null, documents: false),
    ];

    private static Gen<T?> OrNull<T>(Gen<T> gen) where T : class => Gen.Frequency((1, Gen.Constant<T?>(null)), (4, gen.Select(v => (T?)v)));

    private static Gen<T?> OrNullValue<T>(Gen<T> gen) where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (4, gen.Select(v => (T?)v)));

    private static readonly Gen<DateOnly> Dates = Gen.Choose(-25000, 25000).Select(d => new DateOnly(2000, 1, 1).AddDays(d));

    private static readonly Gen<bool> Bools = Gen.Elements(true, false);

    private static readonly Gen<CandidateProfile> Profiles =
        from nationalities in OrNull(Gen.ListOf(Gen.Elements(Countries.All.ToArray())).Select(l => (IReadOnlyList<Country>)l.Take(3).ToList()))
        from born in OrNullValue(Dates)
        from education in OrNull(
            from enrolled in OrNullValue(Bools)
            from years in OrNullValue(Gen.Choose(0, 80).Select(y => y / 10m))
            from equivalent in OrNullValue(Bools)
            from level in OrNullValue(Gen.Elements(Enum.GetValues<DegreeLevel>()))
            from awarded in OrNullValue(Dates)
            from relevant in OrNullValue(Bools)
            from finalMasters in OrNullValue(Bools)
            select new EducationFacts
            {
                EnrolledStudent = enrolled, YearsCompleted = years, EquivalentEducation = equivalent, FinalStageOfMasters = finalMasters,
                Degree = level is null ? null : new Degree(level.Value, awarded) { RelevantToVacancy = relevant },
            })
        from languages in OrNull(Gen.ListOf(
            from code in Gen.Elements("en", "fr", "de", "it", "xx")
            from lvl in Gen.Elements(Enum.GetValues<LanguageLevel>())
            select new LanguageSkill(code, lvl)).Select(l => (IReadOnlyList<LanguageSkill>)l.Take(4).ToList()))
        from documents in OrNull(Gen.ListOf(
            from type in Gen.Elements(Enum.GetValues<DocumentType>())
            from lang in Gen.Elements<string?>("en", "fr", "de", null)
            from translated in Bools
            select new AttachedDocument(type, lang, translated)).Select(l => (IReadOnlyList<AttachedDocument>)l.Take(4).ToList()))
        from submitted in OrNullValue(
            from seconds in Gen.Choose(0, 3 * 365 * 24 * 3600)
            from offset in Gen.Choose(-12, 14)
            select new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(seconds).ToOffset(TimeSpan.FromHours(offset)))
        from others in OrNull(Gen.ListOf(
            from v in Gen.Elements("nds", "km", "jis", "ocio", "ictm", "other", "250772")
            from c in Gen.Elements<string?>("closing-2025-06-22", "closing-2026-04-30", null)
            select new OtherApplication(v, c)).Select(l => (IReadOnlyList<OtherApplication>)l.Take(6).ToList()))
        from it in OrNullValue(Bools)
        from experience in OrNullValue(Bools)
        select new CandidateProfile
        {
            Nationalities = nationalities, DateOfBirth = born, Education = education, Languages = languages, Documents = documents,
            SubmittedAt = submitted, OtherApplications = others, Desirable = new DesirableFacts { AdvancedItUser = it, PriorExperience = experience },
        };

    [Fact]
    public void RandomProfilesNeverThrowAndEveryOutcomeIsExplainedInBothLanguages()
    {
        var cases = from profile in Profiles
                    from vacancy in Gen.Elements(Vacancies.ToArray())
                    from now in Gen.Choose(0, 1500).Select(d => new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero).AddDays(d))
                    select (profile, vacancy, now);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var decision = new EligibilityEngine(new FixedTime(c.now)).Evaluate(c.profile, c.vacancy);
            foreach (var result in decision.Criteria.Concat(decision.Desirable.Items))
            {
                Assert.False(string.IsNullOrWhiteSpace(result.Reason.En), $"{result.Criterion} has no English reason");
                Assert.False(string.IsNullOrWhiteSpace(result.Reason.Fr), $"{result.Criterion} has no French reason");
            }

            foreach (var result in decision.Criteria.Where(r => r.Outcome != Outcome.Passed))
            {
                Assert.False(string.IsNullOrWhiteSpace(result.Fix?.En), $"{result.Criterion} ({result.Outcome}) says nothing about what would change it");
                Assert.False(string.IsNullOrWhiteSpace(result.Fix?.Fr), $"{result.Criterion} ({result.Outcome}) has no French fix");
            }

            var expected = decision.Criteria.Any(r => r.Outcome == Outcome.Failed) ? Verdict.NotEligible
                : decision.Criteria.Any(r => r.Outcome == Outcome.Unknown) ? Verdict.CannotDecideYet : Verdict.Eligible;
            Assert.Equal(expected, decision.Verdict);
            Assert.InRange(decision.Desirable.Matched, 0, decision.Desirable.Total);
            Assert.NotEmpty(decision.Assumptions); // the reference date is always stated
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }
}
