using System.Text.RegularExpressions;
using InternBot.Core.Vacancies;
using static InternBot.Core.Import.ImportText;

namespace InternBot.Core.Import;

/// <summary>Sections, branches, teams and units named with an abbreviation, with their description when a line gives one.</summary>
internal sealed partial class UnitsStep(NoticeDocument doc) : ImportStep(doc)
{
    /// <param name="shortName">The recruiting division's abbreviation: not a unit of its own.</param>
    public Step<List<OrganisationalUnit>> Read(string shortName) => Complete(Units(shortName));

    private List<OrganisationalUnit> Units(string shortName)
    {
        var units = new List<OrganisationalUnit>();
        foreach (var line in Doc.Lines.Where(l => l.Section is NoticeSection.Preamble or NoticeSection.Description or NoticeSection.Tasks))
        {
            // "Section 1: Digital Strategy and Policy Branch (DSP): does..." or "... (DSI) is an integrated team..."
            if (SectionPattern().Match(line.Text) is { Success: true } s)
            {
                Add(s.Groups[1].Value.Trim(), s.Groups[2].Value, s.Groups[3].Value.TrimStart(':', ' '), line);
                continue;
            }

            foreach (Match m in UnitPattern().Matches(line.Text))
            {
                var name = Regex.Replace(m.Groups[1].Value, @"^(?:(?:the|our|in|within|to|join|of)\s+)+", "", RegexOptions.IgnoreCase).Trim();
                var word = m.Groups[3].Value;
                var abbreviation = m.Groups[2].Value;
                var endsWithUnitWord = Regex.IsMatch(name, UnitWords + "$");
                if (!endsWithUnitWord && word.Length == 0)
                {
                    continue;
                }

                if (abbreviation == shortName && Regex.IsMatch(name + " " + word, @"Division|Directorate|Office\b"))
                {
                    continue; // the recruiting division itself
                }

                var start = m.Index == 0 || line.Text[..m.Index].Trim().Length < 20;
                Add(word.Length > 0 ? $"{name} {word}" : name, abbreviation, start ? line.Text : null, line);
            }
        }

        if (units.Count == 0)
        {
            NotStated("units", "no section, branch, team or unit with an abbreviation was found.");
        }
        else
        {
            Found("units", string.Join(", ", units.Select(u => u.Abbreviation)), Doc.Lines.Where(l => units.Any(u => l.Text.Contains($"({u.Abbreviation})", StringComparison.Ordinal))),
                "unit descriptions are the notice's text: rewrite them in your own words.");
        }

        return units;

        void Add(string name, string abbreviation, string? description, NoticeLine line)
        {
            if (units.All(u => u.Abbreviation != abbreviation))
            {
                units.Add(new OrganisationalUnit(En(name), abbreviation, description is { Length: > 0 } ? En(description) : null));
                if (description is { Length: > 0 })
                {
                    Take(line.Number);
                }
            }
        }
    }

    private const string UnitWords = @"\b(?:Section|Branch|Team|Unit|Services?|Cell|Centre|Center|Directorate|Division|Office)";

    [GeneratedRegex(@"^Section\s+\d+\s*:\s*(.+?)\s*\(([A-Z]{2,6})\)\s*(.*)$")]
    private static partial Regex SectionPattern();

    [GeneratedRegex(@"((?:[A-Z][\w'’&/-]*|and|of|the|for|in|our)(?:\s+(?:[A-Z][\w'’&/-]*|and|of|the|for))*)\s*\(([A-Z]{2,6})\)(?:\s+(Section|Branch|Team|Unit|Services?|Cell|Centre|Center|Directorate|Division))?")]
    private static partial Regex UnitPattern();
}
