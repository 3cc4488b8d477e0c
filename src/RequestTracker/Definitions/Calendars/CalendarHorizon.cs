using NodaTime;

namespace RequestTracker.Definitions.Calendars;

/// <summary>
/// Which calendars run out of confirmed years soon: a deadline in a year a calendar is not confirmed for
/// is computed but provisional, and someone must add that year's official list before it matters.
/// </summary>
internal static class CalendarHorizon
{
    /// <summary>How far ahead every calendar should be confirmed.</summary>
    public static readonly Period Ahead = Period.FromMonths(12);

    /// <summary>One line per calendar confirmed for less than <see cref="Ahead"/> from <paramref name="today"/>.</summary>
    public static IReadOnlyList<string> Warnings(IEnumerable<WorkCalendar> calendars, LocalDate today)
    {
        var needed = today + Ahead;
        return calendars.Where(c => c.ConfirmedThrough < needed.Year).OrderBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => c.ConfirmedThrough == WorkCalendar.NoneConfirmed
                ? $"calendar {c.Id} has no year confirmed from an official list: every deadline on it is provisional until one is added."
                : $"calendar {c.Id} is confirmed through {c.ConfirmedThrough} only: deadlines in {c.ConfirmedThrough + 1} and later are provisional until its official list is added.")
            .ToList();
    }
}
