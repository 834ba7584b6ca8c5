using System.Globalization;
using System.Text.RegularExpressions;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Core.Import.ImportText;

namespace InternBot.Core.Import;

/// <summary>The application deadline (date, time, zone; assumptions reported) and the campaign named after it.</summary>
internal sealed partial class DeadlineStep(NoticeDocument doc) : ImportStep(doc)
{
    public Step<NoticeDeadline?> Read(HeaderFields header) => Complete(Deadline(header));

    // ---- deadline

    private NoticeDeadline? Deadline(HeaderFields header)
    {
        // "Apply until 22 June 2025 at 23.59, Brussels time" beats a bare header date: it has the time and zone.
        var candidates = Doc.Lines
            .Where(l => l.Section != NoticeSection.InfoSession && DeadlineWords().IsMatch(l.Text) && TextPatterns.Dates(l.Text).Count > 0)
            .ToList();
        var sentence = candidates.FirstOrDefault(l => TextPatterns.Time(TextAfterDate(l.Text)) is not null) ?? candidates.FirstOrDefault();
        var headerField = header.Find("application deadline", "closing date", "deadline");
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
        var campaign = "closing-" + chosen.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Found("campaign", campaign, lines, "named after the closing date; change it if the notice belongs to a campaign with another name.");
        return new NoticeDeadline(new ZonedDateTime(local, tz), campaign);
    }

    [GeneratedRegex(@"apply\s+(?:until|by|before)|deadline|closing\s+date|applications?\s+close|date\s+limite|submit\s+.*\bby\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineWords();
}
