using InternBot.Core.Text;
using InternBot.Core.Understanding;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Answers;

/// <summary>
/// Arithmetic on what the notices state, asked for by name: the grant over the whole internship, hours a day or the
/// grant an hour, the days between two dates, which came first. Each result is shown with its inputs and how it was
/// worked out; the notices state none of these results themselves.
/// </summary>
public sealed record CalculationReply(Language Language, IReadOnlyList<Calculation> Calculations, IReadOnlyList<Vacancy> Silent, Topic SilentOn) : Reply(Language);

/// <summary>One calculation for the vacancies whose stated inputs are the same.</summary>
public abstract record Calculation(IReadOnlyList<Vacancy> Vacancies);

/// <summary>A monthly grant times the months the internship lasts.</summary>
public sealed record GrantTotal(IReadOnlyList<Vacancy> Vacancies, Grant Grant, int Months) : Calculation(Vacancies)
{
    public decimal Total => Grant.Amount * Months;
}

/// <summary>A monthly grant over twelve months, beside what the internship's own months come to (it lasts less than a year).</summary>
public sealed record GrantYear(IReadOnlyList<Vacancy> Vacancies, Grant Grant, int? Months) : Calculation(Vacancies)
{
    public const int MonthsAYear = 12;

    public decimal Year => Grant.Amount * MonthsAYear;

    public decimal? Internship => Months is { } m ? Grant.Amount * m : null;
}

/// <summary>An internship starting in a stated month and lasting the stated months: the last month it runs in.</summary>
public sealed record InternshipEnd(IReadOnlyList<Vacancy> Vacancies, DateOnly Start, int Months) : Calculation(Vacancies)
{
    /// <summary>The last day, the day before the same date that many months later (1 September + 6 months: 28 February).</summary>
    public DateOnly LastDay => Start.AddMonths(Months).AddDays(-1);
}

/// <summary>Weekly hours spread over the five working days (Monday to Friday).</summary>
public sealed record DailyHours(IReadOnlyList<Vacancy> Vacancies, decimal WeeklyHours) : Calculation(Vacancies)
{
    public const int WorkingDays = 5;

    public decimal Daily => WeeklyHours / WorkingDays;
}

/// <summary>A monthly grant over the hours worked in an average month (weekly hours × 52 weeks ÷ 12 months).</summary>
public sealed record HourlyGrant(IReadOnlyList<Vacancy> Vacancies, Grant Grant, decimal WeeklyHours) : Calculation(Vacancies)
{
    public const int WeeksAYear = 52;

    public decimal MonthlyHours => Math.Round(WeeklyHours * WeeksAYear / 12, 2);

    public decimal Hourly => Math.Round(Grant.Amount / MonthlyHours, 2);
}

/// <summary>Two dated events in order, and the calendar days (and whole months) between them.</summary>
public sealed record DateGap(IReadOnlyList<Vacancy> Vacancies, DatedEvent Earlier, DatedEvent Later) : Calculation(Vacancies)
{
    public int Days => Later.Day.DayNumber - Earlier.Day.DayNumber;

    public int Months => Formats.WholeMonths(Earlier.Day, Later.Day);
}

/// <summary>A deadline or info session of some vacancies, on its local day.</summary>
public sealed record DatedEvent(TimelineEvent Event, IReadOnlyList<Vacancy> Vacancies, ZonedDateTime When)
{
    public DateOnly Day => DateOnly.FromDateTime(When.Local);
}

/// <summary>Plans the calculations a question asks for, from its answer forms, its topics and the vacancies asked about.</summary>
internal static class CalculationPlanner
{
    public const AnswerForms Cues = AnswerForms.Total | AnswerForms.PerDay | AnswerForms.PerHour | AnswerForms.PerYear | AnswerForms.Between | AnswerForms.Order | AnswerForms.EndsOn;

