using InternBot.Core.Eligibility;
using InternBot.Core.Eligibility.Rules;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Core.Text.Bilingual;

namespace InternBot.Core.Answers;

/// <summary>
/// A free-text eligibility question ("I'm 20 and Swiss, can I apply?") decided by the eligibility engine for the
/// criteria the person spoke about, with every assumption stated. Vacancies with the same outcome are answered
/// together.
/// </summary>
internal sealed class QuickEligibility(EligibilityEngine engine, TimeProvider time)
{
    public QuickEligibilityReply Answer(Language language, PersonalFacts asked, IReadOnlyList<Vacancy> targets)
    {
        var now = time.GetUtcNow();
        var groups = new List<(string Key, QuickEligibilityGroup Group)>();
        foreach (var vacancy in targets)
        {
            var today = DateOnly.FromDateTime(ZonedDateTime.LocalIn(vacancy.Deadline.LastMinute.Zone, now));
            // "I'm graduating in July 2025" before July 2025: not graduated yet, so still a student (not a recent graduate).
            var facts = GraduatesLater(asked, today) ? asked with { Student = true, GraduatedIn = null, GraduatedInYear = null, MonthsSinceGraduation = null } : asked;
            var sinceGraduation = facts.MonthsSinceGraduation
                ?? (facts.GraduatedIn is { } month ? Math.Max(0, ((today.Year - month.Year) * 12) + today.Month - month.Month) : (int?)null)
                ?? AtLeastMonthsSince(facts.GraduatedInYear, today);
            var (profile, assumptions) = Profile(facts with { MonthsSinceGraduation = sinceGraduation }, today, now);
            var decision = engine.Evaluate(profile, vacancy);
            var wanted = new List<string> { DeadlineRule.Id };
            if (profile.Nationalities is not null)
            {
                wanted.Add(NationalityRule.Id);
            }

            if (profile.DateOfBirth is not null)
            {
                wanted.Add(AgeRule.Id);
            }

            if (profile.Education is not null)
            {
                wanted.Add(EducationRule.Id);
            }

            if (profile.Languages is not null)
            {
                wanted.Add(LanguageRule.Id);
            }

            var results = decision.Criteria.Where(c => wanted.Contains(c.Criterion)).Select(r => Reworded(r, facts, sinceGraduation, vacancy)).ToList();
            var notes = new List<LocalizedText>();
            if (sinceGraduation is { } m && facts.DegreeLevel is null && results.FindIndex(r => r.Criterion == EducationRule.Id) is var at and >= 0 && results[at].Outcome == Outcome.Failed)
            {
                // A graduate may still qualify through the years of study their degree stands for: ask the engine. When a
                // bachelor's would pass, the degree not named decides, so the answer is not a no ("diplômée depuis 2 ans").
                var asBachelor = engine.Evaluate(profile with { Education = profile.Education! with { Degree = new Degree(DegreeLevel.Bachelor, today.AddMonths(-m)) } }, vacancy);
                var education = asBachelor.Criteria.Single(c => c.Criterion == EducationRule.Id);
                notes.Add(Say(l => Pick(l, $"If your degree is a bachelor's or higher: {education.Reason.In(l)}", $"Si votre diplôme est une licence (bachelor) ou plus : {education.Reason.In(l)}")));
                if (education.Outcome == Outcome.Passed)
                {
                    results[at] = results[at] with
                    {
                        Outcome = Outcome.Unknown,
                        Reason = Say(l => Pick(l, $"Depends on the degree ({Graduation(facts with { MonthsSinceGraduation = m }, l)}): a bachelor's or higher means at least two years of university-level study (criterion met); a shorter diploma alone would not meet it.",
                            $"Dépend du diplôme ({Graduation(facts with { MonthsSinceGraduation = m }, l)}) : une licence (bachelor) ou plus représente au moins deux ans d'études universitaires (critère rempli) ; un diplôme plus court seul ne le remplirait pas.")),
                    };
                }
            }

            if (sinceGraduation is { } since && vacancy.Selection.Essential.FirstOrDefault(c => c.Kind == CriterionKind.Education)?.RecentGraduateMonths is { } recent)
            {
                notes.Add(Say(l => since <= recent
                    ? Pick(l, $"Your degree ({Graduation(facts, l)}): a degree obtained no more than {recent} months ago qualifies on its own (recent graduate).", $"Votre diplôme ({Graduation(facts, l)}) : un diplôme obtenu il y a {recent} mois au plus suffit à lui seul (jeune diplômé).")
                    : Pick(l, $"Your degree ({Graduation(facts, l)}): the recent-graduate route only covers degrees obtained no more than {recent} months ago.", $"Votre diplôme ({Graduation(facts, l)}) : la voie « jeune diplômé » ne couvre que les diplômes obtenus il y a {recent} mois au plus.")));
            }

            // Twenty today, twenty-one before the internship: the notices never say on which date the age must be reached,
            // so a no on age alone says what it assumed.
            if (profile.DateOfBirth is { } born && results.FirstOrDefault(r => r.Criterion == AgeRule.Id) is { Outcome: Outcome.Failed }
                && vacancy.Selection.Essential.FirstOrDefault(c => c.Kind == CriterionKind.MinimumAge)?.MinimumAge is { } minimum
                && born.AddYears(minimum) is var reached && reached <= today.AddYears(1))
            {
                notes.Add(Say(l => Pick(l,
                    $"Not stated: the notices do not say on which date the age of {minimum} must be reached (on applying, at the deadline or when the internship starts); this answer counts it today.{(facts.BornOn is null ? "" : $" The {minimum}th birthday: {Formats.Date(reached, l)}.")}",
                    $"Non précisé : les avis ne disent pas à quelle date l'âge de {minimum} ans doit être atteint (à la candidature, à la date limite ou au début du stage) ; cette réponse le compte aujourd'hui.{(facts.BornOn is null ? "" : $" Les {minimum} ans : {Formats.Date(reached, l)}.")}")));
            }

            var languageCriterion = vacancy.Selection.Essential.FirstOrDefault(c => c.Kind == CriterionKind.OfficialLanguage);
            if (languageCriterion is not null && results.FirstOrDefault(r => r.Criterion == LanguageRule.Id) is { Outcome: not Outcome.Passed })
            {
                notes.Add(Say(l => Pick(l, $"The rule: {languageCriterion.Text.In(l)}", $"La règle : {languageCriterion.Text.In(l)}")));
            }

            // Knowledge of the other official language is desirable, not required: say so when languages were given.
            if (profile.Languages is { Count: > 0 } && decision.Desirable.Items.FirstOrDefault(d => d.Criterion == DesirableRules.SecondLanguageId) is { } second)
            {
                notes.Add(Say(l => Pick(l, $"Desirable, not required (an advantage): elementary knowledge of the other official language. {second.Reason.In(l)}",
                    $"Souhaitable, non requis (un atout) : une connaissance élémentaire de l'autre langue officielle. {second.Reason.In(l)}")));
            }

            if (facts.LanguagesWithoutLevel.Count > 0 && facts.Languages.Count == 0 && languageCriterion is not null)
            {
                var spoken = facts.LanguagesWithoutLevel.Where(languageCriterion.Languages.Contains).ToList();
                notes.Add(spoken.Count > 0
                    ? Say(l => Pick(l,
                        $"Language: {languageCriterion.Text.In(l)} {List(spoken.Select(c => SpokenLanguages.NameOf(c).In(l)), l)} is enough on its own: proficient in it (C1 or above, or native), a candidate meets the language criterion; the other official language is only an advantage.",
                        $"Langue : {languageCriterion.Text.In(l)} Le {List(spoken.Select(c => SpokenLanguages.NameOf(c).In(l)), l)} suffit à lui seul : qui le maîtrise (C1 ou plus, ou langue maternelle) remplit le critère de langue ; l'autre langue officielle n'est qu'un atout."))
                    : Say(l => Pick(l, $"Language: {languageCriterion.Text.In(l)}", $"Langue : {languageCriterion.Text.In(l)}")));
            }

            var key = string.Join("|", results.Select(r => r.Outcome + r.Reason.En)) + string.Join("|", notes.Select(n => n.En));
            var existing = groups.FindIndex(x => x.Key == key);
            if (existing >= 0)
            {
                var old = groups[existing].Group;
                groups[existing] = (key, old with { Vacancies = [.. old.Vacancies, vacancy] });
            }
            else
            {
                groups.Add((key, new QuickEligibilityGroup([vacancy], Verdict(results, vacancy, facts.SomeoneElse), results, notes, assumptions)));
            }
        }

        return new QuickEligibilityReply(language, asked, groups.Select(g => g.Group).ToList());
    }

