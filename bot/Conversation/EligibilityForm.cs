using System.Globalization;
using System.Text.Json;
using InternBot.Core.Eligibility;
using InternBot.Core.Eligibility.Input;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Bot.Conversation;

/// <summary>
/// The eligibility form's fields, and turning what was submitted into a candidate profile with Core's value
/// parsers (the same ones the CLI uses): each bad value becomes an error on its field, never an exception.
/// </summary>
internal static class EligibilityForm
{
    public static readonly string[] Fields =
    [
        "vacancy", "nationalities", "dateOfBirth", "enrolledStudent", "yearsCompleted", "equivalentEducation", "degreeLevel", "degreeAwardedOn",
        "finalStageOfMasters", "degreeRelevant", "english", "french", "documents", "documentsLanguage", "selfTranslated", "otherVacancies",
        "advancedItUser", "priorExperience", "submittedDate", "submittedTime",
    ];

    /// <summary>The submitted values as strings (cards send strings; multi-selects as "a,b").</summary>
    public static Dictionary<string, string> Values(JsonElement? data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (data is not { ValueKind: JsonValueKind.Object } obj)
        {
            return values;
        }

        foreach (var field in Fields)
        {
            if (obj.TryGetProperty(field, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
            {
                var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
                if (text.Length > 0 && text.Length <= 300)
                {
                    values[field] = text.Trim();
                }
            }
        }

        return values;
    }

    public sealed record Parsed(Vacancy? Vacancy, CandidateProfile? Profile, IReadOnlyDictionary<string, string> Errors);

    public static Parsed Parse(IReadOnlyDictionary<string, string> values, VacancyCatalogue catalogue, DateTimeOffset now, Language l)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Get(string key) => values.TryGetValue(key, out var v) && v.Length > 0 ? v : null;
        T? Value<T>(string key, Func<string, (T? Value, string? Error)> parse)
        {
            if (Get(key) is not { } text)
            {
                return default;
            }

            var (value, error) = parse(text);
            if (error is not null)
            {
                errors[key] = error;
            }

            return value;
        }

        Core.Vacancies.DocumentType? Refused(string key, string error)
        {
            errors[key] = error;
            return null;
        }

        var vacancy = Get("vacancy") is { } slug ? catalogue.Get(slug) : null;
        if (vacancy is null)
        {
            errors["vacancy"] = l == Language.French ? "Choisissez un poste." : "Choose a vacancy.";
        }

        var nationalities = new List<Country>();
        foreach (var name in ProfileValues.TypedListEntries(Get("nationalities")))
        {
            if (Value("nationalities", _ => ProfileValues.Country(name)) is { } country)
            {
                nationalities.Add(country);
            }
        }

        if (Get("nationalities") is null)
        {
            errors["nationalities"] = l == Language.French ? "Indiquez au moins une nationalité." : "Give at least one nationality.";
        }

        var born = Value("dateOfBirth", ProfileValues.Date);
        if (Get("dateOfBirth") is null)
        {
            errors["dateOfBirth"] = l == Language.French ? "Indiquez la date de naissance." : "Give the date of birth.";
        }

        var level = Get("degreeLevel") is { } d and not "none" ? Value("degreeLevel", ProfileValues.Degree) : null;
        var awarded = Value("degreeAwardedOn", ProfileValues.Date);
        var languages = new List<LanguageSkill>();
        foreach (var (field, code) in new[] { ("english", "en"), ("french", "fr") })
        {
            if (Get(field) is { } lvl and not "none" && Value(field, ProfileValues.Level) is { } parsed)
            {
                languages.Add(new LanguageSkill(code, parsed));
            }
        }

        var documentLanguage = Get("documentsLanguage") is { } dl && dl != "other" ? Value("documentsLanguage", ProfileValues.LanguageCode) : Get("documentsLanguage") == "other" ? "xx" : null;
        var translated = Value("selfTranslated", ProfileValues.Bool) ?? false;
        // A multi-select sends "qualification,cv": each choice is parsed on its own.
        var documents = ProfileValues.TypedListEntries(Get("documents"))
            .Select(t => ProfileValues.DocumentKind(t) is var (kind, error) && error is not null ? Refused("documents", error) : kind).OfType<Core.Vacancies.DocumentType>()
            .Select(t => new AttachedDocument(t, documentLanguage, translated)).ToList();

        DateTimeOffset? submitted = now;
        if (Get("submittedDate") is { } date)
        {
            var time = Get("submittedTime") ?? "12:00";
            if (vacancy is not null && DateTime.TryParseExact($"{date} {time}", ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                submitted = new ZonedDateTime(local, vacancy.Deadline.LastMinute.Zone).ToInstant();
            }
            else if (vacancy is not null)
            {
                errors["submittedDate"] = l == Language.French ? "Date ou heure de soumission invalide (AAAA-MM-JJ et HH:MM)." : "The submission date or time is not valid (YYYY-MM-DD and HH:MM).";
            }
        }

        if (errors.Count > 0)
        {
            return new Parsed(vacancy, null, errors);
        }

        var profile = new CandidateProfile
        {
            Nationalities = nationalities,
            DateOfBirth = born,
            Education = new EducationFacts
            {
                EnrolledStudent = Value("enrolledStudent", ProfileValues.Bool) ?? false,
                YearsCompleted = Value("yearsCompleted", ProfileValues.Years) ?? 0,
                EquivalentEducation = Value("equivalentEducation", ProfileValues.Bool) ?? false,
                FinalStageOfMasters = Value("finalStageOfMasters", ProfileValues.Bool),
                Degree = level is null ? null : new Degree(level.Value, awarded) { RelevantToVacancy = Value("degreeRelevant", ProfileValues.Bool) },
            },
            Languages = languages,
            Documents = documents,
            SubmittedAt = submitted,
            OtherApplications = ProfileValues.TypedListEntries(Get("otherVacancies"))
                .Select(v => ProfileValues.OtherApplication(v, catalogue)).ToList(),
            Desirable = new DesirableFacts { AdvancedItUser = Value("advancedItUser", ProfileValues.Bool), PriorExperience = Value("priorExperience", ProfileValues.Bool) },
        };
        return errors.Count > 0 ? new Parsed(vacancy, null, errors) : new Parsed(vacancy, profile, errors);
    }
}
