using NodaTime;
using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Tests.Definitions.Calendars;

/// <summary>A calendar's own rules: substitutes across a year's end and in date order, working Saturdays, other zones.</summary>
public class WorkCalendarTests
{
    private static readonly IReadOnlySet<IsoDayOfWeek> Weekend = new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday };

    private static readonly WorkCalendar Office = new(
        "office", "Office", DateTimeZoneProviders.Tzdb["Europe/London"], Weekend, null,
        [
            Rule("New Year's Eve", 12, 31, HolidayShift.NextWorkingDay),
            Rule("New Year's Day", 1, 1, HolidayShift.NextWorkingDay),
            Rule("Christmas Day", 12, 25, HolidayShift.NextWorkingDay),
            Rule("Boxing Day", 12, 26, HolidayShift.NextWorkingDay),
            Rule("Founders' Day", 7, 3, HolidayShift.NearestWeekday),
        ],
        new HashSet<LocalDate> { new(2022, 7, 4), new(2022, 12, 27) })
    {
        ConfirmedFrom = 2020,
        ConfirmedThrough = 2024,
        SubstituteLabel = "in lieu",
    };

    [Fact]
    public void Two_weekend_holidays_in_a_row_take_the_next_two_weekdays_in_date_order()
    {
        // 2021: Christmas on Saturday, Boxing Day on Sunday: Monday 27th for Christmas, Tuesday 28th for Boxing Day.
        var days = Office.Holidays(2021);

        Assert.Equal("Christmas Day (in lieu)", days[new LocalDate(2021, 12, 27)]);
        Assert.Equal("Boxing Day (in lieu)", days[new LocalDate(2021, 12, 28)]);
    }

    [Fact]
    public void A_substitute_from_last_years_rule_falls_in_this_year()
    {
        // Saturday 31 December 2022 and Sunday 1 January 2023: the substitutes are Monday 2 and Tuesday 3 January 2023.
        var days = Office.Holidays(2023);

        Assert.Equal("New Year's Eve (in lieu)", days[new LocalDate(2023, 1, 2)]);
        Assert.Equal("New Year's Day (in lieu)", days[new LocalDate(2023, 1, 3)]);
        Assert.DoesNotContain(new LocalDate(2022, 12, 31), days.Keys); // last year's own day stays in last year
    }

    [Fact]
    public void A_substitute_from_next_years_rule_falls_in_this_year()
    {
        // Founders' Day, nearest weekday: Saturday 3 July 2021 -> Friday 2 July. And a rule dated in January of
        // the next year moved back into December: none here, so 2021 ends with its own days only.
        Assert.Equal("Founders' Day (in lieu)", Office.Holidays(2021)[new LocalDate(2021, 7, 2)]);
        Assert.Equal("Founders' Day (in lieu)", Office.Holidays(2022)[new LocalDate(2022, 7, 4)]); // Sunday 3 July 2022 -> Monday 4
    }

    [Fact]
    public void A_day_declared_a_working_day_is_neither_a_holiday_nor_skipped()
    {
        // Monday 4 July 2022 would be Founders' Day's substitute, but is declared a working day; Tuesday 27 December 2022 likewise.
        Assert.False(Office.IsHoliday(new LocalDate(2022, 7, 4)));
        Assert.True(Office.IsWorkingDay(new LocalDate(2022, 7, 4)));
        Assert.Null(Office.NonWorkingReason(new LocalDate(2022, 12, 27)));
        Assert.True(Office.IsHoliday(new LocalDate(2022, 12, 26)));
        Assert.False(Office.IsHoliday(new LocalDate(2022, 12, 24))); // a Saturday: not working, but no holiday
        Assert.Equal("Saturday", Office.NonWorkingReason(new LocalDate(2022, 12, 24)));
        Assert.False(Office.IsHoliday(new LocalDate(2022, 12, 28)));
    }

    [Fact]
    public void In_another_zone_the_calendar_keeps_its_days_years_and_label()
    {
        var almaty = DateTimeZoneProviders.Tzdb["Asia/Almaty"];

        var moved = Office.InZone(almaty);

        Assert.Same(Office, Office.InZone(DateTimeZoneProviders.Tzdb["Europe/London"]));
        Assert.Same(moved, Office.InZone(almaty));
        Assert.Equal(("office", "Office", almaty), (moved.Id, moved.Name, moved.Zone));
        Assert.Equal((2020, 2024, "in lieu"), (moved.ConfirmedFrom, moved.ConfirmedThrough, moved.SubstituteLabel));
        Assert.Equal(Office.Holidays(2021), moved.Holidays(2021));
        Assert.True(moved.IsWorkingDay(new LocalDate(2022, 7, 4)));
    }

    [Theory]
    [InlineData(2019, false)]
    [InlineData(2020, true)]
    [InlineData(2024, true)]
    [InlineData(2025, false)]
    public void Only_the_years_from_first_to_last_confirmed_are_confirmed(int year, bool confirmed) =>
        Assert.Equal(confirmed, Office.Confirms(new LocalDate(year, 6, 1)));

    private static HolidayRule Rule(string name, int month, int day, HolidayShift shift) =>
        new(name, HolidayKind.Fixed, month, day, 0, IsoDayOfWeek.None, null, shift, null, null, new HashSet<int>());
}