    /// <summary>The calculations asked for, or null when the question asks for none this planner can make.</summary>
    /// <param name="language">The answer's language.</param>
    /// <param name="forms">The question's answer forms: which calculation.</param>
    /// <param name="topics">What it is about (the grant, hours, a date), or what the last answer was about.</param>
    /// <param name="mentioned">The vacancies the question names or the one discussed (the yardstick for "after the other deadlines").</param>
    /// <param name="targets">The vacancies asked about (named, else the one discussed, else all).</param>
    /// <param name="all">Every vacancy.</param>
    /// <param name="namedDays">The days the question names ("between 22 June 2025 and 30 April 2026").</param>
    public static CalculationReply? Plan(Language language, AnswerForms forms, IReadOnlyCollection<Topic> topics, IReadOnlyList<Vacancy> mentioned, IReadOnlyList<Vacancy> targets, IReadOnlyList<Vacancy> all,
        IReadOnlyList<(int Month, int Day, int? Year)>? namedDays = null)
    {
        if ((forms & Cues) == 0)
        {
            return null;
        }

        // "How many days between 22 June 2025 and 30 April 2026?": two days the notices date something on, whatever
        // the question's other words suggest.
        if ((forms & (AnswerForms.Between | AnswerForms.Order)) != 0 && namedDays is { Count: >= 2 }
            && EventOn(namedDays[0], all) is { } first && EventOn(namedDays[1], all) is { } second && first.Day != second.Day)
        {
            return new CalculationReply(language, [Gap(first, second, [.. first.Vacancies.Union(second.Vacancies)])], [], Topic.Deadline);
        }

        // "If it starts in September and lasts 6 months, when does it end?": each start month the notices give, plus
        // their length (not for a deadline or a session, whose end is their own date).
        if (forms.HasFlag(AnswerForms.EndsOn) && !topics.Any(t => t is Topic.Deadline or Topic.InfoSession))
        {
            static List<Calculation> Ends(IEnumerable<Vacancy> vacancies) => vacancies
                .SelectMany(v => v.Offer is { DurationMonths: { } months } o ? o.StartPeriods.Select(start => (Vacancy: v, Start: start, Months: months)) : [])
                .GroupBy(x => (x.Start, x.Months))
                .OrderBy(g => g.Key.Start)
                .Select(g => new InternshipEnd([.. g.Select(x => x.Vacancy).Distinct()], g.Key.Start, g.Key.Months))
                .ToList<Calculation>();
            var ends = Ends(targets);
            var silent = targets.Where(v => !ends.Any(e => e.Vacancies.Contains(v))).ToList();
            // Asked of a notice that gives no start or length: said so, with what the others give (each names its own).
            return new CalculationReply(language, ends.Count > 0 ? ends : Ends(all), silent, Topic.Start);
        }

        if (forms.HasFlag(AnswerForms.PerHour) && topics.Any(t => t is Topic.Grant or Topic.Hours))
        {
            return Grouped(language, targets, Topic.Grant, v => v.Offer is { Grant: { Period: GrantPeriod.Monthly } g, WeeklyHours: { } h } ? new HourlyGrant([v], g, h) : null,
                c => (c.Grant, c.WeeklyHours), (c, vs) => c with { Vacancies = vs });
        }

        if (forms.HasFlag(AnswerForms.PerDay) && topics.Contains(Topic.Hours))
        {
            return Grouped(language, targets, Topic.Hours, v => v.Offer is { WeeklyHours: { } h } ? new DailyHours([v], h) : null,
                c => c.WeeklyHours, (c, vs) => c with { Vacancies = vs });
        }

        if (forms.HasFlag(AnswerForms.PerYear) && topics.Contains(Topic.Grant))
        {
            return Grouped(language, targets, Topic.Grant, v => v.Offer is { Grant: { Period: GrantPeriod.Monthly } g } o ? new GrantYear([v], g, o.DurationMonths) : null,
                c => (c.Grant, c.Months), (c, vs) => c with { Vacancies = vs });
        }

        if (forms.HasFlag(AnswerForms.Total) && topics.Contains(Topic.Grant))
        {
            return Grouped(language, targets, Topic.Grant, v => v.Offer is { Grant: { Period: GrantPeriod.Monthly } g, DurationMonths: { } m } ? new GrantTotal([v], g, m) : null,
                c => (c.Grant, c.Months), (c, vs) => c with { Vacancies = vs });
        }

        if ((forms & (AnswerForms.Between | AnswerForms.Order)) != 0)
        {
            if (topics.Contains(Topic.InfoSession))
            {
                // The info session against the deadline, for each vacancy that held one.
                return Grouped(language, targets, Topic.InfoSession,
                    v => v.InfoSession is { } s ? Gap(new DatedEvent(TimelineEvent.InfoSession, [v], s.Start), new DatedEvent(TimelineEvent.Deadline, [v], v.Deadline.LastMinute), [v]) : null,
                    c => (c.Earlier.Event, c.Earlier.When, c.Later.Event, c.Later.When), (c, vs) => c with
                    {
                        Vacancies = vs,
                        Earlier = c.Earlier with { Vacancies = vs },
                        Later = c.Later with { Vacancies = vs },
                    });
            }

            if (topics.Contains(Topic.Deadline))
            {
                return DeadlineGaps(language, mentioned, all);
            }
        }

        return null;
    }

