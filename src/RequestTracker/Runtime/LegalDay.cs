using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace RequestTracker.Runtime;

/// <summary>
/// A deadline as the law states it: a local date in a named zone ("by the end of Monday 7 February 2022,
/// Europe/London"). The runtime keeps the end-of-day instant for its timers; this turns it back into the
/// day, so that no page, email, CSV, feed or API ever prints the midnight that ends the last day as the
/// next day. An instant that is not a day's end (an "immediately" or hours deadline) is its own day.
/// </summary>
internal static class LegalDay
{
    private static readonly LocalDatePattern Long = LocalDatePattern.Create("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern Short = LocalDatePattern.Create("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public static DateTimeZone Zone(string? id, DateTimeZone fallback) =>
        string.IsNullOrEmpty(id) ? fallback : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? fallback;

    public static DateTimeZone Zone(string? id) => Zone(id, DateTimeZone.Utc);

    /// <summary>The last day a deadline instant ends, in <paramref name="zone"/>.</summary>
    public static LocalDate Of(Instant end, DateTimeZone zone)
    {
        var local = end.InZone(zone).Date;
        return zone.AtStartOfDay(local).ToInstant() == end ? local.PlusDays(-1) : local;
    }

    public static LocalDate? Of(DateTime? end, DateTimeZone zone) => end is { } e ? Of(Instant.FromDateTimeUtc(DateTime.SpecifyKind(e, DateTimeKind.Utc)), zone) : null;

    public static LocalDate? Of(DateTime? end, string? zone) => Of(end, Zone(zone));

    /// <summary>The day an instant falls in, in <paramref name="zone"/> (an arrival or a sending; not a deadline's end, see <see cref="Of(Instant, DateTimeZone)"/>).</summary>
    public static DateOnly Containing(DateTime utc, DateTimeZone zone) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(zone).Date.ToDateOnly();

    /// <summary>"2022-02-07", for APIs, CSV and machine-readable attributes.</summary>
    public static string? Iso(DateTime? end, string? zone) => Of(end, zone) is { } day ? LocalDatePattern.Iso.Format(day) : null;

    /// <summary>"Monday 7 February 2022", for letters.</summary>
    public static string Words(LocalDate day) => Long.Format(day);

    /// <summary>"Mon 7 Feb 2022", for pages and lists.</summary>
    public static string Brief(LocalDate day) => Short.Format(day);
}
