using System.Text.RegularExpressions;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Core.Import.ImportText;

namespace InternBot.Core.Import;

/// <summary>Title, short name, reference, NATO body and division: from the title line, else from the unit the tasks are about.</summary>
internal sealed partial class IdentityStep(NoticeDocument doc) : ImportStep(doc)
{
    public Step<NoticeIdentity> Read(HeaderFields header)
    {
        var (title, shortName, reference, body, division) = Identity(header);
        return Complete(new NoticeIdentity(title, shortName, reference, body, division));
    }

    private sealed record Acronym(string Letters, string Expansion, NoticeLine Line);

    private (LocalizedText? Title, string? ShortName, string? Reference, LocalizedText? NatoBody, LocalizedText? Division) Identity(
        HeaderFields header)
    {
        var acronyms = Acronyms();
        NoticeLine? titleLine = Doc.Lines.Take(15).FirstOrDefault(l => TitleLinePattern().IsMatch(l.Text));
        string? reference = null;
        LocalizedText? body = null;
        string? shortName = null;
        LocalizedText? title = null;
        LocalizedText? division = null;

        if (header.Find("nato body", "organisation", "organization") is (var bodyText, var bodyLine))
        {
            body = En(Regex.Replace(bodyText, @"\(NATO\s+", "(", RegexOptions.IgnoreCase));
            Found("natoBody", body.En, [bodyLine]);
        }

        if (titleLine is not null)
        {
            Take(titleLine.Number);
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
            var tasks = Join(Doc.In(NoticeSection.Tasks));
            var best = acronyms.GroupBy(a => a.Letters)
                .Select(g => (g.First(), Score: 3 * Count(tasks, g.Key) + Count(Join(Doc.Lines), g.Key)))
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
            if (header.Find("reference", "vacancy number", "reference number", "job id") is (var refText, var refLine) && Regex.Match(refText, @"\d{4,8}") is { Success: true } m)
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
        foreach (var line in Doc.Lines)
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
}
