using System.Text.RegularExpressions;
using InternBot.Core.Eligibility;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Import;

/// <summary>Reading helpers more than one import step uses.</summary>
internal static partial class ImportText
{
    public static LocalizedText En(string text) => new(text.Trim());

    public static string Join(IEnumerable<NoticeLine> lines) => string.Join(" ", lines.Select(l => l.Text));

    /// <summary>The text after the first date, so "22-Jun-2025" is not read as a time.</summary>
    public static string TextAfterDate(string text)
    {
        var dates = TextPatterns.Dates(text);
        var first = dates.Count > 0 ? dates[0] : null;
        return first is null ? text : text[(first.Index + first.Length)..];
    }

    /// <summary>Language names in a line, in order ("English/French" -> en, fr).</summary>
    public static List<string> LanguagesIn(string text) =>
        Regex.Matches(text, @"[A-Za-zçéè]{4,}").Select(m => SpokenLanguages.Find(m.Value)).OfType<string>().Distinct().ToList();

    public static IEnumerable<string> Sentences(string text) =>
        Regex.Split(text, @"(?<=[.!?])\s+(?=[A-Z])").Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>"NATO Headquarters in Brussels": where the internship takes place (the offer, and the location when no header names it).</summary>
    [GeneratedRegex(@"NATO\s+Headquarters,?\s+(?:in\s+)?([A-Z][a-z]+)")]
    public static partial Regex HeadquartersPattern();
}
