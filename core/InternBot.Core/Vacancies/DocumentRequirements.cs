using InternBot.Core.Text;

namespace InternBot.Core.Vacancies;

/// <summary>The documents the notice asks candidates to attach, and in which languages.</summary>
public sealed record DocumentRequirements
{
    public IReadOnlyList<RequiredDocument> Required { get; init; } = [];

    /// <summary>ISO 639-1 codes of the languages documents should be in.</summary>
    public IReadOnlyList<string> AcceptedLanguages { get; init; } = [];

    /// <summary>Whether a self-made translation is accepted for documents in other languages.</summary>
    public bool SelfTranslationAccepted { get; init; }

    /// <summary>True when the accepted languages are a preference with a fallback rather than a hard rule.</summary>
    public bool LanguagesPreferred { get; init; }

    /// <summary>Whether the notice says the Internship Office assesses eligibility from these documents.</summary>
    public bool CheckedByInternshipOffice { get; init; }
}

public sealed record RequiredDocument(DocumentType Type, LocalizedText Text);

public enum DocumentType
{
    /// <summary>Copy of university qualifications already obtained.</summary>
    Qualification,

    /// <summary>Proof of ongoing studies, with dates.</summary>
    ProofOfStudies,
    Cv,
    MotivationLetter,
    Other,
}
