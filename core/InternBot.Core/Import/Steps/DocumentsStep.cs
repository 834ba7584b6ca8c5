using System.Text.RegularExpressions;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Core.Import.ImportText;

namespace InternBot.Core.Import;

/// <summary>The documents to attach, in which languages, and whether a self-translation is accepted.</summary>
internal sealed class DocumentsStep(NoticeDocument doc) : ImportStep(doc)
{
    public Step<DocumentRequirements?> Read() => Complete(Documents());

    private DocumentRequirements? Documents()
    {
        var lines = Doc.In(NoticeSection.SpecialNotice).Concat(Doc.In(NoticeSection.Other)).ToList();
        var required = new List<RequiredDocument>();
        var used = new List<NoticeLine>();
        void Add(DocumentType type, LocalizedText text, NoticeLine line)
        {
            if (required.All(r => r.Type != type))
            {
                required.Add(new RequiredDocument(type, text));
                used.Add(line);
            }
        }

        foreach (var line in lines)
        {
            if (Regex.IsMatch(line.Text, @"cop(?:y|ies)\s+of\s+(?:your\s+)?(?:university\s+)?(?:qualification|diploma|degree)", RegexOptions.IgnoreCase))
            {
                Add(DocumentType.Qualification, CanonicalTexts.Qualification, line);
            }

            if (Regex.IsMatch(line.Text, @"proof\s+of\s+(?:ongoing\s+)?stud|enrol(?:l)?ment", RegexOptions.IgnoreCase))
            {
                Add(DocumentType.ProofOfStudies, CanonicalTexts.ProofOfStudies, line);
            }

            if (Regex.IsMatch(line.Text, @"\bCV\b|curriculum\s+vitae|r[eé]sum[eé]", RegexOptions.IgnoreCase) && Regex.IsMatch(line.Text, @"attach|submit|provide|upload", RegexOptions.IgnoreCase))
            {
                Add(DocumentType.Cv, CanonicalTexts.Cv, line);
            }

            if (Regex.IsMatch(line.Text, @"motivation\s+letter|cover(?:ing)?\s+letter|letter\s+of\s+motivation", RegexOptions.IgnoreCase))
            {
                Add(DocumentType.MotivationLetter, CanonicalTexts.MotivationLetter, line);
            }
        }

        if (required.Count == 0)
        {
            Missing("documents", "the notice lists no documents to attach.");
            return null;
        }

        var languageLine = lines.FirstOrDefault(l => Regex.IsMatch(l.Text, @"documents?\b.*\b(?:language|English|French)", RegexOptions.IgnoreCase));
        var languages = languageLine is null ? [] : LanguagesIn(languageLine.Text);
        var translation = lines.FirstOrDefault(l => Regex.IsMatch(l.Text, @"self[\s-]?translation|translat", RegexOptions.IgnoreCase));
        if (languageLine is not null)
        {
            used.Add(languageLine);
        }

        Found("documents", string.Join(", ", required.Select(r => Json.JsonNames.Camel(r.Type))) + (languages.Count > 0 ? $" in {string.Join("/", languages)}" : "") + (translation is null ? "" : ", self-translation accepted"), used,
            "recognised; written in the catalogue's own words.");
        return new DocumentRequirements
        {
            Required = required,
            AcceptedLanguages = languages,
            LanguagesPreferred = languageLine is not null && Regex.IsMatch(languageLine.Text, @"\bprefer", RegexOptions.IgnoreCase),
            SelfTranslationAccepted = translation is not null,
            CheckedByInternshipOffice = lines.Any(l => Regex.IsMatch(l.Text, @"Internship\s+Office\s+to\s+assess\s+(?:your\s+)?eligibility", RegexOptions.IgnoreCase)),
        };
    }
}
