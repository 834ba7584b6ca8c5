using System.Text.Json;
using InternBot.Core.Json;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Eligibility.Input;

/// <summary>
/// Reads a candidate profile written as JSON (format in README "Profile JSON"), reporting every problem with
/// the field it is in and how to fix it.
/// </summary>
public static class CandidateProfileReader
{
    public static (CandidateProfile? Profile, IReadOnlyList<InputProblem> Problems) Read(string json, string source, VacancyCatalogue catalogue)
    {
        var problems = new ProblemList(source);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            problems.Add(e.LineNumber is { } line ? $"line {line + 1}" : "", "is not valid JSON.", "Fix the JSON syntax (a missing comma, quote or bracket).");
            return (null, problems.Items);
        }

        using (document)
        {
            var r = JsonFieldReader.ForObject(document.RootElement, "", problems);
            if (r is null)
            {
                return (null, problems.Items);
            }

            var profile = new CandidateProfile
            {
                Nationalities = r.Has("nationalities") ? r.Strings("nationalities").Select(n => Parse(r, "nationalities", n, ProfileValues.Country)).OfType<Country>().ToList() : null,
                DateOfBirth = r.Parsed("dateOfBirth", s => Struct(ProfileValues.Date(s)), "\"2003-02-28\""),
                Education = r.Object("education") is { } e ? ReadEducation(e) : null,
                Languages = r.Has("languages") ? r.Array("languages", (el, p) => ReadLanguage(el, p, problems)) : null,
                Documents = r.Has("documents") ? r.Array("documents", (el, p) => ReadDocument(el, p, problems)) : null,
                SubmittedAt = r.Parsed("submittedAt", s => Struct(ProfileValues.Instant(s)), "\"2025-06-22T23:59:59+02:00\""),
                OtherApplications = r.Has("otherVacancies") ? r.Strings("otherVacancies").Select(v => ProfileValues.OtherApplication(v, catalogue)).ToList() : null,
                Desirable = r.Object("desirable") is { } d ? ReadDesirable(d) : null,
            };
            r.Finish();
            return problems.Any ? (null, problems.Items) : (profile, []);
        }
    }

    private static EducationFacts ReadEducation(JsonFieldReader e)
    {
        Degree? degree = null;
        if (e.Object("degree") is { } d)
        {
            var level = d.Parsed("level", s => Struct(ProfileValues.Degree(s)), "\"bachelor\"", required: true);
            var awarded = d.Parsed("awardedOn", s => Struct(ProfileValues.Date(s)), "\"2024-07-01\"");
            var relevant = d.Bool("relevant");
            d.Finish();
            degree = level is null ? null : new Degree(level.Value, awarded) { RelevantToVacancy = relevant };
        }

        var facts = new EducationFacts
        {
            EnrolledStudent = e.Bool("enrolledStudent"),
            YearsCompleted = e.Decimal("yearsCompleted", min: 0, max: 20),
            EquivalentEducation = e.Bool("equivalentEducation"),
            Degree = degree,
            FinalStageOfMasters = e.Bool("finalStageOfMasters"),
        };
        e.Finish();
        return facts;
    }

    private static LanguageSkill? ReadLanguage(JsonElement element, string path, ProblemList problems)
    {
        var l = JsonFieldReader.ForObject(element, path, problems);
        if (l is null)
        {
            return null;
        }

        var code = l.String("language", required: true, example: "\"en\"") is { } s ? Parse(l, "language", s, ProfileValues.LanguageCode) : null;
        var level = l.Parsed("level", t => Struct(ProfileValues.Level(t)), "\"C1\"", required: true);
        l.Finish();
        return code is null || level is null ? null : new LanguageSkill(code, level.Value);
    }

    private static AttachedDocument? ReadDocument(JsonElement element, string path, ProblemList problems)
    {
        var d = JsonFieldReader.ForObject(element, path, problems);
        if (d is null)
        {
            return null;
        }

        var type = d.Parsed("type", t => Struct(ProfileValues.DocumentKind(t)), "\"qualification\"", required: true);
        var language = d.String("language", example: "\"en\"") is { } s ? Parse(d, "language", s, ProfileValues.LanguageCode) : null;
        var translated = d.Bool("selfTranslated") ?? false;
        d.Finish();
        return type is null ? null : new AttachedDocument(type.Value, language, translated);
    }

    private static DesirableFacts ReadDesirable(JsonFieldReader d)
    {
        var facts = new DesirableFacts { AdvancedItUser = d.Bool("advancedItUser"), PriorExperience = d.Bool("priorExperience") };
        d.Finish();
        return facts;
    }

    private static T? Parse<T>(JsonFieldReader r, string field, string text, Func<string, (T? Value, string? Error)> parse)
        where T : class
    {
        var (value, error) = parse(text);
        if (error is not null)
        {
            r.Problems.Add(r.FieldPath(field), error, "Correct the value as described, or leave the field out if it is not known.");
        }

        return value;
    }

    private static (T?, string?) Struct<T>((T? Value, string? Error) result)
        where T : struct => result;
}