    /// <summary>
    /// A year alone says the degree is at least this many months old (counted from its December); only used when that
    /// is more than a year, where the month cannot change the outcome of a twelve-month rule.
    /// </summary>
    private static int? AtLeastMonthsSince(int? year, DateOnly today) =>
        year is { } y && ((today.Year - y - 1) * 12) + today.Month is var least && least > 12 ? least : null;

    /// <summary>When the person said they graduated, in their own terms ("18 months ago", "July 2024"), never a date worked out from it.</summary>
    private static string Graduation(PersonalFacts facts, Language l) =>
        facts.GraduatedIn is { } month ? Pick(l, $"obtained in {Formats.Month(month.Year, month.Month, l)}", $"obtenu en {Formats.Month(month.Year, month.Month, l)}")
            : facts.GraduatedInYear is { } year ? Pick(l, $"obtained in {year}", $"obtenu en {year}")
            : facts.MonthsSinceGraduation is { } m ? Pick(l, m switch { 0 => "obtained this month", 1 => "obtained 1 month ago", _ => $"obtained {m} months ago" }, m == 0 ? "obtenu ce mois-ci" : $"obtenu il y a {m} mois")
            : Pick(l, "date not given", "date non précisée");

    /// <summary>
    /// The education result in the person's own terms: the engine needed a degree date, worked out from "18 months ago";
    /// that date is not something the person said, so it is not shown.
    /// </summary>
    private static CriterionResult Reworded(CriterionResult result, PersonalFacts facts, int? sinceGraduation, Vacancy vacancy)
    {
        // "Not a NATO national": no nationality to name, and none that qualifies.
        if (result.Criterion == NationalityRule.Id && facts.NotNatoNational && facts.Nationalities.Count == 0)
        {
            return result with
            {
                Outcome = Outcome.Failed,
                Reason = Say("Not a national of a NATO member state: only nationals of the 32 NATO member states can apply.",
                    "Pas ressortissant d'un État membre de l'OTAN : seuls les ressortissants des 32 États membres de l'OTAN peuvent postuler."),
            };
        }

        if (result.Criterion != EducationRule.Id || sinceGraduation is null || result.Outcome == Outcome.Unknown
            || (result.Outcome == Outcome.Passed && facts.DegreeLevel is >= DegreeLevel.Bachelor)
            || vacancy.Selection.Essential.FirstOrDefault(c => c.Kind == CriterionKind.Education) is not { RecentGraduateMonths: { } recent, MinimumStudyYears: { } years })
        {
            return result;
        }

        return result with
        {
            Reason = result.Outcome == Outcome.Passed
                ? Say(l => Pick(l, $"Recent graduate: degree {Graduation(facts, l)}, no more than {recent} months ago.", $"Jeune diplômé : diplôme {Graduation(facts, l)}, il y a {recent} mois au plus."))
                : Say(l => Pick(l, $"Degree {Graduation(facts, l)}: more than {recent} months ago, so not a recent graduate; and not at least {years} years of university-level study, current studies or equivalent education (as assumed below).",
                    $"Diplôme {Graduation(facts, l)} : il y a plus de {recent} mois, donc pas jeune diplômé ; et pas au moins {years} ans d'études universitaires, d'études en cours ni de formation équivalente (hypothèse ci-dessous).")),
        };
    }

