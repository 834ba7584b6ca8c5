using InternBot.Core.Text;

namespace InternBot.Core.Eligibility;

/// <summary>The words shown to people for verdicts, outcomes and criteria, in both languages.</summary>
public static class EligibilityLabels
{
    public static LocalizedText Of(Verdict verdict) => verdict switch
    {
        Verdict.Eligible => new("Eligible", "Éligible"),
        Verdict.NotEligible => new("Not eligible", "Non éligible"),
        _ => new("Cannot decide yet", "Impossible de décider pour l'instant"),
    };

    public static LocalizedText Of(Outcome outcome) => outcome switch
    {
        Outcome.Passed => new("passed", "rempli"),
        Outcome.Failed => new("failed", "non rempli"),
        _ => new("unknown", "inconnu"),
    };

    /// <summary>A criterion's name, by the id its rule gives it (the rules own the ids; nothing else spells them).</summary>
    public static LocalizedText Criterion(string id) => id switch
    {
        Rules.NationalityRule.Id => new("Nationality", "Nationalité"),
        Rules.AgeRule.Id => new("Age", "Âge"),
        Rules.EducationRule.Id => new("Education", "Études"),
        Rules.LanguageRule.Id => new("Official language", "Langue officielle"),
        Rules.DeadlineRule.Id => new("Deadline", "Date limite"),
        Rules.ApplicationLimitRule.Id => new("Application limit", "Nombre de candidatures"),
        Rules.DocumentsRule.Id => new("Documents", "Documents"),
        Rules.DesirableRules.DegreeId => new("Degree", "Diplôme"),
        Rules.DesirableRules.SecondLanguageId => new("Second official language", "Seconde langue officielle"),
        Rules.DesirableRules.ItSkillsId => new("IT skills", "Compétences informatiques"),
        Rules.DesirableRules.PriorExperienceId => new("Prior experience", "Expérience antérieure"),
        _ => new(id),
    };
}
