using NodaTime;
using RequestTracker.Tests.Definitions.Laws;

namespace RequestTracker.Tests.Definitions.Calendars;

/// <summary>The shipped calendars against the published lists, typed in by hand (<see cref="PublishedCalendars"/>).</summary>
public class ShippedCalendarTests
{
    public static TheoryData<string, int> PublishedYears()
    {
        var data = new TheoryData<string, int>();
        foreach (var year in PublishedCalendars.Years)
        {
            data.Add(year.Calendar, year.Number);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublishedYears))]
    public void Every_day_of_a_published_year_is_a_working_day_exactly_when_the_list_says_so(string calendarId, int year)
    {
        var calendar = ShippedDefinitions.Catalog.Calendars[calendarId];
        var wrong = new List<string>();
        for (var day = new LocalDate(year, 1, 1); day.Year == year; day = day.PlusDays(1))
        {
            if (calendar.IsWorkingDay(day) != PublishedCalendars.IsWorkingDay(calendarId, day))
            {
                wrong.Add($"{day:yyyy-MM-dd} ({day.DayOfWeek}): calendar says {(calendar.IsWorkingDay(day) ? "working" : calendar.NonWorkingReason(day))}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        var confirmed = PublishedCalendars.Years.Single(y => y.Calendar == calendarId && y.Number == year).Confirmed;
        Assert.True(calendar.Confirms(new LocalDate(year, 6, 1)) == confirmed, $"{calendarId} should declare {year} {(confirmed ? "confirmed" : "provisional")}");
    }

    [Fact]
    public void Russia_names_a_moved_day_by_its_decree_and_a_worked_saturday_is_a_working_day()
    {
        var ru = ShippedDefinitions.Catalog.Calendars["ru"];

        Assert.Equal("Day off moved from 23 February (Decree No. 1335)", ru.NonWorkingReason(new LocalDate(2025, 5, 8)));
        Assert.Null(ru.NonWorkingReason(new LocalDate(2024, 12, 28)));
        Assert.Equal("Orthodox Christmas", ru.NonWorkingReason(new LocalDate(2022, 1, 7)));
    }

    [Fact]
    public void Us_federal_calls_a_moved_holiday_observed()
    {
        var us = ShippedDefinitions.Catalog.Calendars["us-federal"];

        Assert.Equal("Independence Day (observed)", us.NonWorkingReason(new LocalDate(2021, 7, 5)));
    }

    [Fact]
    public void Years_past_a_calendars_horizon_are_not_confirmed()
    {
        Assert.False(ShippedDefinitions.Catalog.Calendars["ru"].Confirms(new LocalDate(2027, 1, 11)));
        Assert.False(ShippedDefinitions.Catalog.Calendars["ru"].Confirms(new LocalDate(2020, 12, 31)));
        Assert.True(ShippedDefinitions.Catalog.Calendars["calendar-days"].Confirms(new LocalDate(2040, 1, 1)));
    }
}
