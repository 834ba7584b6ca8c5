using System.Globalization;

namespace InternBot.Core.Text;

/// <summary>How dates, times and amounts are written for people, in each language.</summary>
public static class Formats
{
    /// <summary>"Sunday 22 June 2025" / "dimanche 22 juin 2025": the weekday too, which people plan by.</summary>
    public static string Date(DateOnly date, Language language) =>
        date.ToString("dddd d MMMM yyyy", language.Culture());

    /// <summary>"Sunday 22 June 2025, 23:59" / "dimanche 22 juin 2025 à 23:59".</summary>
    public static string DateTime(DateTime local, Language language) =>
        language == Language.French
            ? local.ToString("dddd d MMMM yyyy 'à' HH:mm", language.Culture())
            : local.ToString("dddd d MMMM yyyy, HH:mm", language.Culture());

    /// <summary>
    /// "2 hours 44 minutes left" / "il reste 2 heures 44 minutes": the time left on a last day, in whole minutes, never
    /// rounded up to more time than there is.
    /// </summary>
    public static string TimeLeft(TimeSpan left, Language language) =>
        left < TimeSpan.FromMinutes(1)
            ? language == Language.French ? "il reste moins d'une minute" : "less than a minute left"
            : language == Language.French ? $"il reste {Duration(left, language)}" : $"{Duration(left, language)} left";

    /// <summary>"in 4 hours" / "dans 4 heures": how soon something later today begins, to the minute.</summary>
    public static string In(TimeSpan ahead, Language language)
    {
        if (ahead < TimeSpan.FromMinutes(1))
        {
            return language == Language.French ? "dans moins d'une minute" : "in less than a minute";
        }

        // Counted to the next whole minute: a second under four hours is still "in 4 hours".
        var rounded = Duration(TimeSpan.FromMinutes(Math.Ceiling(ahead.TotalMinutes)), language);
        return language == Language.French ? $"dans {rounded}" : $"in {rounded}";
    }

    /// <summary>"1 hour 30 minutes ago" / "il y a 1 heure 30 minutes": how long ago something earlier today began, to the minute.</summary>
    public static string Ago(TimeSpan since, Language language) =>
        since < TimeSpan.FromMinutes(1)
            ? language == Language.French ? "il y a moins d'une minute" : "less than a minute ago"
            : language == Language.French ? $"il y a {Duration(since, language)}" : $"{Duration(since, language)} ago";

    // "2 hours 44 minutes" / "2 heures 44 minutes": whole hours and minutes, a unit left out when it is zero.
    private static string Duration(TimeSpan span, Language language)
    {
        var (hours, minutes) = ((int)span.TotalHours, span.Minutes);
        var hour = language == Language.French ? "heure" : "hour";
        string Unit(int n, string one) => n == 0 ? "" : $"{n} {one}{(n == 1 ? "" : "s")} ";
        return $"{Unit(hours, hour)}{Unit(minutes, "minute")}".TrimEnd();
    }

    /// <summary>"21:59 UTC": a moment's minute in UTC, for people in other time zones.</summary>
    public static string InUtc(DateTimeOffset instant) => $"{instant.UtcDateTime:HH:mm} UTC";

    /// <summary>
    /// How long ago a past day is, from today (both in the same time zone): "yesterday", "12 days ago" under two months,
    /// then whole months with the days ("17 months ago (517 days)") / "hier", "il y a 12 jours", "il y a 17 mois (517
    /// jours)". Time-aware answers say it so nobody has to count.
    /// </summary>
    public static string Ago(DateOnly past, DateOnly today, Language language) => Distance(past, today, language, isPast: true);

    /// <summary>How far ahead a day still to come is: "today", "tomorrow", "in 12 days" / "aujourd'hui", "demain", "dans 12 jours".</summary>
    public static string Ahead(DateOnly future, DateOnly today, Language language) => Distance(today, future, language, isPast: false);

    // One rule for both directions: days under two months, then whole months and the days.
    private static string Distance(DateOnly earlier, DateOnly later, Language language, bool isPast)
    {
        var days = later.DayNumber - earlier.DayNumber;
        var french = language == Language.French;
        return days switch
        {
            <= 0 => french ? "aujourd'hui" : "today",
            1 => isPast ? (french ? "hier" : "yesterday") : (french ? "demain" : "tomorrow"),
            < 60 => isPast ? (french ? $"il y a {days} jours" : $"{days} days ago") : (french ? $"dans {days} jours" : $"in {days} days"),
            // Months are what a reader takes in; the days are there for whoever counts ("how many days since it closed?").
            _ when isPast => french ? $"il y a {WholeMonths(earlier, later)} mois ({days} jours)" : $"{Months(WholeMonths(earlier, later))} ago ({days} days)",
            _ => french ? $"dans {WholeMonths(earlier, later)} mois ({days} jours)" : $"in {Months(WholeMonths(earlier, later))} ({days} days)",
        };

        // Sixty days can be one whole month and twenty-nine days (1 March to 30 April).
        static string Months(int n) => n == 1 ? "1 month" : $"{n} months";
    }

    /// <summary>Whole calendar months from one day to a later one (22 June to 21 July is 0; to 22 July, 1).</summary>
    public static int WholeMonths(DateOnly from, DateOnly to) =>
        ((to.Year - from.Year) * 12) + to.Month - from.Month - (to.Day < from.Day ? 1 : 0);

    /// <summary>"€1,286.09" / "1 286,09 €"; without a currency, just the number.</summary>
    public static string Money(decimal amount, string? currency, Language language)
    {
        var culture = language.Culture();
        if (currency is null)
        {
            return amount.ToString("N2", culture);
        }

        if (string.Equals(currency, "EUR", StringComparison.OrdinalIgnoreCase))
        {
            // The culture's own currency is not the euro for en-GB: use its layout with the euro sign.
            var format = (NumberFormatInfo)culture.NumberFormat.Clone();
            format.CurrencySymbol = "€";
            return amount.ToString("C2", format);
        }

        var number = amount.ToString("N2", culture);
        return language == Language.French ? $"{number} {currency}" : $"{currency} {number}";
    }

    /// <summary>"March 2026" / "mars 2026".</summary>
    public static string Month(int year, int month, Language language) =>
        new DateOnly(year, month, 1).ToString("MMMM yyyy", language.Culture());

    /// <summary>The text with its first letter in capitals, to start a sentence with a phrase ("the info session ..." -> "The info session ...").</summary>
    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Number(decimal value, Language language) =>
        value.ToString("0.##", language.Culture());

    /// <summary>
    /// A count that starts a sentence, in words up to ten ("Four of the 5 notices...", "Quatre avis sur 5..."): a
    /// sentence does not start with a figure, and "how many?" is answered by the word people say.
    /// </summary>
    public static string CountAtStart(int count, Language language) =>
        count is >= 1 and <= 10
            ? (language == Language.French ? FrenchCounts : EnglishCounts)[count - 1]
            : count.ToString(language.Culture());

    private static readonly string[] EnglishCounts = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"];
    private static readonly string[] FrenchCounts = ["Un", "Deux", "Trois", "Quatre", "Cinq", "Six", "Sept", "Huit", "Neuf", "Dix"];
}
