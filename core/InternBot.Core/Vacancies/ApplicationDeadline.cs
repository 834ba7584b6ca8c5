namespace InternBot.Core.Vacancies;

/// <summary>
/// The application deadline. Notices say "apply until 23:59": the whole of that last minute counts, so an
/// application is on time when it is submitted before the next minute starts (23:59:59.999 is on time,
/// 00:00:00 is late).
/// </summary>
public sealed record ApplicationDeadline(ZonedDateTime LastMinute)
{
    /// <summary>The first instant at which an application is late.</summary>
    public DateTimeOffset ClosesAt => new ZonedDateTime(LastMinute.Local.AddMinutes(1), LastMinute.Zone).ToInstant();

    public bool IsOpenAt(DateTimeOffset instant) => instant < ClosesAt;

    /// <summary>On the deadline's last day while it is open, the time left to its end; otherwise none.</summary>
    public TimeSpan? LeftOnItsLastDay(DateTimeOffset now) => IsOpenAt(now) && LastMinute.IsSameDayAs(now) ? ClosesAt - now : null;

    /// <summary>The calendar date of the deadline in its own zone.</summary>
    public DateOnly Date => DateOnly.FromDateTime(LastMinute.Local);
}