    /// <summary>
    /// Between the deadlines of the vacancies named (the first and the last), or, for one vacancy, between its
    /// deadline and each other date the other vacancies close on, or, for none, between the first and last of all.
    /// </summary>
    private static CalculationReply? DeadlineGaps(Language language, IReadOnlyList<Vacancy> mentioned, IReadOnlyList<Vacancy> all)
    {
        static IEnumerable<DatedEvent> Deadlines(IEnumerable<Vacancy> vacancies) => vacancies
            .GroupBy(v => v.Deadline.LastMinute.ToInstant())
            .OrderBy(g => g.Key)
            .Select(g => new DatedEvent(TimelineEvent.Deadline, g.ToList(), g.First().Deadline.LastMinute));

        if (mentioned.Count >= 2)
        {
            var dates = Deadlines(mentioned).ToList();
            return new CalculationReply(language, [Gap(dates[0], dates[^1], mentioned)], [], Topic.Deadline);
        }

        // "What's the gap between the earliest and the latest deadline?": with no vacancy named, across them all.
        if (mentioned.Count == 0)
        {
            var dates = Deadlines(all).ToList();
            return dates.Count < 2 ? null : new CalculationReply(language, [Gap(dates[0], dates[^1], all)], [], Topic.Deadline);
        }

        if (mentioned.Count == 1)
        {
            var own = Deadlines(mentioned).Single();
            var others = Deadlines(all.Except(mentioned)).ToList();
            if (others.Count == 0)
            {
                return null;
            }

            var gaps = others.Select(o => o.When.ToInstant() <= own.When.ToInstant() ? Gap(o, own, [.. o.Vacancies, .. mentioned]) : Gap(own, o, [.. mentioned, .. o.Vacancies])).ToList();
            return new CalculationReply(language, gaps, [], Topic.Deadline);
        }

        return null;
    }

    // The deadline, else the info session, falling on a named day (its year, when named, must agree).
    private static DatedEvent? EventOn((int Month, int Day, int? Year) named, IReadOnlyList<Vacancy> all)
    {
        bool On(ZonedDateTime when) => when.Local.Month == named.Month && when.Local.Day == named.Day && (named.Year is null || named.Year == when.Local.Year);
        var closing = all.Where(v => On(v.Deadline.LastMinute)).ToList();
        if (closing.Count > 0)
        {
            return new DatedEvent(TimelineEvent.Deadline, closing, closing[0].Deadline.LastMinute);
        }

        var sessions = all.Where(v => v.InfoSession is { } s && On(s.Start)).ToList();
        return sessions.Count > 0 ? new DatedEvent(TimelineEvent.InfoSession, sessions, sessions[0].InfoSession!.Start) : null;
    }

    private static DateGap Gap(DatedEvent a, DatedEvent b, IReadOnlyList<Vacancy> vacancies) =>
        a.When.ToInstant() <= b.When.ToInstant() ? new DateGap(vacancies, a, b) : new DateGap(vacancies, b, a);

    /// <summary>One calculation per set of vacancies whose inputs are equal; the vacancies that lack an input are named as silent.</summary>
    private static CalculationReply? Grouped<T, TKey>(Language language, IReadOnlyList<Vacancy> targets, Topic silentOn, Func<Vacancy, T?> calculate, Func<T, TKey> key, Func<T, IReadOnlyList<Vacancy>, T> forGroup)
        where T : Calculation
    {
        var calculated = targets.Select(v => (Vacancy: v, Calculation: calculate(v))).ToList();
        var groups = calculated.Where(x => x.Calculation is not null)
            .GroupBy(x => key(x.Calculation!))
            .Select(g => forGroup(g.First().Calculation!, g.Select(x => x.Vacancy).ToList()))
            .ToList<Calculation>();
        return groups.Count == 0 && targets.Count > 1
            ? null
            : new CalculationReply(language, groups, calculated.Where(x => x.Calculation is null).Select(x => x.Vacancy).ToList(), silentOn);
    }
}
