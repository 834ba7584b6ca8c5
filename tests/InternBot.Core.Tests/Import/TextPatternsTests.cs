using InternBot.Core.Import;

namespace InternBot.Core.Tests.Import;

public sealed class TextPatternsTests
{
    [Theory]
    [InlineData("Application Deadline: 22-Jun-2025", "2025-06-22")]
    [InlineData("Apply until 22 June 2025 at 23.59, Brussels time", "2025-06-22")]
    [InlineData("Apply until 30/04/2026 23.59 Brussels time", "2026-04-30")]
    [InlineData("take place on11/06/2025 at 4pm CET", "2025-06-11")]
    [InlineData("Closing date: June 22, 2025", "2025-06-22")]
    [InlineData("deadline 2025-06-22", "2025-06-22")]
    [InlineData("date limite : 22 juin 2025", "2025-06-22")]
    [InlineData("closes 1st March 2026", "2026-03-01")]
    [InlineData("Closing date: 30.09.2026", "2026-09-30")]
    public void DatesAreReadInTheLayoutsNoticesUse(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), TextPatterns.Dates(text)[0].Date);

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData("6-month traineeship")]
    [InlineData("38 hours a week")]
    public void ImpossibleOrNonDatesAreNotDates(string text) => Assert.Empty(TextPatterns.Dates(text));

    [Theory]
    [InlineData(" at 23.59, Brussels time", "23:59")]
    [InlineData(" at 4pm CET", "16:00")]
    [InlineData(" 11.59 pm", "23:59")]
    [InlineData(" 16h00", "16:00")]
    [InlineData(" 23:59 CET", "23:59")]
    [InlineData(" before midnight", "23:59")]
    [InlineData(" for 6 months, then 09:30", "09:30")]
    public void TimesAreRead(string text, string expected) =>
        Assert.Equal(TimeOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), TextPatterns.Time(text));

    [Theory]
    [InlineData("6 months")]
    [InlineData("38 hours")]
    [InlineData("")]
    public void BareNumbersAreNotTimes(string text) => Assert.Null(TextPatterns.Time(text));

    [Theory]
    [InlineData("1,286.09Euro (EUR) Monthly", 1286.09, "EUR")]
    [InlineData("A monthly grant of €1,286.09 and", 1286.09, "EUR")]
    [InlineData("Monthly grant of 1286.09 and", 1286.09, null)]
    [InlineData("grant of EUR 1.400,50", 1400.50, "EUR")]
    [InlineData("grant of 1 286,09 €", 1286.09, "EUR")]
    [InlineData("stipend of $2,000", 2000, "USD")]
    public void AmountsAreReadWithTheirCurrency(string text, double amount, string? currency)
    {
        var found = TextPatterns.Amounts(text).First(a => a.Amount >= 100);
        Assert.Equal((decimal)amount, found.Amount);
        Assert.Equal(currency, found.Currency);
    }

    [Theory]
    [InlineData("Brussels time", "Europe/Brussels")]
    [InlineData("4pm CET", "Europe/Brussels")]
    [InlineData("heure de Bruxelles", "Europe/Brussels")]
    [InlineData("The Hague time", "Europe/Amsterdam")]
    [InlineData("12:00 UTC", "UTC")]
    public void ZonesAreRecognised(string text, string zone) => Assert.Equal(zone, TextPatterns.Zone(text)?.ZoneId);
}
