using System.Globalization;
using System.Text.RegularExpressions;
using InternBot.Core.Eligibility;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Import;

/// <summary>Title, short name, reference, NATO body, division, deadline and the other header facts.</summary>
public sealed partial class NoticeImporter
{
    private sealed record Acronym(string Letters, string Expansion, NoticeLine Line);

    private (LocalizedText? Title, string? ShortName, string? Reference, LocalizedText? NatoBody, LocalizedText? Division) Identity(
        Dictionary<string, (string Value, NoticeLine Line)> header)
    {
        var acronyms = Acronyms();
        NoticeLine? titleLine = _doc.Lines.Take(15).FirstOrDefault(l => TitleLinePattern().IsMatch(l.Text));
        string? reference = null;
        LocalizedText? body = null;
        string? shortName = null;
        LocalizedText? title = null;
        LocalizedText? division = null;

        if (Header(header, "nato body", "organisation", "organization") is (var bodyText, var bodyLine))
        {
            body = En(Regex.Replace(bodyText, @"\(NATO\s+", "(", RegexOptions.IgnoreCase));
            Found("natoBody", body.En, [bodyLine]);
        }

        if (titleLine is not null)
        {
            _consumed.Add(titleLine.Number);
            var rest = TitleLinePattern().Match(titleLine.Text).Groups[1].Value.Trim();
            rest = Regex.Replace(rest, @"\s*[-–]\s*Vacancy Notice\s*$", "", RegexOptions.IgnoreCase).Trim(' ', '-', '–');
            if (ReferencePattern().Match(rest) is { Success: true } r)
            {
                reference = r.Groups[1].Value;
                rest = rest[..r.Index].Trim();
            }

            // "International Military Staff, NATO Digital Staff": the first part names the NATO body.
            var parts = rest.Split(", ", 2);
            if (parts.Length == 2 && KnownBodies.Any(b => parts[0].Equals(b, StringComparison.OrdinalIgnoreCase)))
            {
                if (body is null)
                {
                    body = En(parts[0]);
                    Found("natoBody", body.En, [titleLine], "from the title");
                }

                rest = parts[1];
            }

            shortName = InParentheses().Match(rest) is { Success: true } p ? p.Groups[1].Value
                : AcronymOnly().IsMatch(rest) ? rest
                : acronyms.Where(a => Contains(rest, a.Expansion)).OrderByDescending(a => a.Expansion.Length).FirstOrDefault()?.Letters;
            var expansion = shortName is null ? null : acronyms.FirstOrDefault(a => a.Letters == shortName);
            var divisionText = AcronymOnly().IsMatch(rest) && expansion is not null ? $"{expansion.Expansion} ({shortName})"
                : shortName is not null && !rest.Contains($"({shortName})", StringComparison.Ordinal) && expansion is not null && Contains(rest, expansion.Expansion)
                    ? rest.Replace(expansion.Expansion, $"{expansion.Expansion} ({shortName})", StringComparison.OrdinalIgnoreCase)
                    : rest;
            division = En(divisionText);
            title = En((parts.Length == 2 && body is not null ? $"{parts[0]} – {divisionText}" : divisionText) + " internship");
            Found("title", title.En, [titleLine]);
            Found("division", division.En, [titleLine, .. expansion is null ? Array.Empty<NoticeLine>() : [expansion.Line]]);
        }
        else if (acronyms.Count > 0)
        {
            // No title line: the unit the tasks talk about ("The OCIO intern...") is the one that recruits.
            var tasks = Join(_doc.In(NoticeSection.Tasks));
            var best = acronyms.GroupBy(a => a.Letters)
                .Select(g => (g.First(), Score: 3 * Count(tasks, g.Key) + Count(Join(_doc.Lines), g.Key)))
                .OrderByDescending(x => x.Score).First().Item1;
            shortName = best.Letters;
            titleLine = best.Line;
            division = En($"{best.Expansion} ({best.Letters})");
            title = En($"{best.Expansion} ({best.Letters}) internship");
            Doubtful("title", title.En, [best.Line], "the notice has no title line; the title was built from the unit its tasks are about. Check it.");
            Doubtful("division", division.En, [best.Line], "taken from the unit the tasks are about.");
        }
        else
        {
            Missing("title", "no title line ('NATO Internship - ...') and no unit name with an abbreviation, such as 'Knowledge Management (KM)', was found.");
        }

        if (shortName is not null)
        {
            Found("shortName", shortName, [titleLine!]);
        }
        else if (title is not null)
        {
            Missing("shortName", "no abbreviation for the unit was found (such as 'NATO Digital Staff (NDS)').");
        }

        if (reference is null)
        {
            if (Header(header, "reference", "vacancy number", "reference number", "job id") is (var refText, var refLine) && Regex.Match(refText, @"\d{4,8}") is { Success: true } m)
            {
                reference = m.Value;
                Found("reference", reference, [refLine]);
            }
            else
            {
                NotStated("reference", "the notice prints no reference number.");
            }
        }
        else
        {
            Found("reference", reference, [titleLine!]);
        }

        if (body is null)
        {
            NotStated("natoBody", "the notice does not name the NATO body.");
        }

        return (title, shortName, reference, body, division);
    }

