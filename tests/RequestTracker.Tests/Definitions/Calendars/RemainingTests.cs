using NodaTime;
using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Tests.Definitions.Calendars;

/// <summary>
/// How much of a period is left when a clock stops (a law that pauses for clarification, US FOIA): only
/// days the period counts are used up. Counted by hand from receipt on Monday 10 January 2022.
/// </summary>
public class RemainingTests
{
    private static readonly LegalSpan TwentyWorkingDays = new(20, SpanUnit.WorkingDays);
    private static readonly LegalSpan ThirtyDays = new(30, SpanUnit.CalendarDays);

    [Theory]
    // Stopped Friday 14 January: 11-14 January used, 16 left.
    [InlineData(2022, 1, 14, 16)]
    // Stopped Monday 17 January: the weekend of 15-16 January uses nothing, 11-14 and 17 do: 15 left.
    [InlineData(2022, 1, 17, 15)]
    // Stopped on the day of receipt: nothing used.
    [InlineData(2022, 1, 10, 20)]
    // Stopped after the deadline (Monday 7 February): nothing left, never less.
    [InlineData(2022, 3, 1, 0)]
    public void Working_days_left_count_only_working_days_used(int year, int month, int day, int left)
    {
        var remaining = DeadlineCalculator.Remaining(London(2022, 1, 10, 10), London(year, month, day, 12), TwentyWorkingDays, Uk);

        Assert.Equal(new LegalSpan(left, SpanUnit.WorkingDays), remaining);
    }

    [Theory]
    // Stopped Saturday 15 January: 11-15 January used, 25 left.
    [InlineData(2022, 1, 15, 25)]
    // Stopped the day before receipt (a record entered out of order): nothing used.
    [InlineData(2022, 1, 9, 30)]
    // Stopped after the last day (9 February): nothing left, never less.
    [InlineData(2022, 2, 20, 0)]
    public void Calendar_days_left_count_every_day_used(int year, int month, int day, int left)
    {
        var remaining = DeadlineCalculator.Remaining(London(2022, 1, 10, 10), London(year, month, day, 12), ThirtyDays, Uk);

        Assert.Equal(new LegalSpan(left, SpanUnit.CalendarDays), remaining);
    }

    [Theory]
    [InlineData(30, 60)]
    [InlineData(89.5, 1)] // part of a second left rounds up: the authority keeps it
    [InlineData(120, 0)]
    public void Clock_time_left_is_counted_in_seconds(double stoppedAfterSeconds, int left)
    {
        var start = London(2022, 1, 10, 10);

        var remaining = DeadlineCalculator.Remaining(start, start + Duration.FromSeconds(stoppedAfterSeconds), new LegalSpan(90, SpanUnit.Seconds), Uk);

        Assert.Equal(new LegalSpan(left, SpanUnit.Seconds), remaining);
    }

    [Fact]
    public void Immediately_stays_immediately() =>
        Assert.Equal(new LegalSpan(0, SpanUnit.Immediately), DeadlineCalculator.Remaining(London(2022, 1, 10, 10), London(2022, 1, 12, 10), new LegalSpan(0, SpanUnit.Immediately), Uk));

    private static WorkCalendar Uk => ShippedDefinitions.Catalog.Calendars["uk"];

    private static Instant London(int year, int month, int day, int hour) =>
        new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/London"]).ToInstant();
}
