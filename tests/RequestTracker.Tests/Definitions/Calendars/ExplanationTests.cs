using NodaTime;
using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Tests.Definitions.Calendars;

/// <summary>
/// The explanation shown with every deadline, word for word: it is what an advocate checks the date
/// against and quotes to an authority, so each phrase is asserted whole. Dates counted by hand.
/// </summary>
public class ExplanationTests
{
    private static readonly WorkCalendar FivePm = new(
        "office", "Office hours", DateTimeZoneProviders.Tzdb["Europe/London"], new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday },
        new LocalTime(17, 0), [], new HashSet<LocalDate>());

    [Fact]
    public void Working_days_name_day_0_day_1_the_weekend_days_and_the_last_day()
    {
        // Monday 10 January 2022: day 1 is Tuesday 11th; the weekends of 15-16, 22-23, 29-30 January and 5-6 February are skipped.
        var text = Explain("uk", Local("Europe/London", 2022, 1, 10, 10), new LegalSpan(20, SpanUnit.WorkingDays));

        Assert.Equal("20 working days from Mon 10 Jan 2022 (Europe/London; calendar: United Kingdom (all parts)): day 0 is Mon 10 Jan 2022, day 1 is Tue 11 Jan 2022; skipped 8 weekend days; due by the end of Mon 7 Feb 2022.", text);
    }

    [Fact]
    public void Holidays_are_named_with_their_dates_after_the_weekend_days()
    {
        var text = Explain("uk", Local("Europe/London", 2022, 4, 7, 10), new LegalSpan(20, SpanUnit.WorkingDays));

        Assert.Equal(
            "20 working days from Thu 7 Apr 2022 (Europe/London; calendar: United Kingdom (all parts)): day 0 is Thu 7 Apr 2022, day 1 is Fri 8 Apr 2022; skipped 10 weekend days, "
            + "Fri 15 Apr 2022 (Good Friday), Mon 18 Apr 2022 (Easter Monday (England, Wales, Northern Ireland)), Mon 2 May 2022 (Early May bank holiday); "
            + "due by the end of Tue 10 May 2022.",
            text);
    }

    [Fact]
    public void A_request_after_hours_counts_from_the_next_day_and_day_1_skips_the_weekend()
    {
        // Friday 7 January at 17:00 sharp is after hours: day 0 is Saturday 8th, day 1 Monday 10th (Sunday skipped).
        var computation = DeadlineCalculator.Add(Local("Europe/London", 2022, 1, 7, 17), new LegalSpan(3, SpanUnit.WorkingDays), FivePm);

        Assert.True(computation.ReceivedAfterHours);
        Assert.Equal(
            "3 working days from Fri 7 Jan 2022 (Europe/London; calendar: Office hours); received 17:00, after the end of the working day, so counted from the next day: "
            + "day 0 is Sat 8 Jan 2022, day 1 is Mon 10 Jan 2022; skipped 1 weekend day; due by the end of Wed 12 Jan 2022.",
            computation.Explain());
    }

    [Fact]
    public void A_last_day_on_a_weekend_rolls_forward_and_says_from_which_day()
    {
        // 30 calendar days from Friday 21 January 2022 is Sunday 20 February; day 1 is the Saturday, calendar days count every day.
        var computation = DeadlineCalculator.Add(Local("Europe/Moscow", 2022, 1, 21, 10), new LegalSpan(30, SpanUnit.CalendarDays), ShippedDefinitions.Catalog.Calendars["ru"], rollToWorkingDay: true);

        Assert.True(computation.RolledForward);
        Assert.Equal(new LocalDate(2022, 2, 20), computation.RawDueDate);
        Assert.Equal(
            "30 calendar days from Fri 21 Jan 2022 (Europe/Moscow; calendar: Russian Federation): day 0 is Fri 21 Jan 2022, day 1 is Sat 22 Jan 2022; skipped 1 weekend day; "
            + "the last day, Sun 20 Feb 2022, is not a working day, so the deadline moves to the next working day; due by the end of Mon 21 Feb 2022.",
            computation.Explain());
    }

    [Fact]
    public void A_last_day_on_a_holiday_names_only_the_holiday()
    {
        var computation = DeadlineCalculator.Add(Local("Europe/Moscow", 2022, 1, 24, 10), new LegalSpan(30, SpanUnit.CalendarDays), ShippedDefinitions.Catalog.Calendars["ru"], rollToWorkingDay: true);

        Assert.Equal(
            "30 calendar days from Mon 24 Jan 2022 (Europe/Moscow; calendar: Russian Federation): day 0 is Mon 24 Jan 2022, day 1 is Tue 25 Jan 2022; skipped Wed 23 Feb 2022 (Defender of the Fatherland Day); "
            + "the last day, Wed 23 Feb 2022, is not a working day, so the deadline moves to the next working day; due by the end of Thu 24 Feb 2022.",
            computation.Explain());
    }

    [Fact]
    public void Nothing_skipped_is_not_mentioned_and_an_unrolled_deadline_names_no_raw_day()
    {
        var computation = DeadlineCalculator.Add(Local("Etc/UTC", 2022, 1, 10, 10), new LegalSpan(2, SpanUnit.CalendarDays), ShippedDefinitions.Catalog.Calendars["calendar-days"], rollToWorkingDay: true);

        Assert.False(computation.RolledForward);
        Assert.Null(computation.RawDueDate);
        Assert.Equal("2 calendar days from Mon 10 Jan 2022 (Etc/UTC; calendar: Every day counts (no weekend or holiday skipped)): day 0 is Mon 10 Jan 2022, day 1 is Tue 11 Jan 2022; due by the end of Wed 12 Jan 2022.", computation.Explain());
    }

    [Fact]
    public void Clock_time_and_immediately_are_explained_to_the_second_and_the_minute()
    {
        var start = Local("Europe/London", 2022, 1, 10, 10);
        var uk = ShippedDefinitions.Catalog.Calendars["uk"];

        Assert.Equal("90 seconds from 10 Jan 2022 10:00:00 (Europe/London); due 10 Jan 2022 10:01:30.", DeadlineCalculator.Add(start, new LegalSpan(90, SpanUnit.Seconds), uk).Explain());
        Assert.Equal("2 hours from 10 Jan 2022 10:00:00 (Europe/London); due 10 Jan 2022 12:00:00.", DeadlineCalculator.Add(start, new LegalSpan(2, SpanUnit.Hours), uk).Explain());
        Assert.Equal("1 minute from 10 Jan 2022 10:00:00 (Europe/London); due 10 Jan 2022 10:01:00.", DeadlineCalculator.Add(start, new LegalSpan(1, SpanUnit.Minutes), uk).Explain());
        Assert.Equal("Immediately: due at once from 10 Jan 2022 10:00 (Europe/London).", DeadlineCalculator.Add(start, new LegalSpan(0, SpanUnit.Immediately), uk).Explain());
    }

    [Fact]
    public void Clock_time_and_immediately_are_provisional_only_outside_the_confirmed_years()
    {
        var uk = ShippedDefinitions.Catalog.Calendars["uk"];
        var confirmed = Local("Europe/London", 2022, 1, 10, 10);
        var beyond = Local("Europe/London", uk.ConfirmedThrough + 1, 1, 10, 10);

        foreach (var span in new[] { new LegalSpan(0, SpanUnit.Immediately), new LegalSpan(2, SpanUnit.Hours), new LegalSpan(5, SpanUnit.Minutes) })
        {
            var inside = DeadlineCalculator.Add(confirmed, span, uk);
            var outside = DeadlineCalculator.Add(beyond, span, uk);
            Assert.False(inside.Provisional, span.ToString());
            Assert.True(outside.Provisional, span.ToString());
            Assert.Equal((false, false, null), (inside.ReceivedAfterHours, inside.RolledForward, inside.DueDate));
            Assert.Empty(inside.Skipped);
        }
    }

    [Theory]
    [InlineData(1, nameof(SpanUnit.Weeks), "1 week", "within 1 week")]
    [InlineData(6, nameof(SpanUnit.Weeks), "6 weeks", "within 6 weeks")]
    [InlineData(1, nameof(SpanUnit.Months), "1 month", "within 1 month")]
    [InlineData(3, nameof(SpanUnit.Months), "3 months", "within 3 months")]
    [InlineData(1, nameof(SpanUnit.Hours), "1 hour", "within 1 hour")]
    [InlineData(2, nameof(SpanUnit.Minutes), "2 minutes", "within 2 minutes")]
    [InlineData(1, nameof(SpanUnit.Seconds), "1 second", "within 1 second")]
    [InlineData(1, nameof(SpanUnit.WorkingDays), "1 working day", "within 1 working day")]
    [InlineData(1, nameof(SpanUnit.CalendarDays), "1 calendar day", "within 1 calendar day")]
    [InlineData(0, nameof(SpanUnit.Immediately), "immediately", "immediately")]
    public void A_span_reads_as_the_law_writes_it_and_parses_back(int amount, string unit, string text, string within)
    {
        var span = new LegalSpan(amount, Enum.Parse<SpanUnit>(unit));

        Assert.Equal(text, span.ToString());
        Assert.Equal(within, span.Within);
        Assert.True(LegalSpan.TryParse(text, out var parsed));
        Assert.Equal(span, parsed);
    }

    private static string Explain(string calendarId, Instant start, LegalSpan span) =>
        DeadlineCalculator.Add(start, span, ShippedDefinitions.Catalog.Calendars[calendarId]).Explain();

    private static Instant Local(string zone, int year, int month, int day, int hour) =>
        new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb[zone]).ToInstant();
}
