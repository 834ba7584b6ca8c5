using System.Text.RegularExpressions;
using InternBot.Core.Eligibility;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Core.Import.ImportText;

namespace InternBot.Core.Import;

/// <summary>Location, schedule, grade and clearance level: header fields, with the location also read from the offer.</summary>
internal sealed class HeaderFactsStep(NoticeDocument doc) : ImportStep(doc)
{
    public Step<HeaderFacts> Read(HeaderFields header) =>
        Complete(new HeaderFacts(Location(header), Schedule(header), Grade(header), Clearance(header)));

    // ---- other header facts

    private LocalizedText? Location(HeaderFields header)
    {
        if (header.Find("primary location", "location", "duty station") is (var value, var line))
        {
            var parts = value.Split('-', 2, StringSplitOptions.TrimEntries);
            var text = parts.Length == 2 && Countries.Find(parts[0]) is not null ? $"{parts[1]}, {parts[0]}" : value;
            Found("location", text, [line]);
            return En(text);
        }

        // A line that is only a country name near the top (exports render the location pin as an emoji).
        var countryLine = Doc.Lines.Take(6).FirstOrDefault(l => Countries.Find(l.Text) is not null);
        var place = Doc.In(NoticeSection.Offer).Select(l => (l, m: HeadquartersPattern().Match(l.Text))).FirstOrDefault(x => x.m.Success);
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

    private WorkSchedule? Schedule(HeaderFields header)
    {
        if (header.Find("schedule") is not (var value, var line))
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

    private string? Grade(HeaderFields header)
    {
        if (header.Find("grade") is (var value, var line))
        {
            Found("grade", value, [line]);
            return value;
        }

        NotStated("grade", "the notice states no grade.");
        return null;
    }

    private string? Clearance(HeaderFields header)
    {
        if (header.Find("clearance level", "security clearance") is not (var value, var line))
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
}