    private static readonly string[] KnownBodies = ["International Military Staff", "International Staff", "NATO International Staff", "NATO IMS", "NATO IS"];

    private List<Acronym> Acronyms()
    {
        var list = new List<Acronym>();
        foreach (var line in _doc.Lines)
        {
            foreach (Match m in AcronymPattern().Matches(line.Text))
            {
                var letters = m.Groups[2].Value;
                var words = Regex.Replace(m.Groups[1].Value, @"^(?:(?:the|of|and|for|in|our|to|join|within)\s+)+", "", RegexOptions.IgnoreCase).Trim();
                var expansion = ShortestMatching(words, letters);
                if (expansion is not null && letters != "NATO")
                {
                    list.Add(new Acronym(letters, expansion, line));
                }
            }
        }

        return list;
    }

    /// <summary>The shortest tail of the words whose capitalised initials spell the abbreviation ("NATO Chief Information Officer" -> "Chief Information Officer" for CIO).</summary>
    private static string? ShortestMatching(string words, string letters)
    {
        var tokens = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var start = tokens.Length - 1; start >= 0; start--)
        {
            var tail = tokens[start..];
            if (!char.IsUpper(tail[0][0]))
            {
                continue;
            }

            var initials = string.Concat(tail.Where(t => char.IsUpper(t[0])).Select(t => t[0]));
            if (initials.Equals(letters, StringComparison.Ordinal) || (letters.Length >= 3 && IsSubsequence(letters, initials) && initials.Length <= letters.Length + 1))
            {
                return string.Join(' ', tail);
            }
        }

