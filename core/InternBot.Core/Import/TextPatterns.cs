using System.Globalization;
using System.Text.RegularExpressions;

namespace InternBot.Core.Import;

/// <summary>Dates, times, zones, amounts and numbers as notices write them, in English and French.</summary>
internal static partial class TextPatterns
{
    private static readonly string[] MonthNamesEn = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    private static readonly string[] MonthNamesFr = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];

    /// <summary>Month number for "June", "Jun", "juin", "févr."; null otherwise.</summary>
    public static int? Month(string word)
    {
        var w = NoticeDocument.Key(word);
        if (w.Length < 3)
        {
            return null;
        }

        for (var i = 0; i < 12; i++)
        {
            if (MonthNamesEn[i] == w || MonthNamesFr[i] == w || (w.Length >= 3 && (MonthNamesEn[i].StartsWith(w, StringComparison.Ordinal) || MonthNamesFr[i].StartsWith(w, StringComparison.Ordinal)) && w.Length <= MonthNamesEn[i].Length))
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>A date found in text, how it was written, and whether it was read day-first from digits.</summary>
    public sealed record FoundDate(DateOnly Date, int Index, int Length, bool DayFirstDigits);

    /// <summary>Every date in the text: 22-Jun-2025, 22 June 2025, June 22, 2025, 30/04/2026, 2025-06-22, 22 juin 2025.</summary>
    public static IReadOnlyList<FoundDate> Dates(string text)
    {
        var found = new List<FoundDate>();
        foreach (Match m in IsoDatePattern().Matches(text))
        {
            Add(found, m, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), false);
        }

        foreach (Match m in NumericDatePattern().Matches(text))
        {
            if (found.Any(f => Overlaps(f, m)))
            {
                continue;
            }

            Add(found, m, Year(m.Groups[3].Value), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), true);
        }

        foreach (Match m in DayMonthNamePattern().Matches(text))
        {
            if (Month(m.Groups[2].Value) is { } month && !found.Any(f => Overlaps(f, m)))
            {
                Add(found, m, Year(m.Groups[3].Value), month, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), false);
            }
        }

        foreach (Match m in MonthNameDayPattern().Matches(text))
        {
            if (Month(m.Groups[1].Value) is { } month && !found.Any(f => Overlaps(f, m)))
            {
                Add(found, m, Year(m.Groups[3].Value), month, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), false);
            }
        }

        return found.OrderBy(f => f.Index).ToList();
    }

    private static bool Overlaps(FoundDate f, Match m) => m.Index < f.Index + f.Length && f.Index < m.Index + m.Length;

    private static int Year(string s)
    {
        var y = int.Parse(s, CultureInfo.InvariantCulture);
        return y < 100 ? 2000 + y : y;
    }

    private static void Add(List<FoundDate> found, Match m, int year, int month, int day, bool dayFirst)
    {
        if (month is >= 1 and <= 12 && year is >= 1990 and <= 2100 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            found.Add(new FoundDate(new DateOnly(year, month, day), m.Index, m.Length, dayFirst));
        }
    }

    /// <summary>The first time of day in the text: 23.59, 23:59, 23h59, 4pm, 4 p.m., 11.59 pm, midnight.</summary>
    public static TimeOnly? Time(string text)
    {
        foreach (Match m in TimePattern().Matches(text))
        {
            var meridiem = m.Groups[3].Value.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();
            if (!m.Groups[2].Success && meridiem.Length == 0)
            {
                continue; // a bare number ("6 months") is not a time
            }

            var hour = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var minute = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
            if (meridiem == "pm" && hour < 12)
            {
                hour += 12;
            }
            else if (meridiem == "am" && hour == 12)
            {
                hour = 0;
            }

            if (hour is >= 0 and <= 23 && minute is >= 0 and <= 59)
            {
                return new TimeOnly(hour, minute);
            }
        }

        return text.Contains("midnight", StringComparison.OrdinalIgnoreCase) || text.Contains("minuit", StringComparison.OrdinalIgnoreCase)
            ? new TimeOnly(23, 59)
            : null;
    }

    /// <summary>The zone a text names ("Brussels time", "CET", "heure de Bruxelles"), with the label as written.</summary>
    public static (string ZoneId, string Label)? Zone(string text)
    {
        foreach (var (pattern, zone) in ZoneNames)
        {
            var m = Regex.Match(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (m.Success)
            {
                return (zone, m.Value);
            }
        }

        return null;
    }

    private static readonly (string Pattern, string Zone)[] ZoneNames =
    [
        (@"\bBrussels\b|\bBruxelles\b|\bMons\b", "Europe/Brussels"),
        (@"\bThe Hague\b|\bLa Haye\b|\bBrunssum\b|\bAmsterdam\b", "Europe/Amsterdam"),
        (@"\bNaples\b|\bRome\b", "Europe/Rome"),
        (@"\bLuxembourg\b", "Europe/Luxembourg"),
        (@"\bParis\b", "Europe/Paris"),
        (@"\bNorfolk\b|\bWashington\b|\bEastern Time\b", "America/New_York"),
        (@"\bCEST\b|\bCET\b", "Europe/Brussels"),
        (@"\bUTC\b|\bGMT\b", "UTC"),
    ];

    /// <summary>An amount found in text, with the currency written next to it (if any).</summary>
    public sealed record FoundAmount(decimal Amount, string? Currency, int Index, string Written);

    /// <summary>Every amount-like number in the text: €1,286.09, 1,286.09Euro, EUR 1 286,09, 1286.09.</summary>
    public static IReadOnlyList<FoundAmount> Amounts(string text)
    {
        var found = new List<FoundAmount>();
        foreach (Match m in MoneyPattern().Matches(text))
        {
            var currency = CurrencyOf(m.Groups[1].Value) ?? CurrencyOf(m.Groups[3].Value);
            if (ParseNumber(m.Groups[2].Value) is { } amount)
            {
                found.Add(new FoundAmount(amount, currency, m.Index, m.Value.Trim()));
            }
        }

        return found;
    }

    private static string? CurrencyOf(string s) => NoticeDocument.Key(s) switch
    {
        "" => s.Contains('€', StringComparison.Ordinal) ? "EUR" : s.Contains('$', StringComparison.Ordinal) ? "USD" : s.Contains('£', StringComparison.Ordinal) ? "GBP" : null,
        "eur" or "euro" or "euros" => "EUR",
        "usd" or "dollars" => "USD",
        "gbp" or "pounds" => "GBP",
        _ => null,
    };

    /// <summary>1,286.09 / 1.286,09 / 1 286,09 / 1286.09 / 1286 to a number: the last separator followed by two digits is the decimal one.</summary>
    public static decimal? ParseNumber(string s)
    {
        var digits = s.Replace(" ", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal);
        var lastSep = digits.LastIndexOfAny(['.', ',']);
        string normal;
        if (lastSep >= 0 && digits.Length - lastSep - 1 is 1 or 2)
        {
            normal = new string(digits[..lastSep].Where(char.IsDigit).ToArray()) + "." + digits[(lastSep + 1)..];
        }
        else
        {
            normal = new string(digits.Where(char.IsDigit).ToArray());
        }

        return decimal.TryParse(normal, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["eighteen"] = 18, ["twenty"] = 20, ["twenty-one"] = 21,
        ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["sept"] = 7, ["huit"] = 8,
        ["neuf"] = 9, ["dix"] = 10, ["douze"] = 12,
    };

    /// <summary>A whole number written as digits or as a word ("three", "3", "three (3)").</summary>
    public static int? WholeNumber(string word)
    {
        var w = word.Trim().TrimEnd('.', ',', ')').TrimStart('(');
        if (int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        return NumberWords.TryGetValue(w, out n) ? n : null;
    }

    public const string NumberToken = @"(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|twenty-one|deux|trois|quatre|cinq|sept|huit|neuf|dix|douze)";

    [GeneratedRegex(@"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")]
    private static partial Regex IsoDatePattern();

    [GeneratedRegex(@"(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?!\d)")]
    private static partial Regex NumericDatePattern();

    [GeneratedRegex(@"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er)?[\s-]+([A-Za-zéûÉÛ]{3,10})\.?,?[\s-]+(\d{4}|\d{2})(?!\d)")]
    private static partial Regex DayMonthNamePattern();

    [GeneratedRegex(@"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")]
    private static partial Regex MonthNameDayPattern();

    // Guards against reading "2025" or "22-Jun" as times: an hour needs minutes or am/pm.
    [GeneratedRegex(@"(?<![\d/.-])([01]?\d|2[0-3])(?:\s*[.:h]\s*([0-5]\d))?\s*(a\.?m\.?|p\.?m\.?)?(?![\d/])", RegexOptions.IgnoreCase)]
    private static partial Regex TimePattern();

    // Thousands groups first ("1,286.09", "1 286,09"), then plain digits ("1286.09"); never part of a longer number.
    [GeneratedRegex(@"(€|EUR\b|Euros?\b|USD\b|\$|£|GBP\b)?\s?(?<![\d.,])(\d{1,3}(?:[ ,.\u202F]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?![\d])\s?(€|EUR|Euros?\b|USD\b|£|GBP\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyPattern();
}