    /// <summary>
    /// One sentence for the criteria the person spoke about, and the deadline; about <paramref name="someoneElse"/>
    /// (a son, a friend, a candidate), it speaks of them, not to the asker.
    /// </summary>
    private static LocalizedText Verdict(IReadOnlyList<CriterionResult> results, Vacancy vacancy, bool someoneElse)
    {
        var criteria = results.Where(r => r.Criterion != DeadlineRule.Id).ToList();
        var failed = criteria.Where(r => r.Outcome == Outcome.Failed).ToList();
        var unknown = criteria.Where(r => r.Outcome == Outcome.Unknown).ToList();
        var closed = results.Any(r => r.Criterion == DeadlineRule.Id && r.Outcome == Outcome.Failed);
        // "the nationality criterion", "les critères nationalité et âge": as many as were decided.
        static string Criteria(IReadOnlyCollection<CriterionResult> rs, Language l) => l == Language.French
            ? (rs.Count == 1 ? "le critère" : "les critères")
            : (rs.Count == 1 ? "criterion" : "criteria");
        string names(IEnumerable<CriterionResult> rs, Language l) => List(rs.Select(r => EligibilityLabels.Criterion(r.Criterion).In(l).ToLower(l.Culture())), l);
        var when = vacancy.Deadline.LastMinute.Local;
        return Say(l =>
        {
            var sentence = failed.Count > 0
                ? someoneElse
                    ? Pick(l, $"No: on what you told me, this person does not meet the {names(failed, l)} {Criteria(failed, l)}, so they are not eligible.", $"Non : d'après ce que vous m'avez dit, cette personne ne remplit pas {Criteria(failed, l)} {names(failed, l)} : elle n'est donc pas éligible.")
                    : Pick(l, $"No: on what you told me, you do not meet the {names(failed, l)} {Criteria(failed, l)}, so you are not eligible.", $"Non : d'après ce que vous m'avez dit, vous ne remplissez pas {Criteria(failed, l)} {names(failed, l)} : vous n'êtes donc pas éligible.")
                : unknown.Count > 0
                    ? Pick(l, $"I cannot decide yet: {names(unknown, l)} needs more information.", $"Je ne peux pas encore décider : il faut plus d'informations pour {names(unknown, l)}.")
                    : criteria.Count > 0
                        ? someoneElse
                            ? Pick(l, $"Yes: on what you told me, this person meets the {names(criteria, l)} {Criteria(criteria, l)}, so they are eligible on {(criteria.Count == 1 ? "that point" : "those points")}.", $"Oui : d'après ce que vous m'avez dit, cette personne remplit {Criteria(criteria, l)} {names(criteria, l)} : elle est éligible sur {(criteria.Count == 1 ? "ce point" : "ces points")}.")
                            : Pick(l, $"Yes: on what you told me, you meet the {names(criteria, l)} {Criteria(criteria, l)}, so you are eligible on {(criteria.Count == 1 ? "that point" : "those points")}.", $"Oui : d'après ce que vous m'avez dit, vous remplissez {Criteria(criteria, l)} {names(criteria, l)} : vous êtes éligible sur {(criteria.Count == 1 ? "ce point" : "ces points")}.")
                        : "";
            var deadline = closed
                ? Pick(l, $" Applications for this vacancy closed on {Formats.DateTime(when, l)} (Brussels time): it is too late to apply.", $" Les candidatures pour ce poste sont clôturées depuis le {Formats.DateTime(when, l)} (heure de Bruxelles) : il est trop tard pour postuler.")
                : "";
            return (sentence + deadline).Trim();
        });
    }

