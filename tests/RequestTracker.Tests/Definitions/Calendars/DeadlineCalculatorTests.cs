using NodaTime;
using NodaTime.Text;
using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Tests.Definitions.Calendars;

/// <summary>Worked examples for each shipped regime, counted by hand from the published calendars.</summary>
public class DeadlineCalculatorTests
{
    [Theory]
    // UK FOIA s.10: 20 working days; the day of receipt is not counted.
    [InlineData("uk-foia-2000", "2022-01-10T10:00", "2022-02-07", "2022-02-08T00:00:00Z")]
    // Over Easter and the early May bank holiday: 15 and 18 April, 2 May 2022 skipped.
    [InlineData("uk-foia-2000", "2022-04-07T10:00", "2022-05-10", "2022-05-10T23:00:00Z")]
    // New Year's Day 2022 fell on a Saturday, 2 January (Scotland) on a Sunday: Monday 3 and Tuesday 4 January are skipped.
    [InlineData("uk-foia-2000", "2021-12-31T10:00", "2022-02-01", "2022-02-02T00:00:00Z")]
    // US FOIA: Christmas and New Year's Day observed on Fridays 24 and 31 December 2021, then MLK Day.
    [InlineData("us-foia", "2021-12-21T10:00", "2022-01-21", "2022-01-22T05:00:00Z")]
    // EU 1049/2001: 15 working days.
    [InlineData("eu-1049-2001", "2022-01-10T10:00", "2022-01-31", "2022-01-31T23:00:00Z")]
    // Russia 8-FZ: 30 calendar days.
    [InlineData("ru-8-fz", "2022-01-10T10:00", "2022-02-09", "2022-02-09T21:00:00Z")]
    // ... ending on a Sunday: moved to Monday (Civil Code art. 193).
    [InlineData("ru-8-fz", "2022-01-21T10:00", "2022-02-21", "2022-02-21T21:00:00Z")]
    // ... ending on Defender of the Fatherland Day (Wednesday 23 February): moved to the 24th.
    [InlineData("ru-8-fz", "2022-01-24T10:00", "2022-02-24", "2022-02-24T21:00:00Z")]
    // Kazakhstan 401-V: 15 calendar days landing in Nauryz (21-23 March 2022): moved to the 24th.
    [InlineData("kz-401-v", "2022-03-07T10:00", "2022-03-24", "2022-03-24T18:00:00Z")]
    // An international organisation without a law: 30 calendar days, no roll.
    [InlineData("io-default", "2022-01-10T10:00", "2022-02-09", "2022-02-10T00:00:00Z")]
    // The last column is the instant the last day ends in the calendar's zone, converted to UTC by hand
    // (GMT/BST, EST, CET, MSK +3, ALMT +6 in 2022).
    public void The_response_deadline_matches_the_worked_example(string lawId, string receivedLocal, string dueDate, string dueUtc)
    {
        var law = ShippedDefinitions.Catalog.Laws[lawId];
        var calendar = ShippedDefinitions.Catalog.Calendars[law.CalendarId];
        var start = LocalDateTimePattern.GeneralIso.Parse(receivedLocal + ":00").Value.InZoneStrictly(calendar.Zone).ToInstant();

        var result = DeadlineCalculator.Add(start, law.Response, calendar, law.LastDayRollsToWorkingDay);

        Assert.Equal(LocalDatePattern.Iso.Parse(dueDate).Value, result.DueDate);
        Assert.Equal(InstantPattern.General.Parse(dueUtc).Value, result.Due);
    }