        return null;
    }

    private static bool IsSubsequence(string needle, string hay)
    {
        var i = 0;
        foreach (var c in hay)
        {
            if (i < needle.Length && needle[i] == c)
            {
                i++;
            }
        }

        return i == needle.Length;
    }

    private static bool Contains(string text, string phrase) => NoticeDocument.Key(text).Contains(NoticeDocument.Key(phrase), StringComparison.Ordinal);

    private static int Count(string text, string word) => Regex.Count(text, $@"\b{Regex.Escape(word)}\b");

    // ---- deadline

    private ZonedDateTime? Deadline(Dictionary<string, (string Value, NoticeLine Line)> header)
    {
        // "Apply until 22 June 2025 at 23.59, Brussels time" beats a bare header date: it has the time and zone.
        var candidates = _doc.Lines
            .Where(l => l.Section != NoticeSection.InfoSession && DeadlineWords().IsMatch(l.Text) && TextPatterns.Dates(l.Text).Count > 0)
            .ToList();
        var sentence = candidates.FirstOrDefault(l => TextPatterns.Time(TextAfterDate(l.Text)) is not null) ?? candidates.FirstOrDefault();
        var headerField = Header(header, "application deadline", "closing date", "deadline");
        var headerDate = headerField is (var hv, _) ? TextPatterns.Dates(hv) is { Count: > 0 } hd ? hd[0] : null : null;
        var sentenceDate = sentence is null ? null : TextPatterns.Dates(sentence.Text)[0];
        var chosen = sentenceDate ?? headerDate;
        if (chosen is null)
        {
            Missing("deadline", "no application deadline was found (looked for 'Apply until', 'Application Deadline', 'Closing date' and 'Deadline' with a date).");
            return null;
        }

        var lines = new List<NoticeLine>();
        if (sentence is not null)
        {
            lines.Add(sentence);
        }

        if (headerField is (_, var headerLine) && headerLine != sentence)
        {
            lines.Add(headerLine);
        }

        var notes = new List<string>();
        if (sentenceDate is not null && headerDate is not null && sentenceDate.Date != headerDate.Date)
        {
            notes.Add($"the header says {headerDate.Date:yyyy-MM-dd} but the text says {sentenceDate.Date:yyyy-MM-dd}; the text was used");
        }

        if (chosen.DayFirstDigits && chosen.Date.Day <= 12)
        {
            notes.Add("a numeric date was read day first (dd/mm/yyyy), as NATO notices write dates");
        }

        var timeSource = sentence?.Text ?? headerField?.Item1 ?? "";
        var time = TextPatterns.Time(TextAfterDate(timeSource)) ?? (headerField is (var h, _) ? TextPatterns.Time(TextAfterDate(h)) : null);
        if (time is null)
        {
            notes.Add("no time was given; 23:59 was assumed");
            time = new TimeOnly(23, 59);
        }

        var zone = TextPatterns.Zone(sentence?.Text ?? "") ?? TextPatterns.Zone(headerField?.Item1 ?? "");
        if (zone is null)
        {
            notes.Add("no time zone was given; Brussels time was assumed");
            zone = ("Europe/Brussels", "");
        }

        var local = chosen.Date.ToDateTime(time.Value);
        var value = $"{local:yyyy-MM-dd HH:mm} {zone.Value.ZoneId}";
        if (notes.Count > 0)
        {
            Doubtful("deadline", value, lines, string.Join("; ", notes) + ".");
        }
        else
        {
            Found("deadline", value, lines);
        }

        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone.Value.ZoneId);
        Found("campaign", "closing-" + chosen.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), lines, "named after the closing date; change it if the notice belongs to a campaign with another name.");
        return new ZonedDateTime(local, tz);
    }

    /// <summary>The text after the first date, so "22-Jun-2025" is not read as a time.</summary>
    private static string TextAfterDate(string text)
    {
        var dates = TextPatterns.Dates(text);
        var first = dates.Count > 0 ? dates[0] : null;
        return first is null ? text : text[(first.Index + first.Length)..];
    }

    // ---- other header facts

    private LocalizedText? Location(Dictionary<string, (string Value, NoticeLine Line)> header)
    {
        if (Header(header, "primary location", "location", "duty station") is (var value, var line))
        {
            var parts = value.Split('-', 2, StringSplitOptions.TrimEntries);
            var text = parts.Length == 2 && Countries.Find(parts[0]) is not null ? $"{parts[1]}, {parts[0]}" : value;
            Found("location", text, [line]);
            return En(text);
        }

        // A line that is only a country name near the top (exports render the location pin as an emoji).
        var countryLine = _doc.Lines.Take(6).FirstOrDefault(l => Countries.Find(l.Text) is not null);
        var place = _doc.In(NoticeSection.Offer).Select(l => (l, m: HeadquartersPattern().Match(l.Text))).FirstOrDefault(x => x.m.Success);
        if (place.m is { Success: true })
        {
            var text = $"NATO Headquarters, {place.m.Groups[1].Value}" + (countryLine is null ? "" : $", {Countries.Find(countryLine.Text)!.Name.En}");
            Found("location", text, countryLine is null ? [place.l] : [countryLine, place.l]);
            return En(text);
        }

        if (countryLine is not null)
        {
            Found("location", countryLine.Text, [countryLine]);
            return En(countryLine.Text);
        }

        Missing("location", "no 'Primary Location', no place in the offer and no country line was found.");
        return null;
    }

    private WorkSchedule? Schedule(Dictionary<string, (string Value, NoticeLine Line)> header)
    {
        if (Header(header, "schedule") is not (var value, var line))
        {
            NotStated("schedule", "the notice has no 'Schedule' field (the offer may still say full-time).");
            return null;
        }

        var key = NoticeDocument.Key(value);
        WorkSchedule? schedule = key.Contains("full", StringComparison.Ordinal) ? WorkSchedule.FullTime : key.Contains("part", StringComparison.Ordinal) ? WorkSchedule.PartTime : null;
        if (schedule is null)
        {
            Doubtful("schedule", value, [line], "not read as full-time or part-time; left out.");
        }
        else
        {
            Found("schedule", schedule.Value.ToString(), [line]);
        }

        return schedule;
    }

    private string? Grade(Dictionary<string, (string Value, NoticeLine Line)> header)
    {
        if (Header(header, "grade") is (var value, var line))
        {
            Found("grade", value, [line]);
            return value;
        }

        NotStated("grade", "the notice states no grade.");
        return null;
    }

    private string? Clearance(Dictionary<string, (string Value, NoticeLine Line)> header)
    {
        if (Header(header, "clearance level", "security clearance") is not (var value, var line))
        {
            NotStated("clearanceLevel", "the notice states no clearance level.");
            return null;
        }

        var key = NoticeDocument.Key(value).ToUpperInvariant();
        var code = ClearanceLevels.IsKnown(key) ? key
            : key.Contains("COSMIC", StringComparison.Ordinal) ? "CTS"
            : key.Contains("SECRET", StringComparison.Ordinal) ? "NS"
            : key.Contains("CONFIDENTIAL", StringComparison.Ordinal) ? "NC"
            : key.Contains("RESTRICTED", StringComparison.Ordinal) ? "NR"
            : key.Contains("UNCLASSIFIED", StringComparison.Ordinal) ? "NU"
            : null;
        if (code is null)
        {
            Doubtful("clearanceLevel", value, [line], "not a NATO clearance level this importer knows (NU, NR, NC, NS, CTS); left out.");
            return null;
        }

        Found("clearanceLevel", code, [line]);
        return code;
    }

    [GeneratedRegex(@"^(?:NATO\s+)?Internship(?:\s+Call)?\s*[-–:]\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleLinePattern();

    [GeneratedRegex(@"\((\d{5,8})\)\s*$")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"\(([A-Z]{2,6})\)")]
    private static partial Regex InParentheses();

    [GeneratedRegex(@"^[A-Z]{2,6}$")]
    private static partial Regex AcronymOnly();

    [GeneratedRegex(@"((?:[A-Z][\w'’&/-]*|and|of|the|for|in)(?:\s+(?:[A-Z][\w'’&/-]*|and|of|the|for|in))*)\s*\(([A-Z]{2,6})\)")]
    private static partial Regex AcronymPattern();

    [GeneratedRegex(@"apply\s+(?:until|by|before)|deadline|closing\s+date|applications?\s+close|date\s+limite|submit\s+.*\bby\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineWords();

    [GeneratedRegex(@"NATO\s+Headquarters,?\s+(?:in\s+)?([A-Z][a-z]+)")]
    private static partial Regex HeadquartersPattern();
}