    /// <summary>The candidate profile the facts describe, and what had to be assumed to build it.</summary>
    private static (CandidateProfile Profile, List<LocalizedText> Assumptions) Profile(PersonalFacts facts, DateOnly today, DateTimeOffset now)
    {
        var assumptions = new List<LocalizedText>();
        EducationFacts? education = null;
        if (facts.Student == true)
        {
            education = new EducationFacts { EnrolledStudent = true, Degree = null };
        }
        else if (facts.MonthsSinceGraduation is { } months)
        {
            education = new EducationFacts
            {
                EnrolledStudent = false,
                EquivalentEducation = false,
                YearsCompleted = facts.YearsCompleted ?? 0,
                Degree = new Degree(facts.DegreeLevel ?? DegreeLevel.ShortCycle, today.AddMonths(-months)),
            };
            assumptions.Add(Say("Assumed for this answer: you are not studying now and have no other university studies or equivalent education (the full check asks).",
                "Hypothèse pour cette réponse : vous n'étudiez pas actuellement et n'avez pas d'autres études universitaires ni de formation équivalente (la vérification complète le demande)."));
        }
        else if (facts.YearsCompleted is { } years)
        {
            education = new EducationFacts { EnrolledStudent = facts.Student, EquivalentEducation = false, YearsCompleted = years };
            if (facts.Student is null)
            {
                education = education with { EnrolledStudent = false };
            }

            assumptions.Add(Say("Assumed for this answer: you are not studying now and have no equivalent education (the full check asks).",
                "Hypothèse pour cette réponse : vous n'étudiez pas actuellement et n'avez pas de formation équivalente (la vérification complète le demande)."));
        }
        else if (facts.DegreeLevel is { } level && facts.Student is not true)
        {
            education = new EducationFacts { Degree = new Degree(level, null) };
        }

        if (facts.EquivalentEducation == true)
        {
            education = (education ?? new EducationFacts()) with { EquivalentEducation = true };
        }

        if (facts.Age is { } age)
        {
            assumptions.Add(Say(l => Pick(l, $"Age taken as {age} today.", $"Âge pris comme {age} ans aujourd'hui.")));
        }

        var profile = new CandidateProfile
        {
            Nationalities = facts.Nationalities.Count > 0 ? facts.Nationalities : facts.NotNatoNational ? [] : null,
            DateOfBirth = facts.BornOn ?? (facts.Age is { } a ? today.AddYears(-a) : null),
            Education = education,
            Languages = facts.Languages.Count > 0 ? facts.Languages : facts.NoOfficialLanguage ? [] : null,
            SubmittedAt = now,
        };
        return (profile, assumptions);
    }

    private static bool GraduatesLater(PersonalFacts facts, DateOnly today) =>
        (facts.GraduatedIn is { } month && (month.Year > today.Year || (month.Year == today.Year && month.Month > today.Month)))
        || (facts.GraduatedIn is null && facts.GraduatedInYear is { } year && year > today.Year);
}
