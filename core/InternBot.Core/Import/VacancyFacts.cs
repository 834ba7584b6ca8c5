using System.Globalization;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Import;

/// <summary>
/// A vacancy as a flat list of facts (field, value), for comparing two entries of the same vacancy: an imported
/// notice against the catalogue's entry. Prose fields compare by content, or only by whether they are stated
/// (our wording and the notice's never match word for word).
/// </summary>
public static class VacancyFacts
{
    public static IReadOnlyList<(string Field, string Value)> Flatten(Vacancy v, bool proseByContent)
    {
        var facts = new List<(string, string)>();
        void Add(string field, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                facts.Add((field, value));
            }
        }

        string? Prose(LocalizedText? t) => t is null ? null : proseByContent ? t.En : "stated";
        string? Proses(IReadOnlyList<LocalizedText> list) => list.Count == 0 ? null : proseByContent ? string.Join(" | ", list.Select(t => t.En)) : "stated";
        string Zoned(ZonedDateTime z) => $"{z.Local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {z.Zone.Id}";

        Add("title", Prose(v.Title));
        Add("shortName", v.ShortName);
        Add("reference", v.Reference);
        Add("campaign", v.Campaign);
        Add("natoBody", v.NatoBody?.En);
        Add("division", Prose(v.Division));
        Add("about", Proses(v.About));
        // Units without an abbreviation are a judgement call when reading a notice; by presence, compare the abbreviated ones.
        Add("units", proseByContent
            ? (v.Units.Count == 0 ? null : string.Join(" | ", v.Units.Select(u => u.Abbreviation is null ? u.Name.En : $"{u.Name.En} ({u.Abbreviation})")))
            : (v.Units.Any(u => u.Abbreviation is not null) ? string.Join(", ", v.Units.Select(u => u.Abbreviation).OfType<string>().Order(StringComparer.Ordinal)) : null));
        Add("tasks", Proses(v.Tasks));
        Add("learningOutcomes", Proses(v.LearningOutcomes));
        Add("location", Prose(v.Location));
        Add("schedule", v.Schedule?.ToString());
        Add("grade", v.Grade);
        Add("clearanceLevel", v.ClearanceLevel);
        Add("deadline", Zoned(v.Deadline.LastMinute));
        if (v.InfoSession is { } s)
        {
            Add("infoSession", Zoned(s.Start));
            Add("infoSession.zoneLabelInNotice", s.ZoneLabelInNotice);
            Add("infoSession.registrationUrl", s.RegistrationUrl?.OriginalString);
        }

        if (v.Offer is { } o)
        {
            Add("offer.place", Prose(o.Place));
            Add("offer.durationMonths", o.DurationMonths?.ToString(CultureInfo.InvariantCulture));
            Add("offer.startPeriods", o.StartPeriods.Count == 0 ? null : string.Join(", ", o.StartPeriods.Select(p => p.ToString("yyyy-MM", CultureInfo.InvariantCulture))));
            Add("offer.fullTime", o.FullTime?.ToString());
            Add("offer.weeklyHours", o.WeeklyHours?.ToString(CultureInfo.InvariantCulture));
            Add("offer.grant", o.Grant is { } g ? $"{g.Amount.ToString(CultureInfo.InvariantCulture)} {g.Currency ?? "(no currency)"} {g.Period}" : null);
            Add("offer.travelReimbursement", Prose(o.TravelReimbursement));
            Add("offer.telework", Prose(o.Telework));
            Add("offer.staffCentre", Prose(o.StaffCentre));
            Add("offer.activities", Prose(o.Activities));
        }

        var sel = v.Selection;
        Add("selection.applicationLimit", sel.ApplicationLimit?.ToString(CultureInfo.InvariantCulture));
        Add("selection.essential", Criteria(sel.Essential));
        Add("selection.desirable", Criteria(sel.Desirable));
        Add("selection.competencies", sel.Competencies.Count == 0 ? null : string.Join(", ", sel.Competencies.Select(c => c.Name.En)));
        if (v.Documents is { } d)
        {
            Add("documents.required", string.Join(", ", d.Required.Select(r => r.Type)));
            Add("documents.acceptedLanguages", string.Join(", ", d.AcceptedLanguages));
            Add("documents.languagesPreferred", d.LanguagesPreferred.ToString());
            Add("documents.selfTranslationAccepted", d.SelfTranslationAccepted.ToString());
            Add("documents.checkedByInternshipOffice", d.CheckedByInternshipOffice.ToString());
        }

        var p = v.Policies;
        Add("policies.generativeAi", Prose(p.GenerativeAi));
        Add("policies.enquiries", Prose(p.Enquiries));
        Add("policies.updatesAfterDeadline", Prose(p.UpdatesAfterDeadline));
        Add("policies.candidatePool", Prose(p.CandidatePool));
        Add("policies.reasonableAccommodation", Prose(p.ReasonableAccommodation));
        Add("policies.diversity", p.Diversity is null ? null : proseByContent ? p.Diversity.En : Encouraged(p.Diversity.En));
        Add("policies.integrity", Prose(p.Integrity));
        Add("policies.accuracy", Prose(p.Accuracy));
        Add("policies.moreInformation", Prose(p.MoreInformation));
        return facts;
    }

    /// <summary>Fields whose values differ between two entries: (field, before, after); absent is "".</summary>
    public static IReadOnlyList<(string Field, string Before, string After)> Diff(Vacancy before, Vacancy after)
    {
        var a = Flatten(before, proseByContent: true).ToDictionary(f => f.Field, f => f.Value);
        var b = Flatten(after, proseByContent: true).ToDictionary(f => f.Field, f => f.Value);
        return a.Keys.Union(b.Keys)
            .Select(k => (k, a.GetValueOrDefault(k, ""), b.GetValueOrDefault(k, "")))
            .Where(x => x.Item2 != x.Item3)
            .ToList();
    }

    // Notices differ in whom they encourage to apply: women, or women and candidates living with a disability.
    private static string Encouraged(string diversity)
    {
        var i = diversity.IndexOf("encourage", StringComparison.OrdinalIgnoreCase);
        return i >= 0 && diversity[i..].Contains("disabilit", StringComparison.OrdinalIgnoreCase)
            ? "stated (women and candidates with a disability encouraged)"
            : "stated (women encouraged)";
    }

    private static string? Criteria(IReadOnlyList<Criterion> criteria) => criteria.Count == 0 ? null : string.Join("; ", criteria.Select(c =>
        Json.JsonNames.Camel(c.Kind) +
        (c.MinimumAge is { } a ? $" {a}" : "") +
        (c.MinimumStudyYears is { } y ? $" {y}y" : "") +
        (c.RecentGraduateMonths is { } m ? $" {m}m" : "") +
        (c.Languages.Count > 0 ? $" {string.Join("/", c.Languages)}" : "") +
        (c.Kind == CriterionKind.Other ? $" \"{c.Text.En}\"" : "")));
}