    [Fact]
    public void The_explanation_names_the_rule_the_zone_and_each_holiday_skipped()
    {
        var ru = ShippedDefinitions.Catalog.Calendars["ru"];
        var start = Instant.FromUtc(2022, 1, 5, 9, 0);

        var text = DeadlineCalculator.Add(start, new LegalSpan(3, SpanUnit.WorkingDays), ru).Explain();

        Assert.Contains("3 working days from Wed 5 Jan 2022 (Europe/Moscow; calendar: Russian Federation)", text, StringComparison.Ordinal);
        Assert.Contains("Fri 7 Jan 2022 (Orthodox Christmas)", text, StringComparison.Ordinal);
        Assert.Contains("due by the end of Wed 12 Jan 2022", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_received_after_the_end_of_the_working_day_counts_from_the_next_day()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/London"];
        var calendar = new WorkCalendar("t", "t", zone, new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday },
            new LocalTime(17, 0), [], new HashSet<LocalDate>());
        var before = new LocalDateTime(2022, 1, 10, 16, 59).InZoneStrictly(zone).ToInstant();
        var after = new LocalDateTime(2022, 1, 10, 17, 30).InZoneStrictly(zone).ToInstant();

        var early = DeadlineCalculator.Add(before, new LegalSpan(5, SpanUnit.WorkingDays), calendar);
        var late = DeadlineCalculator.Add(after, new LegalSpan(5, SpanUnit.WorkingDays), calendar);

        Assert.Equal(new LocalDate(2022, 1, 17), early.DueDate);
        Assert.Equal(new LocalDate(2022, 1, 18), late.DueDate);
        Assert.True(late.ReceivedAfterHours);
        Assert.Contains("after the end of the working day", late.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_end_of_the_day_follows_daylight_saving_time()
    {
        var uk = ShippedDefinitions.Catalog.Calendars["uk"];
        var winter = DeadlineCalculator.Add(Instant.FromUtc(2022, 3, 21, 10, 0), new LegalSpan(3, SpanUnit.WorkingDays), uk);
        var summer = DeadlineCalculator.Add(Instant.FromUtc(2022, 3, 24, 10, 0), new LegalSpan(3, SpanUnit.WorkingDays), uk);

        Assert.Equal(Instant.FromUtc(2022, 3, 25, 0, 0), winter.Due); // GMT
        Assert.Equal(Instant.FromUtc(2022, 3, 29, 23, 0), summer.Due); // BST, clocks went forward on 27 March
    }

    [Fact]
    public void Immediately_is_due_at_once_and_clock_units_add_elapsed_time()
    {
        var calendar = ShippedDefinitions.Catalog.Calendars["calendar-days"];
        var start = Instant.FromUtc(2022, 1, 7, 12, 0);

        Assert.Equal(start, DeadlineCalculator.Add(start, LegalSpan.Immediately, calendar).Due);
        Assert.Equal(start + Duration.FromSeconds(90), DeadlineCalculator.Add(start, new LegalSpan(90, SpanUnit.Seconds), calendar).Due);
    }

    [Fact]
    public void A_paused_clock_resumes_with_the_working_days_that_were_left()
    {
        var us = ShippedDefinitions.Catalog.Calendars["us-federal"];
        var start = Instant.FromUtc(2022, 1, 10, 15, 0);
        var stop = Instant.FromUtc(2022, 1, 14, 15, 0); // 4 working days used (11-14 January)

        var left = DeadlineCalculator.Remaining(start, stop, new LegalSpan(20, SpanUnit.WorkingDays), us);

        Assert.Equal(new LegalSpan(16, SpanUnit.WorkingDays), left);
    }

    [Theory]
    [InlineData("1 working day", 1, "WorkingDays")]
    [InlineData("20 working days", 20, "WorkingDays")]
    [InlineData("30 days", 30, "CalendarDays")]
    [InlineData("15 calendar days", 15, "CalendarDays")]
    [InlineData("6 weeks", 6, "Weeks")]
    [InlineData("3 months", 3, "Months")]
    [InlineData("2 hours", 2, "Hours")]
    [InlineData("90 seconds", 90, "Seconds")]
    [InlineData("immediately", 0, "Immediately")]
    [InlineData("3 day", 3, "CalendarDays")]
    [InlineData("1 minute", 1, "Minutes")]
    [InlineData("5 Working Days", 5, "WorkingDays")]
    [InlineData("10000 days", 10000, "CalendarDays")] // the largest amount read
    public void Spans_parse_as_laws_write_them(string text, int amount, string unit)
    {
        Assert.True(LegalSpan.TryParse(text, out var span));
        Assert.Equal(new LegalSpan(amount, Enum.Parse<SpanUnit>(unit)), span);
    }

    [Theory]
    [InlineData("twenty working days")]
    [InlineData("20 workin days")]
    [InlineData("-3 days")]
    [InlineData("20")]
    [InlineData("")]
    [InlineData("10001 days")]
    [InlineData("3 fortnights")]
    [InlineData("days")]
    public void Bad_spans_are_rejected(string text) => Assert.False(LegalSpan.TryParse(text, out _));
}
