using NodaTime;
using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Tests.Definitions.Calendars;

/// <summary>A deadline is its last day in a zone: the instant that ends it is derived, and every format is written here.</summary>
public class DeadlineTests
{
    private static readonly DateTimeZone Moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];

    [Fact]
    public void The_instant_a_timer_is_armed_for_is_the_midnight_that_ends_the_last_day()
    {
        var deadline = new Deadline(new LocalDate(2022, 2, 9), Moscow);

        // 21:00 UTC on 9 February 2022 is midnight in Moscow: the end of Wednesday 9 February.
        Assert.Equal(Instant.FromUtc(2022, 2, 9, 21, 0), deadline.End);
    }

    [Fact]
    public void A_computed_deadline_is_stated_as_its_last_day_and_a_clock_time_one_as_the_day_it_falls_in()
    {
        var calendar = ShippedDefinitions.Catalog.Calendars["ru"].InZone(Moscow);
        var days = DeadlineCalculator.Add(Instant.FromUtc(2022, 1, 10, 7, 0), new LegalSpan(30, SpanUnit.CalendarDays), calendar);
        var hours = DeadlineCalculator.Add(Instant.FromUtc(2022, 1, 10, 20, 30), new LegalSpan(2, SpanUnit.Hours), calendar);

        Assert.Equal(new LocalDate(2022, 2, 9), days.LastDay);
        Assert.Equal(days.Due, days.Deadline.End);
        Assert.Equal(new LocalDate(2022, 1, 11), hours.LastDay); // 22:30 UTC is 01:30 on the 11th in Moscow
    }

    [Fact]
    public void Days_are_printed_for_letters_lists_and_machines_in_each_language()
    {
        var deadline = new Deadline(new LocalDate(2022, 2, 9), Moscow);

        Assert.Equal("Wednesday 9 February 2022", deadline.Words("en"));
        Assert.Equal("9 февраля 2022 г.", deadline.Words("ru"));
        Assert.Equal("Wed 9 Feb 2022", deadline.Brief("en"));
        Assert.Equal("ср, 9 февр. 2022 г.", deadline.Brief("ru"));
        Assert.Equal("2022-02-09", deadline.Iso);
        Assert.Equal("2022-02-09", Deadline.Format.Iso(new DateOnly(2022, 2, 9)));
        Assert.Null(Deadline.Format.Iso((DateOnly?)null));
        Assert.Equal("9 февраля 2022 г.", Deadline.Format.Words(new DateOnly(2022, 2, 9), "ru"));
    }

    [Fact]
    public void An_instant_that_closes_a_period_is_dated_by_the_day_its_midnight_ended_and_any_other_instant_its_own_day()
    {
        Assert.Equal(new LocalDate(2022, 2, 9), LocalDays.DayEnding(new DateTime(2022, 2, 9, 21, 0, 0, DateTimeKind.Utc), Moscow));
        Assert.Equal(new LocalDate(2022, 2, 10), LocalDays.DayEnding(new DateTime(2022, 2, 9, 21, 1, 0, DateTimeKind.Utc), Moscow));
        Assert.Equal(new LocalDate(2022, 2, 9), LocalDays.DayEnding(new DateTime(2022, 2, 9, 20, 59, 0, DateTimeKind.Utc), Moscow));
    }

    [Theory]
    [InlineData("Europe/Moscow", "Europe/Moscow")]
    [InlineData("", "Asia/Almaty")]
    [InlineData(null, "Asia/Almaty")]
    [InlineData("Mars/Olympus_Mons", "Asia/Almaty")]
    public void A_missing_or_unknown_zone_falls_back(string? id, string expected) =>
        Assert.Equal(expected, LocalDays.Zone(id, DateTimeZoneProviders.Tzdb["Asia/Almaty"]).Id);
}
