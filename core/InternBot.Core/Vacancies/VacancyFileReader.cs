using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using InternBot.Core.Json;
using InternBot.Core.Text;

namespace InternBot.Core.Vacancies;

/// <summary>
/// Turns one vacancy data file (the format in docs/vacancy-data.md) into a <see cref="Vacancy"/>, recording
/// every problem it finds. Returns null when the file has any problem: a vacancy is loaded whole or not at all.
/// </summary>
internal static partial class VacancyFileReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 32,
    };

    public static Vacancy? Read(string json, string source, ProblemList problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            problems.Add(where, $"is not valid JSON ({FirstSentence(e.Message)}).",
                "Fix the syntax at that place: check for a missing comma, quote or bracket.");
            return null;
        }

        using (document)
        {
            var before = problems.Items.Count;
            var root = JsonFieldReader.ForObject(document.RootElement, "", problems);
            if (root is null)
            {
                return null;
            }

            var vacancy = ReadVacancy(root, source);
            root.Finish();
            return problems.Items.Count == before ? vacancy : null;
        }
    }

    private static Vacancy? ReadVacancy(JsonFieldReader r, string source)
    {
        var slug = r.String("slug", required: true, example: "\"nds\"");
        if (slug is not null && !SlugPattern().IsMatch(slug))
        {
            r.Problems.Add("slug", $"'{slug}' is not a valid slug.", "Use lower-case letters, digits and hyphens only, e.g. \"knowledge-management\".");
        }

        var reference = r.String("reference", example: "\"250772\"");
        var title = r.Text("title", required: true);
        var shortName = r.String("shortName", required: true, example: "\"NDS\"");
        var aliases = r.Strings("aliases");
        var campaign = r.String("campaign", required: true, example: "\"closing-2025-06-22\"");
        var natoBody = r.Text("natoBody");
        var division = r.Text("division");
        var about = r.Texts("about");
        var units = r.Array("units", (e, p) => ReadUnit(e, p, r.Problems));
        var tasks = r.Texts("tasks");
        var outcomes = r.Texts("learningOutcomes");
        var location = r.Text("location");
        var schedule = r.Enum<WorkSchedule>("schedule");
        var grade = r.String("grade", example: "\"INTERN\"");
        var clearance = r.String("clearanceLevel", example: "\"NS\"");
        if (clearance is not null && !ClearanceLevels.IsKnown(clearance))
        {
            r.Problems.Add("clearanceLevel", $"'{clearance}' is not a NATO clearance code.", "Use one of NU, NR, NC, NS, CTS.");
        }

        var deadlineReader = r.Object("deadline", required: true);
        var deadline = ReadZoned(deadlineReader);
        deadlineReader?.Finish();
        InfoSession? infoSession = null;
        if (r.Object("infoSession") is { } s)
        {
            var start = ReadZoned(s);
            var label = s.String("zoneLabelInNotice", example: "\"CET\"");
            var url = ReadUrl(s, "registrationUrl");
            var description = s.Text("description");
            s.Finish();
            infoSession = start is null ? null : new InfoSession(start) { ZoneLabelInNotice = label, RegistrationUrl = url, Description = description };
        }

        var offer = r.Object("offer") is { } o ? ReadOffer(o) : null;
        var selection = r.Object("selection", required: true) is { } sel ? ReadSelection(sel) : null;
        var documents = r.Object("documents") is { } d ? ReadDocuments(d) : null;
        var policies = r.Object("policies") is { } pol ? ReadPolicies(pol) : new Policies();

        if (slug is null || title is null || shortName is null || campaign is null || deadline is null || selection is null)
        {
            return null;
        }

        return new Vacancy
        {
            Slug = slug,
            Reference = reference,
            Title = title,
            ShortName = shortName,
            Aliases = aliases,
            Campaign = campaign,
            NatoBody = natoBody,
            Division = division,
            About = about,
            Units = units,
            Tasks = tasks,
            LearningOutcomes = outcomes,
            Location = location,
            Schedule = schedule,
            Grade = grade,
            ClearanceLevel = clearance,
            Deadline = new ApplicationDeadline(deadline),
            InfoSession = infoSession,
            Offer = offer,
            Selection = selection,
            Documents = documents,
            Policies = policies,
            SourceFile = source,
        };
    }

    private static OrganisationalUnit? ReadUnit(JsonElement e, string path, ProblemList problems)
    {
        var u = JsonFieldReader.ForObject(e, path, problems);
        if (u is null)
        {
            return null;
        }

        var name = u.Text("name", required: true);
        var abbreviation = u.String("abbreviation", example: "\"DSP\"");
        var description = u.Text("description");
        var areas = u.Texts("areas");
        u.Finish();
        return name is null ? null : new OrganisationalUnit(name, abbreviation, description) { Areas = areas };
    }

    private static ZonedDateTime? ReadZoned(JsonFieldReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var local = r.Parsed("local", ParseLocal, "\"2025-06-22T23:59\"", required: true);
        var zoneId = r.String("timeZone", required: true, example: "\"Europe/Brussels\"");
        if (local is null || zoneId is null)
        {
            return null;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            r.Problems.Add(r.FieldPath("timeZone"), $"'{zoneId}' is not a time zone this machine knows.", "Use an IANA zone id such as \"Europe/Brussels\".");
            return null;
        }

        if (zone.IsInvalidTime(local.Value))
        {
            r.Problems.Add(r.FieldPath("local"), $"{local.Value:yyyy-MM-ddTHH:mm} does not exist in {zoneId} (clocks skip it for daylight saving).", "Choose a time outside the daylight-saving jump.");
            return null;
        }

        return new ZonedDateTime(local.Value, zone);
    }

    private static (DateTime?, string?) ParseLocal(string s) =>
        System.DateTime.TryParseExact(s, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt)
            ? (dt, null)
            : (null, $"'{s}' is not a local date-time (no offset: the zone is given separately).");

    private static Uri? ReadUrl(JsonFieldReader r, string name)
    {
        var s = r.String(name, example: "\"https://example.org/register\"");
        if (s is null)
        {
            return null;
        }

        if (Uri.TryCreate(s, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri;
        }

        r.Problems.Add(r.FieldPath(name), $"'{s}' is not an absolute http(s) address.", "Give the full address, starting with https://.");
        return null;
    }

    private static Offer ReadOffer(JsonFieldReader o)
    {
        Grant? grant = null;
        if (o.Object("grant") is { } g)
        {
            var amount = g.Decimal("amount", required: true, min: 0);
            var currency = g.String("currency", example: "\"EUR\"");
            if (currency is not null && !CurrencyPattern().IsMatch(currency))
            {
                g.Problems.Add(g.FieldPath("currency"), $"'{currency}' is not an ISO 4217 currency code.", "Use three capital letters, e.g. \"EUR\".");
            }

            var period = g.Enum<GrantPeriod>("period", required: true);
            g.Finish();
            grant = amount is null || period is null ? null : new Grant(amount.Value, currency, period.Value);
        }

        var starts = o.Array("startPeriods", (e, p) =>
        {
            if (e.ValueKind == JsonValueKind.String &&
                System.DateTime.TryParseExact(e.GetString(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m))
            {
                return (object)DateOnly.FromDateTime(m);
            }

            o.Problems.Add(p, $"{JsonFieldReader.Describe(e)} is not a year and month.", "Write it as \"2026-03\".");
            return null;
        }).Cast<DateOnly>().ToList();

        var offer = new Offer
        {
            Place = o.Text("place"),
            DurationMonths = o.Int("durationMonths", min: 1, max: 36),
            StartPeriods = starts,
            FullTime = o.Bool("fullTime"),
            WeeklyHours = o.Decimal("weeklyHours", min: 1, max: 60),
            Grant = grant,
            TravelReimbursement = o.Text("travelReimbursement"),
            Telework = o.Text("telework"),
            StaffCentre = o.Text("staffCentre"),
            Activities = o.Text("activities"),
        };
        o.Finish();
        return offer;
    }

    private static Selection ReadSelection(JsonFieldReader s)
    {
        var selection = new Selection
        {
            ApplicationLimit = s.Int("applicationLimit", min: 1, max: 100),
            Essential = s.Array("essential", (e, p) => ReadCriterion(e, p, s.Problems)),
            Desirable = s.Array("desirable", (e, p) => ReadCriterion(e, p, s.Problems)),
            Competencies = s.Array("competencies", (e, p) =>
            {
                var c = JsonFieldReader.ForObject(e, p, s.Problems);
                if (c is null)
                {
                    return null;
                }

                var name = c.Text("name", required: true);
                var description = c.Text("description", required: true);
                c.Finish();
                return name is null || description is null ? null : new Competency(name, description);
            }),
        };
        s.Finish();
        return selection;
    }

    private static Criterion? ReadCriterion(JsonElement e, string path, ProblemList problems)
    {
        var c = JsonFieldReader.ForObject(e, path, problems);
        if (c is null)
        {
            return null;
        }

        var kind = c.Enum<CriterionKind>("kind", required: true);
        var text = c.Text("text", required: true);
        var minimumAge = c.Int("minimumAge", min: 14, max: 99);
        var studyYears = c.Int("minimumStudyYears", min: 0, max: 10);
        var graduateMonths = c.Int("recentGraduateMonths", min: 0, max: 120);
        var languages = c.Strings("languages");
        c.Finish();

        foreach (var language in languages.Where(l => !LanguageCodePattern().IsMatch(l)))
        {
            problems.Add(c.FieldPath("languages"), $"'{language}' is not a two-letter language code.", "Use ISO 639-1 codes such as \"en\" and \"fr\".");
        }

        switch (kind)
        {
            case CriterionKind.MinimumAge when minimumAge is null:
                problems.Add(c.FieldPath("minimumAge"), "is missing for a minimumAge criterion.", "Add \"minimumAge\": 21 (the age the notice states).");
                return null;
            case CriterionKind.Education when studyYears is null:
                problems.Add(c.FieldPath("minimumStudyYears"), "is missing for an education criterion.", "Add \"minimumStudyYears\": 2 (the years the notice states).");
                return null;
            case CriterionKind.OfficialLanguage or CriterionKind.SecondOfficialLanguage when languages.Count == 0:
                problems.Add(c.FieldPath("languages"), $"is missing for a {JsonNames.Camel(kind.ToString()!)} criterion.", "Add \"languages\": [\"en\", \"fr\"].");
                return null;
        }

        return kind is null || text is null
            ? null
            : new Criterion(kind.Value, text)
            {
                MinimumAge = minimumAge,
                MinimumStudyYears = studyYears,
                RecentGraduateMonths = graduateMonths,
                Languages = languages.Select(l => l.ToLowerInvariant()).ToList(),
            };
    }

    private static DocumentRequirements ReadDocuments(JsonFieldReader d)
    {
        var required = d.Array("required", (e, p) =>
        {
            var r = JsonFieldReader.ForObject(e, p, d.Problems);
            if (r is null)
            {
                return null;
            }

            var type = r.Enum<DocumentType>("type", required: true);
            var text = r.Text("text", required: true);
            r.Finish();
            return type is null || text is null ? null : new RequiredDocument(type.Value, text);
        });
        var languages = d.Strings("acceptedLanguages");
        foreach (var language in languages.Where(l => !LanguageCodePattern().IsMatch(l)))
        {
            d.Problems.Add(d.FieldPath("acceptedLanguages"), $"'{language}' is not a two-letter language code.", "Use ISO 639-1 codes such as \"en\" and \"fr\".");
        }

        var result = new DocumentRequirements
        {
            Required = required,
            AcceptedLanguages = languages.Select(l => l.ToLowerInvariant()).ToList(),
            SelfTranslationAccepted = d.Bool("selfTranslationAccepted") ?? false,
            LanguagesPreferred = d.Bool("languagesPreferred") ?? false,
            CheckedByInternshipOffice = d.Bool("checkedByInternshipOffice") ?? false,
        };
        d.Finish();
        return result;
    }

    private static Policies ReadPolicies(JsonFieldReader p)
    {
        var policies = new Policies
        {
            GenerativeAi = p.Text("generativeAi"),
            Enquiries = p.Text("enquiries"),
            UpdatesAfterDeadline = p.Text("updatesAfterDeadline"),
            CandidatePool = p.Text("candidatePool"),
            ReasonableAccommodation = p.Text("reasonableAccommodation"),
            Diversity = p.Text("diversity"),
            Integrity = p.Text("integrity"),
            Accuracy = p.Text("accuracy"),
            MoreInformation = p.Text("moreInformation"),
        };
        p.Finish();
        return policies;
    }

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(". ", StringComparison.Ordinal);
        return (i > 0 ? message[..i] : message).TrimEnd('.');
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex("^[a-zA-Z]{2}$")]
    private static partial Regex LanguageCodePattern();
}
