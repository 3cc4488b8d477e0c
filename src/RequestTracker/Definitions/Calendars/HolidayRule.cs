using NodaTime;

namespace RequestTracker.Definitions.Calendars;

internal enum HolidayShift
{
    /// <summary>A holiday on a weekend is simply lost.</summary>
    None,

    /// <summary>On a weekend, the next day that is neither weekend nor holiday is off instead (UK, Russia, Kazakhstan).</summary>
    NextWorkingDay,

    /// <summary>Saturday moves to Friday, Sunday to Monday (US federal, 5 U.S.C. 6103(b)).</summary>
    NearestWeekday,
}

internal enum HolidayKind
{
    Fixed,
    Easter,
    OrthodoxEaster,
    NthWeekday,
    OneOff,

    /// <summary>Every day from one month-day to another, across the year end if it wraps (New Zealand's 25 December to 15 January).</summary>
    Range,
}

/// <summary>One line of a calendar's holiday list: how to find its date in a given year.</summary>
internal sealed record HolidayRule(
    string Name,
    HolidayKind Kind,
    int Month,
    int Day,
    int Offset,
    IsoDayOfWeek Weekday,
    LocalDate? Date,
    HolidayShift Shift,
    int? FromYear,
    int? UntilYear,
    IReadOnlySet<int> ExceptYears)
{
    /// <summary>The holiday's name in other languages (<c>names: { ru: «Рождество Христово» }</c>), for explanations in them.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = DefinitionNames.None;

    /// <summary>For a <see cref="HolidayKind.Range"/>: its last month and day (<see cref="Month"/> and <see cref="Day"/> are its first).</summary>
    public (int Month, int Day) Through { get; init; }

    /// <summary>Every day the rule gives in <paramref name="year"/>: one, none, or for a range each of its days (a wrapping range runs into the next year).</summary>
    public IEnumerable<LocalDate> Days(int year)
    {
        if (Kind != HolidayKind.Range)
        {
            return In(year) is { } day ? [day] : [];
        }

        if (Excluded(year))
        {
            return [];
        }

        var first = new LocalDate(year, Month, Day);
        var last = new LocalDate(year, Through.Month, Through.Day);
        if (last < first)
        {
            last = last.PlusYears(1);
        }

        return Enumerable.Range(0, Period.Between(first, last, PeriodUnits.Days).Days + 1).Select(first.PlusDays);
    }

    private bool Excluded(int year) => (FromYear is { } from && year < from) || (UntilYear is { } until && year > until) || ExceptYears.Contains(year);

    public LocalDate? In(int year)
    {
        if (Excluded(year))
        {
            return null;
        }

        return Kind switch
        {
            HolidayKind.Fixed => new LocalDate(year, Month, Day),
            HolidayKind.Easter => Easter.Western(year).PlusDays(Offset),
            HolidayKind.OrthodoxEaster => Easter.Orthodox(year).PlusDays(Offset),
            HolidayKind.NthWeekday => NthWeekday(year),
            HolidayKind.Range => new LocalDate(year, Month, Day),
            _ => Date is { } date && date.Year == year ? date : null,
        };
    }

    /// <summary>The offset of "the last such weekday of the month".</summary>
    public const int Last = -1;

    /// <summary>Offset 1..5 counts from the start of the month, <see cref="Last"/> is the last such weekday.</summary>
    private LocalDate NthWeekday(int year)
    {
        if (Offset != Last)
        {
            var first = new LocalDate(year, Month, 1);
            var date = first.DayOfWeek == Weekday ? first : first.Next(Weekday);
            return date.PlusWeeks(Offset - 1);
        }

        var last = new LocalDate(year, Month, 1).PlusMonths(1).PlusDays(-1);
        return last.DayOfWeek == Weekday ? last : last.Previous(Weekday);
    }
}
