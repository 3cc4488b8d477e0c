using NodaTime;

namespace RequestTracker.Definitions.Calendars;

/// <summary>Zones by their IANA id, and the day an instant falls in: an arrival's, a sending's (a deadline is a <see cref="Deadline"/>).</summary>
internal static class LocalDays
{
    public static DateTimeZone Zone(string? id, DateTimeZone fallback) =>
        string.IsNullOrEmpty(id) ? fallback : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? fallback;

    public static DateTimeZone Zone(string? id) => Zone(id, DateTimeZone.Utc);

    /// <summary>
    /// The day an instant that closes a period belongs to: a ladder step fires as a last day ends, so it is dated by that
    /// day (counted from the instant just before, as <see cref="DeadlineCalculator.After(Instant, LegalSpan, WorkCalendar, bool)"/> counts); a clock-time
    /// instant is its own day. For timer instants and rows from before deadlines were stored as days — never for a
    /// deadline a workflow stores.
    /// </summary>
    public static LocalDate DayEnding(DateTime end, DateTimeZone zone) =>
        (Instant.FromDateTimeUtc(DateTime.SpecifyKind(end, DateTimeKind.Utc)) - Duration.Epsilon).InZone(zone).Date;

    /// <summary>The day an instant falls in, in <paramref name="zone"/>.</summary>
    public static DateOnly Containing(DateTime utc, DateTimeZone zone) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(zone).Date.ToDateOnly();
}
