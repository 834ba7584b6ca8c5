namespace InternBot.Core.Vacancies;

/// <summary>
/// A wall-clock time in a named zone, as notices state times ("23:59 Brussels time"). Kept local so the
/// instant is computed with the zone's rules for that date, which gets daylight saving right.
/// </summary>
public sealed record ZonedDateTime(DateTime Local, TimeZoneInfo Zone)
{
    public DateTimeOffset ToInstant() =>
        new(DateTime.SpecifyKind(Local, DateTimeKind.Unspecified), Zone.GetUtcOffset(Local));

    /// <summary>Whether an instant falls on this moment's day, counted in its zone ("today, in 4 hours").</summary>
    public bool IsSameDayAs(DateTimeOffset instant) => DateOnly.FromDateTime(Local) == DateOnly.FromDateTime(LocalIn(Zone, instant));

    /// <summary>The local date and time in this zone of an instant.</summary>
    public static DateTime LocalIn(TimeZoneInfo zone, DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, zone).DateTime;
}
