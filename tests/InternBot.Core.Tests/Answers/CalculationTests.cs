using InternBot.Core.Answers;
using InternBot.Core.Eligibility;
using InternBot.Core.Tests.TestKit;

namespace InternBot.Core.Tests.Answers;

/// <summary>Arithmetic asked of the notices: worked from the stated inputs of each vacancy, silent notices named.</summary>
public sealed class CalculationTests
{
    private static readonly QuestionAnswerer Answerer = new(ShippedCatalogue.Value, new EligibilityEngine(Decide.LongAfter), Decide.LongAfter);

    private static CalculationReply Calculate(string text, QuestionContext? context = null) =>
        Assert.IsType<CalculationReply>(Answerer.Answer(text, null, context ?? new QuestionContext()).Reply);

    [Theory]
    [InlineData("Total grant money over the whole KM internship?")]
    [InlineData("how much would I get in total for the six months at KM")]
    [InlineData("Combien touche-t-on au total sur les 6 mois du stage KM ?")]
    [InlineData("Combien touche un stagiaire KM sur la totalité des 6 mois ?")]
    public void TheGrantOverTheInternshipIsTheMonthlyGrantTimesItsMonths(string question)
    {
        var total = Assert.IsType<GrantTotal>(Assert.Single(Calculate(question).Calculations));
        Assert.Equal(["km"], total.Vacancies.Select(v => v.Slug));
        Assert.Equal(6, total.Months);
        Assert.Equal(7716.54m, total.Total);
    }

    [Theory]
    [InlineData("HR question: what does the KM intern grant come to over a full year?")]
    [InlineData("Quelle est la bourse annuelle du stage KM ?")]
    public void TheGrantOverAYearIsTwelveMonthsBesideTheInternshipsOwnMonths(string question)
    {
        var year = Assert.IsType<GrantYear>(Assert.Single(Calculate(question).Calculations));
        Assert.Equal(["km"], year.Vacancies.Select(v => v.Slug));
        Assert.Equal(15433.08m, year.Year);
        Assert.Equal(7716.54m, year.Internship);
    }

    // "Is that in euros?" stays on the grant, so "what does that come to?" multiplies the grant, not the months.
    [Fact]
    public void TheWholeSixMonthsAfterTheGrantAndItsCurrencyIsTheGrantsTotal()
    {
        var grant = Answerer.Answer("how much is the OCIO grant?", null, new QuestionContext());
        var currency = Answerer.Answer("is that in euros? doesn't look like it says", null, grant.Next);
        Assert.Equal(Topic.Grant, Assert.IsType<FactsReply>(currency.Reply).Groups[0].Topic);
        var total = Assert.IsType<GrantTotal>(Assert.Single(Calculate("over the whole six months what does that come to?", currency.Next).Calculations));
        Assert.Equal(7716.54m, total.Total);
    }

    [Fact]
    public void AYearAfterTheGrantAsksForItsYearlyFigure()
    {
        var first = Answerer.Answer("grant for NDS?", null, new QuestionContext());
        Assert.Equal("nds", Assert.Single(Assert.IsType<GrantYear>(Assert.Single(Calculate("per year?", first.Next).Calculations)).Vacancies).Slug);
    }

    [Fact]
    public void WithNoVacancyNamedTheGapBetweenDeadlinesIsBetweenTheFirstAndTheLast()
    {
        var gap = Assert.IsType<DateGap>(Assert.Single(Calculate("What's the gap between the earliest and the latest deadline in this set?").Calculations));
        Assert.Equal(new DateOnly(2025, 6, 22), gap.Earlier.Day);
        Assert.Equal(new DateOnly(2026, 4, 30), gap.Later.Day);
        Assert.Equal(312, gap.Days);
    }

    [Theory]
    [InlineData("Ça fait combien de jours entre le 22 juin 2025 et le 30 avril 2026 ?", 2025, 6, 22, 2026, 4, 30, 312)]
    [InlineData("how many days between June 11 and June 22?", 2025, 6, 11, 2025, 6, 22, 11)]
    [InlineData("which deadline is later, JIS or ICTM, and by roughly how much?", 2025, 6, 22, 2026, 4, 30, 312)]
    public void TheDaysBetweenTwoDatesTheNoticesUseAreCounted(string question, int y1, int m1, int d1, int y2, int m2, int d2, int days)
    {
        var gap = Assert.IsType<DateGap>(Assert.Single(Calculate(question).Calculations));
        Assert.Equal(new DateOnly(y1, m1, d1), gap.Earlier.Day);
        Assert.Equal(new DateOnly(y2, m2, d2), gap.Later.Day);
        Assert.Equal(days, gap.Days);
    }

    [Theory]
    [InlineData("If someone began the OCIO traineeship in September 2026, when would it end?")]
    [InlineData("quand finirait le stage OCIO ?")]
    public void AnInternshipEndsItsMonthsAfterEachStartTheNoticeGives(string question)
    {
        var ends = Calculate(question).Calculations.Cast<InternshipEnd>().ToList();
        Assert.Equal([new DateOnly(2026, 8, 31), new DateOnly(2027, 2, 28)], ends.Select(e => e.LastDay));
        Assert.All(ends, e => Assert.Equal(["ocio"], e.Vacancies.Select(v => v.Slug)));
    }

