using System.Globalization;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Eligibility.Input;

/// <summary>
/// Parsers for the values of a candidate profile, shared by every input format (JSON profiles, CSV exports,
/// cards, API requests). Each returns the value or a message that says what is wrong and how to write it.
/// </summary>
public static class ProfileValues
{
    public static (Country? Value, string? Error) Country(string text)
    {
        var country = Countries.Find(text);
        if (country is not null)
        {
            return (country, null);
        }

        var suggestions = Countries.Suggest(text);
        return (null, suggestions.Count > 0
            ? $"'{text}' is not a country we know. Did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}? Use an ISO code (BE, TR) or the English or French name."
            : $"'{text}' is not a country we know. Use an ISO 3166 code such as BE or TR, or the English or French name.");
    }

    public static (DateOnly? Value, string? Error) Date(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? (d, null)
            : (null, $"'{text}' is not a date written YYYY-MM-DD (e.g. 2003-02-28).");

    /// <summary>An instant with an explicit offset: a bare local time would be ambiguous around the deadline.</summary>
    public static (DateTimeOffset? Value, string? Error) Instant(string text)
    {
        var s = text.Trim();
        var hasOffset = s.EndsWith('Z') || s.EndsWith('z') || (s.Length > 6 && (s[^6] == '+' || s[^6] == '-') && s[^3] == ':');
        if (!hasOffset)
        {
            return (null, $"'{text}' has no UTC offset. Write it like 2025-06-22T23:59:59+02:00 or 2025-06-22T21:59:59Z.");
        }

        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? (t, null)
            : (null, $"'{text}' is not a date and time. Write it like 2025-06-22T23:59:59+02:00.");
    }

    public static (bool? Value, string? Error) Bool(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "y" or "1" or "oui" or "vrai" => (true, null),
        "false" or "no" or "n" or "0" or "non" or "faux" => (false, null),
        _ => (null, $"'{text}' is not yes or no. Write true or false (or yes/no)."),
    };

    public static (decimal? Value, string? Error) Years(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var y) && y >= 0 && y <= 20
            ? (y, null)
            : (null, $"'{text}' is not a number of years between 0 and 20 (use a dot for fractions, e.g. 1.5).");

    public static (DegreeLevel? Value, string? Error) Degree(string text)
    {
        var key = VacancyNames.Normalise(text).Replace(" ", "", StringComparison.Ordinal);
        DegreeLevel? level = key switch
        {
            "shortcycle" or "certificate" or "diploma" or "associate" or "bts" or "dut" => DegreeLevel.ShortCycle,
            "bachelor" or "bachelors" or "ba" or "bsc" or "licence" or "license" => DegreeLevel.Bachelor,
            "master" or "masters" or "ma" or "msc" or "mba" or "llm" => DegreeLevel.Master,
            "doctorate" or "phd" or "doctorat" => DegreeLevel.Doctorate,
            _ => null,
        };
        return level is null ? (null, $"'{text}' is not a degree level. Use shortCycle, bachelor, master or doctorate.") : (level, null);
    }

    public static (string? Value, string? Error) LanguageCode(string text)
    {
        var code = SpokenLanguages.Find(text);
        return code is null ? (null, $"'{text}' is not a language we know. Use an ISO 639-1 code (en, fr, de) or the language's name.") : (code, null);
    }

    public static (LanguageLevel? Value, string? Error) Level(string text)
    {
        var level = LanguageLevels.Parse(text);
        return level is null ? (null, $"'{text}' is not a language level. Use {LanguageLevels.Allowed}.") : (level, null);
    }

    public static (DocumentType? Value, string? Error) DocumentKind(string text)
    {
        var key = VacancyNames.Normalise(text).Replace(" ", "", StringComparison.Ordinal);
        DocumentType? type = key switch
        {
            "qualification" or "qualifications" or "diploma" or "degree" or "degreecertificate" or "transcript" => DocumentType.Qualification,
            "proofofstudies" or "proofofstudy" or "enrolment" or "enrollment" or "studentcertificate" or "attestation" => DocumentType.ProofOfStudies,
            "cv" or "resume" => DocumentType.Cv,
            "motivationletter" or "coverletter" or "letter" => DocumentType.MotivationLetter,
            "other" => DocumentType.Other,
            _ => null,
        };
        return type is null ? (null, $"'{text}' is not a document type. Use qualification, proofOfStudies, cv, motivationLetter or other.") : (type, null);
    }

    /// <summary>
    /// The entries of a list written in one text (a CSV cell, a stored record's field): separated by ';' or '|', each
    /// trimmed, empty ones dropped. One rule for every stored and imported list.
    /// </summary>
    public static IReadOnlyList<string> ListEntries(string? text) =>
        (text ?? "").Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// The entries of a list a person typed into a form field: ',' and '/' separate too ("Belgian, Italian",
    /// "BE/IT"), as people write; stored and imported lists keep <see cref="ListEntries"/>, since a CSV cell's
    /// commas belong to the cell.
    /// </summary>
    public static IReadOnlyList<string> TypedListEntries(string? text) =>
        (text ?? "").Split([';', '|', ',', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>How a language entry is written, for error messages.</summary>
    public const string LanguageNotation = "language:level, like en:C1;fr:A2";

    /// <summary>How a document entry is written, for error messages.</summary>
    public const string DocumentNotation = "type:language[:translated], like qualification:en;proofOfStudies:de:translated";

    /// <summary>"en:C1": a language and its level, or what is wrong with the entry.</summary>
    public static (LanguageSkill? Value, string? Error) LanguageEntry(string entry)
    {
        var parts = entry.Split(':', StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
        {
            return (null, $"'{entry}' is not {LanguageNotation}.");
        }

        var (code, codeError) = LanguageCode(parts[0]);
        var (level, levelError) = Level(parts[1]);
        return code is not null && level is not null ? (new LanguageSkill(code, level.Value), null) : (null, codeError ?? levelError);
    }

    /// <summary>"proofOfStudies:de:translated": a document, the language it is in, whether it was translated; or what is wrong.</summary>
    public static (AttachedDocument? Value, string? Error) DocumentEntry(string entry)
    {
        var parts = entry.Split(':', StringSplitOptions.TrimEntries);
        var (type, typeError) = DocumentKind(parts[0]);
        if (typeError is not null)
        {
            return (null, typeError);
        }

        if (parts.Length > 3 || (parts.Length == 3 && !parts[2].Equals("translated", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, $"'{entry}' is not {DocumentNotation}.");
        }

        string? language = null;
        if (parts.Length > 1 && parts[1].Length > 0)
        {
            var (code, codeError) = LanguageCode(parts[1]);
            if (codeError is not null)
            {
                return (null, codeError);
            }

            language = code;
        }

        return (new AttachedDocument(type!.Value, language, parts.Length == 3), null);
    }

    /// <summary>The campaign of another vacancy applied to, when the catalogue knows it.</summary>
    public static OtherApplication OtherApplication(string text, VacancyCatalogue catalogue)
    {
        var known = catalogue.Get(text);
        return known is null ? new OtherApplication(text.Trim(), null) : new OtherApplication(known.Slug, known.Campaign);
    }
}
