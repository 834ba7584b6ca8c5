using System.Text.RegularExpressions;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Core.Import.ImportText;

namespace InternBot.Core.Import;

/// <summary>What the programme offers: place, duration, start periods, hours, grant and the perks it mentions.</summary>
internal sealed partial class OfferStep(NoticeDocument doc) : ImportStep(doc)
{
    /// <param name="header">The header, for a 'Salary' field when the offer states no grant.</param>
    /// <param name="readBefore">Lines earlier steps cited (the location may come from the offer): not reported again as not understood.</param>
    public Step<Offer?> Read(HeaderFields header, IReadOnlySet<int> readBefore) => Complete(Offer(header, readBefore));

    private Offer? Offer(HeaderFields header, IReadOnlySet<int> readBefore)
    {
        var lines = Doc.In(NoticeSection.Offer).Where(l => Doc.Headings.All(h => h.Line != l)).ToList();
        var salary = header.Find("salary pay basis", "salary", "grant");
        if (lines.Count == 0 && salary is null)
        {
            foreach (var field in OfferFields)
            {
                Missing(field, Doc.Headings.Any(h => h.Section == NoticeSection.Offer)
                    ? "the notice's 'What do we offer' section is empty."
                    : "the notice has no 'What do we offer' section.");
            }

            return null;
        }

        var offer = new Offer
        {
            Place = Place(lines),
            DurationMonths = Duration(lines),
            StartPeriods = Starts(lines),
            FullTime = FullTime(lines),
            WeeklyHours = Hours(lines),
            Grant = GrantOf(lines, salary),
            TravelReimbursement = Recognise(lines, "offer.travelReimbursement", TravelPattern(), CanonicalTexts.Travel),
            Telework = Recognise(lines, "offer.telework", TeleworkPattern(), CanonicalTexts.Telework),
            StaffCentre = Recognise(lines, "offer.staffCentre", StaffCentrePattern(), CanonicalTexts.StaffCentre(lines.Any(l => l.Text.Contains("membership", StringComparison.OrdinalIgnoreCase)))),
            Activities = Recognise(lines, "offer.activities", ActivitiesPattern(), CanonicalTexts.Activities),
        };

        // Lines an earlier step or this one cited are read; what is left was not understood.
    var unread = lines.Where(l => !readBefore.Contains(l.Number) && !Cited(l.Number)).ToList();
        if (unread.Count > 0)
        {
            Doubtful("offer.other", string.Join(" | ", unread.Select(l => l.Text)), unread, "these offer lines were not understood and are not in the entry; add them by hand if they matter.");
        }

        return offer;
    }

    private static readonly string[] OfferFields = ["offer.place", "offer.durationMonths", "offer.startPeriods", "offer.fullTime", "offer.weeklyHours", "offer.grant"];

    private LocalizedText? Place(List<NoticeLine> lines)
    {
        foreach (var line in lines)
        {
            if (HeadquartersPattern().Match(line.Text) is { Success: true } m)
            {
                Found("offer.place", $"NATO Headquarters, {m.Groups[1].Value}", [line]);
                return CanonicalTexts.Place(m.Groups[1].Value);
            }
        }

        Missing("offer.place", "the offer does not say where the internship takes place.");
        return null;
    }

    private int? Duration(List<NoticeLine> lines)
    {
        foreach (var line in lines)
        {
            if (DurationPattern().Match(line.Text) is { Success: true } m && TextPatterns.WholeNumber(m.Groups[1].Value) is { } n)
            {
                var months = m.Groups[2].Value.StartsWith("y", StringComparison.OrdinalIgnoreCase) ? n * 12 : n;
                Found("offer.durationMonths", months.ToString(System.Globalization.CultureInfo.InvariantCulture), [line]);
                return months;
            }
        }

        Missing("offer.durationMonths", "the offer states no duration (such as '6-month traineeship').");
        return null;
    }

    private List<DateOnly> Starts(List<NoticeLine> lines)
    {
        foreach (var line in lines)
        {
            var m = StartPattern().Match(line.Text);
            if (!m.Success)
            {
                continue;
            }

            // "March / September 2026", "September 2026 or March 2027": a month takes the next year written after it.
            var starts = new List<DateOnly>();
            var pending = new List<int>();
            foreach (Match w in Regex.Matches(m.Groups[1].Value, @"[A-Za-zéû]+|\d{4}"))
            {
                if (w.Value.Length == 4 && int.TryParse(w.Value, out var year))
                {
                    starts.AddRange(pending.Select(month => new DateOnly(year, month, 1)));
                    pending.Clear();
                }
                else if (TextPatterns.Month(w.Value) is { } month && w.Value.Length >= 3)
                {
                    pending.Add(month);
                }
            }

            if (starts.Count > 0)
            {
                var note = pending.Count > 0 ? "some months had no year and were left out." : "";
                Report("offer.startPeriods", pending.Count > 0 ? FieldStatus.Doubtful : FieldStatus.Found, string.Join(", ", starts.Select(s => s.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))), [line], note);
                return starts;
            }
        }