    [Fact]
    public void AskedOfANoticeWithoutAStartTheEndIsSaidUnstatedBesideTheOthers()
    {
        var reply = Calculate("ICTM: when would it end?");
        Assert.Equal(["ictm"], reply.Silent.Select(v => v.Slug));
        Assert.Contains(reply.Calculations.Cast<InternshipEnd>(), e => e.LastDay == new DateOnly(2027, 2, 28) && !e.Vacancies.Any(v => v.Slug == "ictm"));
    }

    [Fact]
    public void ItRightAfterTheInfoSessionIsTheSession()
    {
        var first = Answerer.Answer("When was the JIS infosession?", null, new QuestionContext());
        var gap = Assert.IsType<DateGap>(Assert.Single(Calculate("how long before the deadline was it?", first.Next).Calculations));
        Assert.Equal(TimelineEvent.InfoSession, gap.Earlier.Event);
        Assert.Equal(11, gap.Days);
    }

    [Fact]
    public void AcrossAllVacanciesEqualInputsShareOneCalculationAndTheSilentNoticeIsNamed()
    {
        var reply = Calculate("what's the total grant for the whole internship, for each vacancy?");
        Assert.Equal(["ictm"], reply.Silent.Select(v => v.Slug));
        Assert.Equal(Topic.Grant, reply.SilentOn);
        // The OCIO notice names no currency: its grant is not the same stated fact as the others'.
        Assert.Equal([["jis", "km", "nds"], ["ocio"]], reply.Calculations.Select(c => c.Vacancies.Select(v => v.Slug).Order().ToArray()).OrderBy(g => g.Length).Reverse());
    }

    [Fact]
    public void AFollowUpAsksForTheTotalOfWhatWasJustAnswered()
    {
        var first = Answerer.Answer("grant for NDS?", null, new QuestionContext());
        var total = Assert.IsType<GrantTotal>(Assert.Single(Calculate("and in total?", first.Next).Calculations));
        Assert.Equal("nds", Assert.Single(total.Vacancies).Slug);
    }

    [Fact]
    public void HoursADayAndTheGrantAnHourComeFromTheWeeklyHours()
    {
        Assert.Equal(7.6m, Assert.IsType<DailyHours>(Assert.Single(Calculate("38 hours a week, how many hours per day is that at JIS?").Calculations)).Daily);
        var hourly = Assert.IsType<HourlyGrant>(Assert.Single(Calculate("roughly how much per hour does the KM grant come to?").Calculations));
        Assert.Equal(164.67m, hourly.MonthlyHours);
        Assert.Equal(7.81m, hourly.Hourly);
    }

    [Theory]
    [InlineData("how many days between the JIS info session and the JIS application deadline?")]
    [InlineData("was the info session before or after the JIS deadline?")]
    [InlineData("la séance d'information du JIS, c'était avant ou après la date limite ?")]
    public void TheInfoSessionAndTheDeadlineAreOrderedWithTheDaysBetween(string question)
    {
        var gap = Assert.IsType<DateGap>(Assert.Single(Calculate(question).Calculations));
        Assert.Equal(TimelineEvent.InfoSession, gap.Earlier.Event);
        Assert.Equal(TimelineEvent.Deadline, gap.Later.Event);
        Assert.Equal(11, gap.Days);
    }

    [Fact]
    public void TheGapBetweenTwoVacanciesDeadlinesIsInDaysAndWholeMonths()
    {
        var gap = Assert.IsType<DateGap>(Assert.Single(Calculate("how many days between the NDS deadline and the ICTM deadline?").Calculations));
        Assert.Equal("nds", Assert.Single(gap.Earlier.Vacancies).Slug);
        Assert.Equal("ictm", Assert.Single(gap.Later.Vacancies).Slug);
        Assert.Equal(312, gap.Days);
        Assert.Equal(10, gap.Months);
    }

    [Fact]
    public void OneVacancysDeadlineIsComparedWithTheDateTheOthersCloseOn()
    {
        var gap = Assert.IsType<DateGap>(Assert.Single(Calculate("how many months after the other deadlines was the ICTM deadline?").Calculations));
        Assert.Equal(["jis", "km", "nds", "ocio"], gap.Earlier.Vacancies.Select(v => v.Slug).Order());
        Assert.Equal(10, gap.Months);
    }

    [Theory]
    [InlineData("How many days do I have left to get my ICTM application in?")]
    [InlineData("How many days of paid leave would an NDS intern get?")]
    [InlineData("how many months does the JIS internship last?")]
    public void HowManyDaysOrMonthsAloneIsNoCalculation(string question) =>
        Assert.IsNotType<CalculationReply>(Answerer.Answer(question, null, new QuestionContext()).Reply);
}
