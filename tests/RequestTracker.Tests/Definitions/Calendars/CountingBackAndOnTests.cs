using NodaTime;
using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Tests.Definitions.Calendars;

/// <summary>
/// Counting back from a deadline (warning dates) and on from one (ladder steps), on the UK calendar,
/// counted by hand: Easter 2022 was 17 April (Good Friday 15th, Easter Monday 18th); BST from 27 March.
/// </summary>
public class CountingBackAndOnTests
{
    private static readonly WorkCalendar Uk = ShippedDefinitions.Catalog.Calendars["uk"];

    private static Instant EndOf(int year, int month, int day) => DeadlineCalculator.EndOfDay(new LocalDate(year, month, day), Uk.Zone);

    [Theory]
    // 5 working days before Friday 8 April 2022: 7, 6, 5, 4 and 1 April: the start of Friday 1 April (BST).
    [InlineData(2022, 4, 8, "5 working days", "2022-03-31T23:00:00Z")]
    // 2 working days before Tuesday 19 April 2022: Easter Monday and Good Friday skipped: 14 and 13 April.
    [InlineData(2022, 4, 19, "2 working days", "2022-04-12T23:00:00Z")]
    // 10 calendar days before Friday 15 April 2022: the start of Tuesday 5 April.
    [InlineData(2022, 4, 15, "10 calendar days", "2022-04-04T23:00:00Z")]
    // 2 weeks before Friday 14 January 2022 (GMT): the start of Friday 31 December 2021.
    [InlineData(2022, 1, 14, "2 weeks", "2021-12-31T00:00:00Z")]
    // 1 month before Monday 31 January 2022: Friday 31 December 2021.
    [InlineData(2022, 1, 31, "1 month", "2021-12-31T00:00:00Z")]
    public void Counting_back_gives_the_start_of_the_day_that_many_days_before_the_last_day(int year, int month, int day, string span, string expected)
    {
        Assert.True(LegalSpan.TryParse(span, out var parsed));

        var warning = DeadlineCalculator.Before(EndOf(year, month, day), parsed, Uk);

        Assert.Equal(Instant.FromDateTimeOffset(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), warning);
    }

    [Fact]
    public void Counting_back_clock_time_subtracts_it()
    {
        var deadline = Instant.FromUtc(2022, 4, 8, 12, 0);

        Assert.Equal(deadline - Duration.FromHours(2), DeadlineCalculator.Before(deadline, new LegalSpan(2, SpanUnit.Hours), Uk));
    }

    [Fact]
    public void A_step_zero_days_after_a_deadline_starts_when_the_deadline_ends_and_one_working_day_after_it_ends_a_day_later()
    {
        var deadline = EndOf(2022, 2, 7); // Monday

        Assert.Equal(deadline, DeadlineCalculator.After(deadline, new LegalSpan(0, SpanUnit.WorkingDays), Uk).Due);
        Assert.Equal(EndOf(2022, 2, 8), DeadlineCalculator.After(deadline, new LegalSpan(1, SpanUnit.WorkingDays), Uk).Due);
        // From Thursday 14 April 2022: Good Friday and Easter Monday are skipped, the next working day is Tuesday 19 April.
        Assert.Equal(EndOf(2022, 4, 19), DeadlineCalculator.After(EndOf(2022, 4, 14), new LegalSpan(1, SpanUnit.WorkingDays), Uk).Due);
    }

    [Fact]
    public void Clock_time_after_a_deadline_runs_from_the_deadline_instant_itself()
    {
        var deadline = Instant.FromUtc(2022, 4, 8, 12, 0);

        Assert.Equal(deadline + Duration.FromSeconds(90), DeadlineCalculator.After(deadline, new LegalSpan(90, SpanUnit.Seconds), Uk).Due);
        Assert.Equal(deadline, DeadlineCalculator.After(deadline, new LegalSpan(0, SpanUnit.Immediately), Uk).Due);
    }
}
