using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace RequestTracker.Definitions.Calendars;

/// <summary>
/// A deadline as the law states it: its last day, in the zone it is counted in ("by the end of Monday 7 February 2022,
/// Europe/London"). A workflow stores the day and the zone as columns; the instant that ends the day, which timers are
/// armed for, is derived from them (<see cref="End"/>), never the other way round. Every page, letter, feed and API
/// writes a legal day through the formats here.
/// </summary>
internal readonly record struct Deadline(LocalDate LastDay, DateTimeZone Zone)
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");
    private static readonly LocalDatePattern EnglishWords = LocalDatePattern.Create("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern EnglishBrief = LocalDatePattern.Create("ddd d MMM yyyy", CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern RussianWords = LocalDatePattern.Create("d MMMM yyyy 'г.'", Russian);
    private static readonly LocalDatePattern RussianBrief = LocalDatePattern.Create("ddd, d MMM yyyy 'г.'", Russian);
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly LocalDatePattern GermanWords = LocalDatePattern.Create("d. MMMM yyyy", German);
    private static readonly LocalDatePattern GermanBrief = LocalDatePattern.Create("ddd, d. MMM yyyy", German);

    /// <summary>The instant that ends the last day: what a timer is armed for.</summary>
    public Instant End => DeadlineCalculator.EndOfDay(LastDay, Zone);

    /// <summary>"2022-02-07", for APIs, CSV and machine-readable attributes.</summary>
    public string Iso => Format.Iso(LastDay);

    /// <summary>"Monday 7 February 2022", «7 февраля 2022 г.»: for letters.</summary>
    public string Words(string language) => Format.Words(LastDay, language);

    /// <summary>"Mon 7 Feb 2022", «пн, 7 февр. 2022 г.»: for pages and lists.</summary>
    public string Brief(string language) => Format.Brief(LastDay, language);

    /// <summary>The same formats for any legal day (a step's last day, a registration's), by language.</summary>
    public static class Format
    {
        public static string Iso(LocalDate day) => LocalDatePattern.Iso.Format(day);

        /// <summary>A stored day (a workflow's column) for an API or CSV field, or none.</summary>
        public static string? Iso(DateOnly? day) => day is { } d ? Iso(LocalDate.FromDateOnly(d)) : null;

        /// <summary>The Russian month in the genitive, as NodaTime's Russian patterns give it.</summary>
        public static string Words(LocalDate day, string language) => language switch
        {
            "ru" => RussianWords.Format(day),
            "de" => GermanWords.Format(day), // "7. Februar 2022", as a German letter dates a period's end
            _ => EnglishWords.Format(day),
        };

        public static string Words(DateOnly day, string language) => Words(LocalDate.FromDateOnly(day), language);

        public static string Brief(LocalDate day, string language) => language switch
        {
            "ru" => RussianBrief.Format(day),
            "de" => GermanBrief.Format(day),
            _ => EnglishBrief.Format(day),
        };

        public static string Brief(DateOnly day, string language) => Brief(LocalDate.FromDateOnly(day), language);
    }
}
