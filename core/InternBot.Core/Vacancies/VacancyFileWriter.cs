using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using InternBot.Core.Text;

namespace InternBot.Core.Vacancies;

/// <summary>
/// Writes a <see cref="Vacancy"/> in the catalogue's file format (docs/vacancy-data.md): what
/// <see cref="VacancyCatalogueLoader"/> reads back to the same vacancy. Unstated facts are left out, never
/// written as empty values.
/// </summary>
public static class VacancyFileWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Vacancy v)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("slug", v.Slug);
            Optional(w, "reference", v.Reference);
            Text(w, "title", v.Title);
            w.WriteString("shortName", v.ShortName);
            Strings(w, "aliases", v.Aliases);
            w.WriteString("campaign", v.Campaign);
            Text(w, "natoBody", v.NatoBody);
            Text(w, "division", v.Division);
            Texts(w, "about", v.About);
            if (v.Units.Count > 0)
            {
                w.WriteStartArray("units");
                foreach (var u in v.Units)
                {
                    w.WriteStartObject();
                    Text(w, "name", u.Name);
                    Optional(w, "abbreviation", u.Abbreviation);
                    Text(w, "description", u.Description);
                    Texts(w, "areas", u.Areas);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            Texts(w, "tasks", v.Tasks);
            Texts(w, "learningOutcomes", v.LearningOutcomes);
            Text(w, "location", v.Location);
            if (v.Schedule is { } schedule)
            {
                w.WriteString("schedule", Json.JsonNames.Camel(schedule.ToString()));
            }

            Optional(w, "grade", v.Grade);
            Optional(w, "clearanceLevel", v.ClearanceLevel);
            w.WritePropertyName("deadline");
            Zoned(w, v.Deadline.LastMinute, null);
            if (v.InfoSession is { } s)
            {
                w.WritePropertyName("infoSession");
                Zoned(w, s.Start, () =>
                {
                    Optional(w, "zoneLabelInNotice", s.ZoneLabelInNotice);
                    Optional(w, "registrationUrl", s.RegistrationUrl?.OriginalString);
                    Text(w, "description", s.Description);
                });
            }

            if (v.Offer is { } o)
            {
                WriteOffer(w, o);
            }

            WriteSelection(w, v.Selection);
            if (v.Documents is { } d)
            {
                w.WriteStartObject("documents");
                w.WriteStartArray("required");
                foreach (var r in d.Required)
                {
                    w.WriteStartObject();
                    w.WriteString("type", Json.JsonNames.Camel(r.Type.ToString()));
                    Text(w, "text", r.Text);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                Strings(w, "acceptedLanguages", d.AcceptedLanguages);
                w.WriteBoolean("languagesPreferred", d.LanguagesPreferred);
                w.WriteBoolean("selfTranslationAccepted", d.SelfTranslationAccepted);
                w.WriteBoolean("checkedByInternshipOffice", d.CheckedByInternshipOffice);
                w.WriteEndObject();
            }

            WritePolicies(w, v.Policies);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteOffer(Utf8JsonWriter w, Offer o)
    {
        w.WriteStartObject("offer");
        Text(w, "place", o.Place);
        if (o.DurationMonths is { } months)
        {
            w.WriteNumber("durationMonths", months);
        }

        if (o.StartPeriods.Count > 0)
        {
            Strings(w, "startPeriods", o.StartPeriods.Select(p => p.ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList());
        }

        if (o.FullTime is { } fullTime)
        {
            w.WriteBoolean("fullTime", fullTime);
        }

        if (o.WeeklyHours is { } hours)
        {
            w.WriteNumber("weeklyHours", hours);
        }

        if (o.Grant is { } g)
        {
            w.WriteStartObject("grant");
            w.WriteNumber("amount", g.Amount);
            Optional(w, "currency", g.Currency);
            w.WriteString("period", Json.JsonNames.Camel(g.Period.ToString()));
            w.WriteEndObject();
        }

        Text(w, "travelReimbursement", o.TravelReimbursement);
        Text(w, "telework", o.Telework);
        Text(w, "staffCentre", o.StaffCentre);
        Text(w, "activities", o.Activities);
        w.WriteEndObject();
    }

    private static void WriteSelection(Utf8JsonWriter w, Selection s)
    {
        w.WriteStartObject("selection");
        if (s.ApplicationLimit is { } limit)
        {
            w.WriteNumber("applicationLimit", limit);
        }

        Criteria(w, "essential", s.Essential);
        Criteria(w, "desirable", s.Desirable);
        if (s.Competencies.Count > 0)
        {
            w.WriteStartArray("competencies");
            foreach (var c in s.Competencies)
            {
                w.WriteStartObject();
                Text(w, "name", c.Name);
                Text(w, "description", c.Description);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void Criteria(Utf8JsonWriter w, string name, IReadOnlyList<Criterion> criteria)
    {
        if (criteria.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var c in criteria)
        {
            w.WriteStartObject();
            w.WriteString("kind", Json.JsonNames.Camel(c.Kind.ToString()));
            if (c.MinimumAge is { } age)
            {
                w.WriteNumber("minimumAge", age);
            }

            if (c.MinimumStudyYears is { } years)
            {
                w.WriteNumber("minimumStudyYears", years);
            }

            if (c.RecentGraduateMonths is { } months)
            {
                w.WriteNumber("recentGraduateMonths", months);
            }

            Strings(w, "languages", c.Languages);
            Text(w, "text", c.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WritePolicies(Utf8JsonWriter w, Policies p)
    {
        var entries = new (string Name, LocalizedText? Text)[]
        {
            ("generativeAi", p.GenerativeAi), ("enquiries", p.Enquiries), ("updatesAfterDeadline", p.UpdatesAfterDeadline),
            ("candidatePool", p.CandidatePool), ("reasonableAccommodation", p.ReasonableAccommodation), ("diversity", p.Diversity),
            ("integrity", p.Integrity), ("accuracy", p.Accuracy), ("moreInformation", p.MoreInformation),
        };
        if (entries.All(e => e.Text is null))
        {
            return;
        }

        w.WriteStartObject("policies");
        foreach (var (name, text) in entries)
        {
            Text(w, name, text);
        }

        w.WriteEndObject();
    }

    private static void Zoned(Utf8JsonWriter w, ZonedDateTime z, Action? more)
    {
        w.WriteStartObject();
        w.WriteString("local", z.Local.ToString(z.Local.Second == 0 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        w.WriteString("timeZone", z.Zone.Id);
        more?.Invoke();
        w.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter w, string name, LocalizedText? text)
    {
        if (text is null)
        {
            return;
        }

        w.WritePropertyName(name);
        WriteText(w, text);
    }

    private static void WriteText(Utf8JsonWriter w, LocalizedText text)
    {
        w.WriteStartObject();
        w.WriteString("en", text.En);
        if (text.HasFrench)
        {
            w.WriteString("fr", text.Fr);
        }

        w.WriteEndObject();
    }

    private static void Texts(Utf8JsonWriter w, string name, IReadOnlyList<LocalizedText> texts)
    {
        if (texts.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var t in texts)
        {
            WriteText(w, t);
        }

        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var s in values)
        {
            w.WriteStringValue(s);
        }

        w.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

}
