using NodaTime;

namespace RequestTracker.Definitions.Calendars;

/// <summary>Zones by their IANA id, and the day an instant falls in: an arrival's, a sending's (a deadline is a <see cref="Deadline"/>).</summary>
internal static class LocalDays
{
    public static DateTimeZone Zone(string? id, DateTimeZone fallback) =>
        string.IsNullOrEmpty(id) ? fallback : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? fallback;

    public static DateTimeZone Zone(string? id) => Zone(id, DateTimeZone.Utc);

    /// <summary>The day an instant falls in, in <paramref name="zone"/>.</summary>
    public static DateOnly Containing(DateTime utc, DateTimeZone zone) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(zone).Date.ToDateOnly();
}
