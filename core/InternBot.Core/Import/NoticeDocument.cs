using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace InternBot.Core.Import;

/// <summary>
/// A notice as published, cleaned up line by line (markdown bold and links, bullets written "-", "•", "1." or
/// ";", tabs, emoji) and cut into sections by its headings, including headings it has not seen before but that
/// look like headings ("Essential criteria", "Closing date").
/// </summary>
public sealed partial class NoticeDocument
{
    private NoticeDocument(IReadOnlyList<NoticeLine> lines) => Lines = lines;

    public IReadOnlyList<NoticeLine> Lines { get; }

    /// <summary>Headings that named a section, with the section they opened.</summary>
    public IReadOnlyList<(NoticeLine Line, NoticeSection Section)> Headings { get; private init; } = [];

    public IEnumerable<NoticeLine> In(NoticeSection section) => Lines.Where(l => l.Section == section);

    public static NoticeDocument Parse(string text)
    {
        var lines = new List<NoticeLine>();
        var headings = new List<(NoticeLine, NoticeSection)>();
        var section = NoticeSection.Preamble;
        var number = 0;
        var registerSeen = false;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            number++;
            var markdownHeading = raw.TrimStart().StartsWith('#');
            var (clean, bullet) = Clean(raw.TrimStart().TrimStart('#'));
            if (clean.Length == 0)
            {
                continue;
            }

            // The info-session block has no closing heading: it ends after its registration line (and link).
            if (section == NoticeSection.InfoSession && registerSeen && !clean.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                section = NoticeSection.Description;
            }

            registerSeen = section == NoticeSection.InfoSession && clean.Contains("register", StringComparison.OrdinalIgnoreCase);

            if (!bullet && HeadingOf(clean) is { } heading)
            {
                section = heading;
                var line = new NoticeLine(number, clean, false, section);
                headings.Add((line, heading));
                lines.Add(line);
                continue;
            }

            // A markdown heading we do not know ("## Closing date") still ends the section before it.
            if (markdownHeading && lines.Count > 0)
            {
                section = NoticeSection.Other;
                var line = new NoticeLine(number, clean, false, section);
                headings.Add((line, section));
                lines.Add(line);
                continue;
            }

            lines.Add(new NoticeLine(number, clean, bullet, section));
        }

        return new NoticeDocument(lines) { Headings = headings };
    }

    /// <summary>The section a heading line opens, or null when the line is not a heading.</summary>
    internal static NoticeSection? HeadingOf(string line)
    {
        var key = Key(line);
        if (key.Length == 0 || key.Length > 60)
        {
            return null;
        }

        // "Essential:" / "Essential criteria" / "WHAT DO WE OFFER?" - the whole line is the heading.
        foreach (var (section, phrases) in HeadingPhrases)
        {
            if (phrases.Any(p => key == p))
            {
                return section;
            }
        }

        // "INFO-SESSION ON THE VACANCY AND RECRUITMENT PROCESS", "Desirable requirements for the role:".
        var endsLikeHeading = line.TrimEnd().EndsWith(':') || line.TrimEnd().EndsWith('?') || string.Equals(line.ToUpperInvariant(), line, StringComparison.Ordinal);
        if (key.Split(' ').Length <= 8 && endsLikeHeading)
        {
            foreach (var (section, phrases) in HeadingPhrases)
            {
                if (phrases.Any(p => key.StartsWith(p + " ", StringComparison.Ordinal)))
                {
                    return section;
                }
            }
        }

        return null;
    }

    private static readonly (NoticeSection Section, string[] Phrases)[] HeadingPhrases =
    [
        (NoticeSection.InfoSession, ["info session", "infosession", "information session", "info session on the vacancy and recruitment process"]),
        (NoticeSection.Tasks, ["how the daily work will look like", "how will the daily work look like", "daily work", "tasks", "main tasks", "key tasks", "your tasks", "duties", "main duties", "responsibilities", "main responsibilities", "key responsibilities", "what you will do", "your role", "the role"]),
        (NoticeSection.Offer, ["what do we offer", "what we offer", "we offer", "our offer", "what does nato offer", "benefits", "conditions of the internship"]),
        (NoticeSection.Selection, ["selection criteria", "requirements", "eligibility", "eligibility criteria", "who can apply", "qualifications"]),
        (NoticeSection.Essential, ["essential", "essential criteria", "essential requirements", "essential qualifications", "minimum requirements", "mandatory requirements", "minimum qualifications"]),
        (NoticeSection.Desirable, ["desirable", "desirable criteria", "desirable requirements", "desirable qualifications", "preferred qualifications", "assets", "nice to have", "advantageous"]),
        (NoticeSection.Competencies, ["competencies required", "competencies", "competences", "core competencies", "required competencies"]),
        (NoticeSection.Values, ["our values", "values", "diversity and inclusion"]),
        (NoticeSection.SpecialNotice, ["special notice", "additional information", "important information", "how to apply", "application process"]),
        (NoticeSection.Description, ["description", "about the role", "about us", "background", "context"]),
    ];

    /// <summary>Lower case, accents and punctuation removed: "How the daily work will look like?" -> "how the daily work will look like".</summary>
    internal static string Key(string line)
    {
        var sb = new StringBuilder(line.Length);
        foreach (var c in line.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return SpacesPattern().Replace(sb.ToString(), " ").Trim();
    }

    private static (string Text, bool Bullet) Clean(string raw)
    {
        var s = raw.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
        s = MarkdownLinkPattern().Replace(s, m => m.Groups[2].Value is "#" or "" ? m.Groups[1].Value : $"{m.Groups[1].Value} ({m.Groups[2].Value})");
        s = new string(s.Where(c => !char.IsSurrogate(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.OtherSymbol).ToArray());
        s = SpacesPattern().Replace(s.Replace('\t', ' ').Replace('\u00A0', ' '), " ").Trim();
        var bullet = false;
        var m2 = BulletPattern().Match(s);
        if (m2.Success)
        {
            bullet = true;
            s = s[m2.Length..].Trim();
        }

        return (s, bullet);
    }

    [GeneratedRegex(@"\[([^\]]*)\]\(([^)]*)\)")]
    private static partial Regex MarkdownLinkPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesPattern();

    // "- x", "• x", "* x", "– x", "1. x", "2) x", "; x" (an export that lost the bullet kept its separator).
    [GeneratedRegex(@"^(?:[-•*–·▪]\s+|\d{1,2}[.)]\s+|;\s*)")]
    private static partial Regex BulletPattern();
}
