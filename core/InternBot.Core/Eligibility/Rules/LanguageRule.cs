using InternBot.Core.Vacancies;
using static InternBot.Core.Text.Bilingual;

namespace InternBot.Core.Eligibility.Rules;

/// <summary>Proficiency (CEFR C1 or above, or native) in at least one of the listed official languages.</summary>
internal static class LanguageRule
{
    public const string Id = "language";

    public static CriterionResult Evaluate(RuleContext context, Criterion criterion)
    {
        string names(Text.Language l) => string.Join(Pick(l, " or ", " ou "), criterion.Languages.Select(c => SpokenLanguages.NameOf(c).In(l)));
        var skills = context.Profile.Languages;
        if (skills is null)
        {
            return new CriterionResult(Id, Outcome.Unknown,
                Say("No language levels given.", "Aucun niveau de langue indiqué."),
                Say(l => Pick(l, $"Give the candidate's level in {names(l)} (A1 to C2, or native).", $"Indiquez le niveau du candidat en {names(l)} (A1 à C2, ou langue maternelle).")));
        }

        var best = skills.Where(s => criterion.Languages.Contains(s.Language)).OrderByDescending(s => s.Level).FirstOrDefault();
        if (best is not null && best.Level >= LanguageLevels.Proficiency)
        {
            return new CriterionResult(Id, Outcome.Passed, Say(l =>
                Pick(l, $"{SpokenLanguages.NameOf(best.Language).In(l)} at level {LanguageLevels.Label(best.Level)}: proficient (C1 or above); proficiency in one of {names(l)} is enough.",
                    $"{SpokenLanguages.NameOf(best.Language).In(l)} au niveau {LanguageLevels.Label(best.Level, l)} : maîtrise (C1 ou plus) ; la maîtrise de l'une des langues ({names(l)}) suffit.")));
        }

        return new CriterionResult(Id, Outcome.Failed, Say(l =>
                best is null
                    ? Pick(l, $"No level given in {names(l)}; the notice asks proficiency in one of them.", $"Aucun niveau indiqué en {names(l)} ; l'avis demande la maîtrise de l'une d'elles.")
                    : Pick(l, $"Best level in {names(l)} is {SpokenLanguages.NameOf(best.Language).In(l)} {LanguageLevels.Label(best.Level)}; the notice asks proficiency (C1 or above).",
                        $"Meilleur niveau en {names(l)} : {SpokenLanguages.NameOf(best.Language).In(l)} {LanguageLevels.Label(best.Level, l)} ; l'avis demande la maîtrise (C1 ou plus).")),
            Say(l => Pick(l, $"Eligible with proficiency (C1, C2 or native) in {names(l)}.", $"Éligible avec la maîtrise (C1, C2 ou langue maternelle) en {names(l)}.")));
    }
}
