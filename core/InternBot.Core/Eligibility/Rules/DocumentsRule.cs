using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Core.Text.Bilingual;

namespace InternBot.Core.Eligibility.Rules;

/// <summary>
/// The special notice's documents: a copy of completed qualifications and/or proof of ongoing studies, whichever
/// backs the candidate's education; in an accepted language or with a self-translation.
/// </summary>
internal static class DocumentsRule
{
    public const string Id = "documents";

    public static CriterionResult Evaluate(RuleContext context, DocumentRequirements requirements)
    {
        var attached = context.Profile.Documents;
        if (attached is null)
        {
            return new CriterionResult(Id, Outcome.Unknown,
                Say("No list of attached documents given.", "Aucune liste des documents joints."),
                Say("List the documents attached, with their language.", "Listez les documents joints, avec leur langue."));
        }

        var education = context.Profile.Education;
        var studying = education?.EnrolledStudent == true;
        var completed = education is not null && (education.Degree is not null || education.YearsCompleted > 0 || education.EquivalentEducation == true);
        var asked = requirements.Required.Select(r => r.Type).ToHashSet();
        bool needs(DocumentType t) => asked.Contains(t);

        // Which attached documents back the education route the candidate relies on.
        var backing = attached.Where(d =>
            (d.Type == DocumentType.ProofOfStudies && needs(DocumentType.ProofOfStudies) && (studying || !completed)) ||
            (d.Type == DocumentType.Qualification && needs(DocumentType.Qualification) && (completed || !studying))).ToList();

        if (backing.Count == 0)
        {
            var missing = new List<DocumentType>();
            if (needs(DocumentType.ProofOfStudies) && (studying || !completed))
            {
                missing.Add(DocumentType.ProofOfStudies);
            }

            if (needs(DocumentType.Qualification) && (completed || !studying))
            {
                missing.Add(DocumentType.Qualification);
            }

            if (missing.Count == 0)
            {
                return new CriterionResult(Id, Outcome.Passed, Say("The notice asks no document for this candidate's situation.", "L'avis ne demande aucun document pour la situation de ce candidat."));
            }

            return new CriterionResult(Id, Outcome.Failed,
                Say(l => Pick(l, $"Missing: {string.Join(Pick(l, " or ", " ou "), missing.Select(m => Name(m, l)))}.", $"Manquant : {string.Join(" ou ", missing.Select(m => Name(m, l)))}.")),
                Say(l => Pick(l, $"Attach {string.Join(" or ", missing.Select(m => Name(m, l)))}.", $"Joignez {string.Join(" ou ", missing.Select(m => Name(m, l)))}.")));
        }

        var accepted = requirements.AcceptedLanguages;
        if (accepted.Count == 0)
        {
            return Passed(backing);
        }

        if (backing.Any(d => d.Language is not null && (accepted.Contains(d.Language) || (d.SelfTranslated && requirements.SelfTranslationAccepted))))
        {
            return Passed(backing);
        }

        if (backing.Any(d => d.Language is null))
        {
            return new CriterionResult(Id, Outcome.Unknown,
                Say("The language of the attached document is not given.", "La langue du document joint n'est pas indiquée."),
                Say("Give the document's language, and whether a self-translation is attached.", "Indiquez la langue du document, et si une auto-traduction est jointe."));
        }

        string languages(Language l) => string.Join(Pick(l, " or ", " ou "), accepted.Select(c => SpokenLanguages.NameOf(c).In(l)));
        var first = backing[0];
        return new CriterionResult(Id, Outcome.Failed,
            Say(l => Pick(l, $"The {Name(first.Type, l)} is in {SpokenLanguages.NameOf(first.Language!).In(l)}, without a self-translation.",
                $"{Formats.Capitalised(Name(first.Type, l))} est en {SpokenLanguages.NameOf(first.Language!).In(l)}, sans auto-traduction.")),
            Say(l => requirements.SelfTranslationAccepted
                ? Pick(l, $"Attach the document in {languages(l)}, or attach a self-translation.", $"Joignez le document en {languages(l)}, ou une auto-traduction.")
                : Pick(l, $"Attach the document in {languages(l)}.", $"Joignez le document en {languages(l)}.")));
    }

    private static CriterionResult Passed(IReadOnlyList<AttachedDocument> backing) =>
        new(Id, Outcome.Passed, Say(l => Pick(l, $"Attached: {string.Join(", ", backing.Select(d => Describe(d, l)))}.",
            $"Joint : {string.Join(", ", backing.Select(d => Describe(d, l)))}.")));

    private static string Describe(AttachedDocument d, Language l) =>
        d.Language is null ? Name(d.Type, l)
        : d.SelfTranslated ? Pick(l, $"{Name(d.Type, l)} ({SpokenLanguages.NameOf(d.Language).In(l)}, self-translated)", $"{Name(d.Type, l)} ({SpokenLanguages.NameOf(d.Language).In(l)}, auto-traduit)")
        : $"{Name(d.Type, l)} ({SpokenLanguages.NameOf(d.Language).In(l)})";

    internal static string Name(DocumentType type, Language l) => type switch
    {
        DocumentType.Qualification => Pick(l, "a copy of the university qualifications completed", "une copie des diplômes universitaires obtenus"),
        DocumentType.ProofOfStudies => Pick(l, "proof of ongoing studies with dates", "une preuve d'études en cours avec les dates"),
        DocumentType.Cv => "CV",
        DocumentType.MotivationLetter => Pick(l, "a motivation letter", "une lettre de motivation"),
        _ => Pick(l, "another document", "un autre document"),
    };
}
