using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Core.Text.Bilingual;

namespace InternBot.Core.Eligibility.Rules;

/// <summary>
/// Minimum age on the reference date. Someone born on 29 February has their birthday on 1 March in other
/// years: they have not completed the year until 28 February is over.
/// </summary>
internal static class AgeRule
{
    public const string Id = "age";

    public static CriterionResult Evaluate(RuleContext context, Criterion criterion)
    {
        var minimum = criterion.MinimumAge!.Value;
        if (context.Profile.DateOfBirth is not { } born)
        {
            return new CriterionResult(Id, Outcome.Unknown,
                Say("No date of birth given.", "Aucune date de naissance indiquée."),
                Say($"Give the date of birth (the notice asks at least {minimum} years).", $"Indiquez la date de naissance (l'avis demande au moins {minimum} ans)."));
        }

        if (born.Month == 2 && born.Day == 29)
        {
            context.Assumptions.Add(Say("Born on 29 February: in years without that day, the birthday is counted on 1 March.",
                "Né un 29 février : les années sans ce jour, l'anniversaire est compté le 1er mars."));
        }

        var on = context.ReferenceDate;
        if (born > on)
        {
            return new CriterionResult(Id, Outcome.Unknown,
                Say(l => Pick(l, $"The date of birth ({Formats.Date(born, l)}) is after {context.ReferenceDateText(l)}.",
                    $"La date de naissance ({Formats.Date(born, l)}) est postérieure au {context.ReferenceDateText(l)}.")),
                Say("Check the date of birth.", "Vérifiez la date de naissance."));
        }

        var age = AgeOn(born, on);
        if (age >= minimum)
        {
            return new CriterionResult(Id, Outcome.Passed, Say(l =>
                Pick(l, $"{age} years old on {context.ReferenceDateText(l)} (at least {minimum} required).",
                    $"{age} ans au {context.ReferenceDateText(l)} (au moins {minimum} requis).")));
        }

        var reaches = BirthdayIn(born, born.Year + minimum);
        return new CriterionResult(Id, Outcome.Failed,
            Say(l => Pick(l, $"{age} years old on {context.ReferenceDateText(l)}; the notice asks at least {minimum}.",
                $"{age} ans au {context.ReferenceDateText(l)} ; l'avis demande au moins {minimum} ans.")),
            Say(l => Pick(l, $"Turns {minimum} on {Formats.Date(reaches, l)}: eligible on age for calls open from then.",
                $"Aura {minimum} ans le {Formats.Date(reaches, l)} : éligible pour l'âge aux appels ouverts à partir de cette date.")));
    }

    /// <summary>Completed years of age on <paramref name="on"/>.</summary>
    public static int AgeOn(DateOnly born, DateOnly on)
    {
        var age = on.Year - born.Year;
        return on < BirthdayIn(born, on.Year) ? age - 1 : age;
    }

    public static DateOnly BirthdayIn(DateOnly born, int year) =>
        born.Month == 2 && born.Day == 29 && !DateTime.IsLeapYear(year) ? new DateOnly(year, 3, 1) : new DateOnly(year, born.Month, born.Day);
}
