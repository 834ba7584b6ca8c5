using System.Text.RegularExpressions;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Core.Import.ImportText;

namespace InternBot.Core.Import;

/// <summary>The info session: when (assumptions reported), where to register, whether it is a webinar.</summary>
internal sealed partial class InfoSessionStep(NoticeDocument doc) : ImportStep(doc)
{
    public Step<InfoSession?> Read() => Complete(InfoSession());

    private InfoSession? InfoSession()
    {
        var lines = Doc.In(NoticeSection.InfoSession).ToList();
        var when = lines.FirstOrDefault(l => TextPatterns.Dates(l.Text).Count > 0);
        if (when is null)
        {
            NotStated("infoSession", lines.Count == 0 ? "the notice announces no info session." : "an info session is announced without a date.");
            return null;
        }

        var date = TextPatterns.Dates(when.Text)[0].Date;
        var notes = new List<string>();
        var time = TextPatterns.Time(TextAfterDate(when.Text));
        if (time is null)
        {
            notes.Add("no time was given; 12:00 was written so a person can correct it");
        }

        var zone = TextPatterns.Zone(when.Text);
        var label = Regex.Match(when.Text, @"\b(CEST|CET|UTC|GMT)\b") is { Success: true } l ? l.Value : null;
        var zoneId = zone?.ZoneId ?? "Europe/Brussels";
        if (zone is null)
        {
            notes.Add("no time zone was given; Brussels time was assumed");
        }

        var local = date.ToDateTime(time ?? new TimeOnly(12, 0));
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        if (label == "CET" && tz.IsDaylightSavingTime(local) && zoneId == "Europe/Brussels")
        {
            notes.Add("the notice writes CET, but Brussels is on summer time (CEST, UTC+2) that day; the time was kept as Brussels local time");
        }

        var url = lines.Select(x => UrlPattern().Match(x.Text)).FirstOrDefault(m => m.Success);
        Report("infoSession", time is null || zone is null ? FieldStatus.Doubtful : FieldStatus.Found, $"{local:yyyy-MM-dd HH:mm} {zoneId}", lines, string.Join("; ", notes) + (notes.Count > 0 ? "." : ""));
        if (url is null)
        {
            NotStated("infoSession.registrationUrl", "the notice asks people to register but gives no link.");
        }
        else
        {
            Found("infoSession.registrationUrl", url.Value, lines.Where(x => x.Text.Contains(url.Value, StringComparison.Ordinal)));
        }

        var webinar = lines.Any(x => x.Text.Contains("webinar", StringComparison.OrdinalIgnoreCase));
        return new InfoSession(new ZonedDateTime(local, tz))
        {
            ZoneLabelInNotice = label,
            RegistrationUrl = url is null ? null : new Uri(url.Value),
            Description = webinar ? CanonicalTexts.Webinar : null,
        };
    }

    [GeneratedRegex(@"https?://\S+[^\s.,;)]")]
    private static partial Regex UrlPattern();
}
