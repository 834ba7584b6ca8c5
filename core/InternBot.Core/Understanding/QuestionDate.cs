using System.Globalization;
using System.Text.RegularExpressions;
using InternBot.Core.Text;

namespace InternBot.Core.Understanding;

/// <summary>
/// A date a question sets for itself as "now", to answer "what could I still apply to then?": "we are in January 2026",
/// "on est début septembre 2025", "would it still have been open in mid-June 2025", "if I apply on 3 May 2025". A date
/// merely mentioned ("I graduated in July 2024", "the 22 June 2025 deadline") is not one. Month and year are required;
/// the day defaults to the 1st (early), 15th (mid) or 28th (late). Read as noon in Brussels.
/// </summary>
public static partial class QuestionDate
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static DateTimeOffset? In(string normalised)
    {
        // "En février 2026, à quels stages aurais-je encore pu postuler ?": a month opening the question sets the scene
        // when the question goes on to ask what was still possible.
        var m = Pattern().Match(normalised) is { Success: true } set ? set : LeadingPattern().Match(normalised);
        if (!m.Success || Month(m.Groups["month"].Value) is not { } month)
        {
            return null;
        }

        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        var day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture)
            : m.Groups["part"].Value switch { "mid" or "mi" => 15, "late" or "end of" or "fin" => 28, _ => 1 };
        if (year is < 2000 or > 2100 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var local = new DateTime(year, month, day, 12, 0, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Brussels.GetUtcOffset(local));
    }

    /// <summary>
    /// A day the question names ("closed on 22 June 2025", "le 22 juin", "June 22nd"), with its year when given: the day
    /// a count is about ("how many closed on 22 June 2025?"), not a "now".
    /// </summary>
    public static (int Month, int Day, int? Year)? NamedDay(string normalised)
    {
        var m = NamedDayPattern().Match(normalised);
        if (!m.Success || Month(m.Groups["month"].Value) is not { } month)
        {
            return null;
        }

        var day = int.Parse(m.Groups["day"].Success ? m.Groups["day"].Value : m.Groups["day2"].Value, CultureInfo.InvariantCulture);
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        return day is >= 1 and <= 31 ? (month, day, year) : null;
    }

    /// <summary>Every day the question names, in order ("between 22 June 2025 and 30 April 2026").</summary>
    public static IReadOnlyList<(int Month, int Day, int? Year)> NamedDays(string normalised) =>
        [.. NamedDayPattern().Matches(normalised).Select(m => NamedDay(m.Value)).OfType<(int Month, int Day, int? Year)>()];

    /// <summary>A year a count is about ("how many closed in 2025?", "combien ont fermé en 2025 ?"), without a month.</summary>
    public static int? NamedYear(string normalised) =>
        NamedYearPattern().Match(normalised) is { Success: true } m ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"\b(?:in|en|during|durant|pendant|over)\s+(?<year>20\d{2})\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex NamedYearPattern();

    // The months' names as normalised text spells them, English and French, for regexes.
    internal const string Months = "january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre";

    [GeneratedRegex(@"\b(?:(?<day>\d{1,2})(?:st|nd|rd|th|er)?\s+(?:of\s+)?(?<month>" + Months + @")|(?<month>" + Months + @")\s+(?<day2>\d{1,2})(?:st|nd|rd|th)?)\b(?:\s+(?<year>\d{4})\b)?", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex NamedDayPattern();

    private static int? Month(string name) => name switch
    {
        "january" or "janvier" => 1, "february" or "fevrier" => 2, "march" or "mars" => 3, "april" or "avril" => 4, "may" or "mai" => 5, "june" or "juin" => 6,
        "july" or "juillet" => 7, "august" or "aout" => 8, "september" or "septembre" => 9, "october" or "octobre" => 10, "november" or "novembre" => 11,
        "december" or "decembre" => 12, _ => null,
    };

    [GeneratedRegex(@"\b(?:on est|nous sommes|we re|we are|it s|it is|today is|aujourd hui|if i apply|if i applied|if i applied|si je postule|si je postulais|if i had started looking|if i d started looking|if i had started|if i d started|had i started|si j avais commence a chercher|si j avais commence|si j avais cherche|open|opened|ouvert|ouverte|ouverts|ouvertes|still apply|encore postuler|postuler)\s+(?:(?:in|on|en|le|au|at the)\s+)?(?:(?<part>early|mid|late|end of|debut|mi|fin)\s+)?(?:(?<day>\d{1,2})\s+)?(?<month>january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\s+(?<year>\d{4})\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(?:(?:in|en)\s+)?(?:(?<part>early|mid|late|end of|debut|mi|fin)\s+)?(?:(?<day>\d{1,2})\s+)?(?<month>january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\s+(?<year>\d{4})\b(?=.*\b(?:still|encore|toujours)\b)", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex LeadingPattern();
}
