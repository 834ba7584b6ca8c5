using InternBot.Core.Text;

namespace InternBot.Core.Tests.Text;

public sealed class FormatsTests
{
    [Theory]
    [InlineData("2026-11-21", "2026-11-21", "today", "aujourd'hui")]
    [InlineData("2026-11-20", "2026-11-21", "yesterday", "hier")]
    [InlineData("2026-11-09", "2026-11-21", "12 days ago", "il y a 12 jours")]
    [InlineData("2026-09-23", "2026-11-21", "59 days ago", "il y a 59 jours")]
    // Whole months: 22 June 2025 to 21 November 2026 is 16 months and 30 days.
    [InlineData("2025-06-22", "2026-11-21", "16 months ago", "il y a 16 mois")]
    [InlineData("2025-06-22", "2026-11-22", "17 months ago", "il y a 17 mois")]
    [InlineData("2026-04-30", "2026-11-21", "6 months ago", "il y a 6 mois")]
    public void HowLongAgoIsSaidInDaysThenWholeMonths(string past, string today, string english, string french)
    {
        Assert.Equal(english, Formats.Ago(DateOnly.Parse(past, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), Language.English));
        Assert.Equal(french, Formats.Ago(DateOnly.Parse(past, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), Language.French));
    }
}