        Missing("offer.startPeriods", "the offer states no start period (such as 'starting in March / September 2026').");
        return [];
    }

    private bool? FullTime(List<NoticeLine> lines)
    {
        var line = lines.FirstOrDefault(l => FullTimePattern().IsMatch(l.Text));
        if (line is not null)
        {
            var part = FullTimePattern().Match(line.Text).Value.StartsWith("part", StringComparison.OrdinalIgnoreCase);
            Found("offer.fullTime", part ? "false" : "true", [line]);
            return !part;
        }

        Missing("offer.fullTime", "the offer does not say full-time or part-time.");
        return null;
    }

    private decimal? Hours(List<NoticeLine> lines)
    {
        foreach (var line in lines)
        {
            if (HoursPattern().Match(line.Text) is { Success: true } m && TextPatterns.ParseNumber(m.Groups[1].Value) is { } hours)
            {
                Found("offer.weeklyHours", TextPatterns.ParseNumber(m.Groups[1].Value)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), [line]);
                return hours;
            }
        }

        Missing("offer.weeklyHours", "the offer states no weekly hours (such as '38 hours a week').");
        return null;
    }

    private Grant? GrantOf(List<NoticeLine> lines, (string Value, NoticeLine Line)? salary)
    {
        var line = lines.FirstOrDefault(l => GrantPattern().IsMatch(l.Text) && TextPatterns.Amounts(l.Text).Count > 0);
        var fromOffer = line is null ? null : PickAmount(line.Text[GrantPattern().Match(line.Text).Index..]);
        var fromHeader = salary is (var text, _) ? PickAmount(text) : null;
        var chosen = fromOffer ?? fromHeader;
        if (chosen is null)
        {
            Missing("offer.grant", "no grant amount was found in the offer or in a 'Salary' field.");
            return null;
        }

        var source = line is not null && fromOffer is not null ? line.Text : salary!.Value.Value;
        var period = PeriodOf(source) ?? (salary is (var s, _) ? PeriodOf(s) : null);
        var currency = chosen.Currency ?? fromHeader?.Currency;
        var lineList = new List<NoticeLine>();
        if (line is not null)
        {
            lineList.Add(line);
        }

        if (salary is (_, var salaryLine))
        {
            lineList.Add(salaryLine);
        }

        var notes = new List<string>();
        if (fromOffer is not null && fromHeader is not null && fromOffer.Amount != fromHeader.Amount)
        {
            notes.Add($"the header says {fromHeader.Written} but the offer says {fromOffer.Written}; the offer was used");
        }

        if (currency is null)
        {
            notes.Add($"'{chosen.Written}' has no currency sign, so the currency is left unknown");
        }

        if (period is null)
        {
            notes.Add("no period (monthly, weekly) was given; monthly was assumed");
        }

        var value = $"{chosen.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} {currency ?? "(no currency)"} {(period ?? GrantPeriod.Monthly).ToString().ToLowerInvariant()}";
        Report("offer.grant", notes.Count > 0 ? FieldStatus.Doubtful : FieldStatus.Found, value, lineList, notes.Count > 0 ? string.Join("; ", notes) + "." : "");
        return new Grant(chosen.Amount, currency, period ?? GrantPeriod.Monthly);
    }

    /// <summary>The grant among the numbers of a line: one with a currency, else one with cents or of three digits or more.</summary>
    private static TextPatterns.FoundAmount? PickAmount(string text)
    {
        var amounts = TextPatterns.Amounts(text);
        return amounts.FirstOrDefault(a => a.Currency is not null && a.Amount >= 10)
            ?? amounts.FirstOrDefault(a => a.Amount >= 100 && (a.Amount != decimal.Truncate(a.Amount) || a.Amount >= 100));
    }

    private static GrantPeriod? PeriodOf(string text) =>
        MonthlyPattern().IsMatch(text) ? GrantPeriod.Monthly : WeeklyPattern().IsMatch(text) ? GrantPeriod.Weekly : null;

    private LocalizedText? Recognise(List<NoticeLine> lines, string field, Regex pattern, LocalizedText canonical)
    {
        var line = lines.FirstOrDefault(l => pattern.IsMatch(l.Text));
        if (line is null)
        {
            // Perks such as telework or the Staff Centre vary by notice: their absence is not a gap.
            NotStated(field, "the offer does not mention it.");
            return null;
        }

        Found(field, "stated", [line], "recognised; written in the catalogue's own words.");
        return canonical;
    }

    [GeneratedRegex(@"\b" + TextPatterns.NumberToken + @"[\s-]*(months?|years?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"\b(?:starting|start(?:s|ing)?\s+(?:date|in|on)?|commencing|beginning)\b:?\s*(?:in|on|from)?\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex StartPattern();

    [GeneratedRegex(@"\b(?:full|part)[\s-]?time\b", RegexOptions.IgnoreCase)]
    private static partial Regex FullTimePattern();

    [GeneratedRegex(@"(\d{1,2}(?:[.,]\d)?)\s*(?:hours?|hrs?|h)\s*(?:a|per|/)\s*week", RegexOptions.IgnoreCase)]
    private static partial Regex HoursPattern();

    [GeneratedRegex(@"\b(?:grant|stipend|allowance|salary|remuneration|pay)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GrantPattern();

    [GeneratedRegex(@"\bmonthly\b|\bper\s+month\b|\ba\s+month\b|\bmensuel", RegexOptions.IgnoreCase)]
    private static partial Regex MonthlyPattern();

    [GeneratedRegex(@"\bweekly\b|\bper\s+week\b|\ba\s+week\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeeklyPattern();

    [GeneratedRegex(@"\btravel\b", RegexOptions.IgnoreCase)]
    private static partial Regex TravelPattern();

    [GeneratedRegex(@"\btele-?work", RegexOptions.IgnoreCase)]
    private static partial Regex TeleworkPattern();

    [GeneratedRegex(@"\bstaff\s+cent(?:re|er)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StaffCentrePattern();

    [GeneratedRegex(@"\bprogramme\s+of\s+activities\b|\bprogram\s+of\s+activities\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActivitiesPattern();
}
