using InternBot.Core.Text;

namespace InternBot.Core.Tests.Text;

public sealed class FormatsTests
{
    [Theory]
    // The weekday is part of a date: people plan by it ("what day of the week was the webinar?").
    [InlineData("2025-06-22", "Sunday 22 June 2025", "dimanche 22 juin 2025")]
    [InlineData("2025-06-11", "Wednesday 11 June 2025", "mercredi 11 juin 2025")]
    public void ADateIsWrittenWithItsWeekday(string date, string english, string french)
    {
        Assert.Equal(english, Formats.Date(Day(date), Language.English));
        Assert.Equal(french, Formats.Date(Day(date), Language.French));
        Assert.Equal(english + ", 16:00", Formats.DateTime(Day(date).ToDateTime(new TimeOnly(16, 0)), Language.English));
        Assert.Equal(french + " à 16:00", Formats.DateTime(Day(date).ToDateTime(new TimeOnly(16, 0)), Language.French));
    }

    [Theory]
    [InlineData("2026-11-21", "2026-11-21", "today", "aujourd'hui")]
    [InlineData("2026-11-20", "2026-11-21", "yesterday", "hier")]
    [InlineData("2026-11-09", "2026-11-21", "12 days ago", "il y a 12 jours")]
    [InlineData("2026-09-23", "2026-11-21", "59 days ago", "il y a 59 jours")]
    // Whole months: 22 June 2025 to 21 November 2026 is 16 months and 30 days.
    [InlineData("2025-06-22", "2026-11-21", "16 months ago (517 days)", "il y a 16 mois (517 jours)")]
    [InlineData("2025-06-22", "2026-11-22", "17 months ago (518 days)", "il y a 17 mois (518 jours)")]
    [InlineData("2026-04-30", "2026-11-21", "6 months ago (205 days)", "il y a 6 mois (205 jours)")]
    // Sixty days can be one whole month: one month, not "1 months".
    [InlineData("2026-03-01", "2026-04-30", "1 month ago (60 days)", "il y a 1 mois (60 jours)")]
    public void HowLongAgoIsSaidInDaysThenWholeMonthsWithTheDays(string past, string today, string english, string french)
    {
        Assert.Equal(english, Formats.Ago(Day(past), Day(today), Language.English));
        Assert.Equal(french, Formats.Ago(Day(past), Day(today), Language.French));
    }

    [Theory]
    [InlineData("2025-06-11", "2025-06-11", "today", "aujourd'hui")]
    [InlineData("2025-06-12", "2025-06-11", "tomorrow", "demain")]
    [InlineData("2025-06-22", "2025-06-11", "in 11 days", "dans 11 jours")]
    [InlineData("2026-04-30", "2025-06-22", "in 10 months (312 days)", "dans 10 mois (312 jours)")]
    [InlineData("2026-04-30", "2026-03-01", "in 1 month (60 days)", "dans 1 mois (60 jours)")]
    public void HowFarAheadIsSaidInDaysThenWholeMonthsWithTheDays(string future, string today, string english, string french)
    {
        Assert.Equal(english, Formats.Ahead(Day(future), Day(today), Language.English));
        Assert.Equal(french, Formats.Ahead(Day(future), Day(today), Language.French));
    }

    // A sentence starts with a count in words, up to ten; beyond, the figure.
    [Theory]
    [InlineData(1, "One", "Un")]
    [InlineData(4, "Four", "Quatre")]
    [InlineData(10, "Ten", "Dix")]
    [InlineData(12, "12", "12")]
    public void ACountStartingASentenceIsWrittenInWordsUpToTen(int count, string english, string french)
    {
        Assert.Equal(english, Formats.CountAtStart(count, Language.English));
        Assert.Equal(french, Formats.CountAtStart(count, Language.French));
    }

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
