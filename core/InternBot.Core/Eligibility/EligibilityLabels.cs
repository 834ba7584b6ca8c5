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

    public static LocalizedText Criterion(string id) => id switch
    {
        "nationality" => new("Nationality", "Nationalité"),
        "age" => new("Age", "Âge"),
        "education" => new("Education", "Études"),
        "language" => new("Official language", "Langue officielle"),
        "deadline" => new("Deadline", "Date limite"),
        "applicationLimit" => new("Application limit", "Nombre de candidatures"),
        "documents" => new("Documents", "Documents"),
        "degree" => new("Degree", "Diplôme"),
        "secondLanguage" => new("Second official language", "Seconde langue officielle"),
        "itSkills" => new("IT skills", "Compétences informatiques"),
        "priorExperience" => new("Prior experience", "Expérience antérieure"),
        _ => new(id),
    };
}
