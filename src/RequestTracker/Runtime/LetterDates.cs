using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace RequestTracker.Runtime;

/// <summary>
/// An authority's letter has two dates of record: the date it bears and the day it arrived, where the authority is.
/// The law counts from the day it arrived — an appeal window, whether an answer came in time — not from the moment a
/// person typed it in, often days later; the journal keeps that moment as its time and says both dates in words.
/// </summary>
internal static class LetterDates
{
    private static readonly LocalDatePattern Words = LocalDatePattern.Create("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Letter of 27 November 2026, received 28 November 2026." — either part alone, or null with neither.</summary>
    public static string? Note(DateOnly? letter, DateOnly? received) => (letter, received) switch
    {
        ({ } l, { } r) => $"Letter of {Day(l)}, received {Day(r)}.",
        ({ } l, null) => $"Letter of {Day(l)}.",
        (null, { } r) => $"Received {Day(r)}.",
        _ => null,
    };

    /// <summary>
    /// When a letter arrived, for the law's arithmetic: the start of its day in the workflow's zone (the time of day is
    /// not known), never later than <paramref name="notAfter"/>, the moment it was recorded. When an emailed reply
    /// arrived on that very day, its moment of receipt is known and is the better answer: the form offers the day, and
    /// reading it back as midnight would make a reply that came after a deadline that ended at noon look on time.
    /// </summary>
    public static Instant Arrival(DateOnly day, DateTimeZone zone, Instant notAfter, DateTime? receivedAt = null)
    {
        if (receivedAt is { } utc)
        {
            var received = Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
            if (received.InZone(zone).Date == LocalDate.FromDateOnly(day) && received <= notAfter)
            {
                return received;
            }
        }

        return Instant.Min(zone.AtStartOfDay(LocalDate.FromDateOnly(day)).ToInstant(), notAfter);
    }

    private static string Day(DateOnly day) => Words.Format(LocalDate.FromDateOnly(day));
}
