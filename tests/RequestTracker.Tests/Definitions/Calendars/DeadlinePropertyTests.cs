using CsCheck;
using NodaTime;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Tests.Definitions.Laws;

namespace RequestTracker.Tests.Definitions.Calendars;

/// <summary>
/// Deadline arithmetic against an independent oracle: a day-by-day counter over the published lists typed
/// in by hand (<see cref="PublishedCalendars"/>), never the calendar code under test. Receipts are drawn
/// across every year the lists cover, in London, Moscow, Almaty and New York, so every daylight-saving
/// change, weekend holiday, decree-moved day and year end in that range is in reach.
/// </summary>
public class DeadlinePropertyTests
{
    private static readonly string[] Calendars = ["uk", "ru", "kz", "us-federal"];

    /// <summary>A receipt instant in a covered year, late enough in the coverage that 60 working days stay inside it.</summary>
    private static readonly Gen<(Instant Start, string Calendar, int Days)> Cases =
        Gen.Select(Gen.Int[0, Calendars.Length - 1], Gen.Double[0, 1], Gen.Int[1, 60]).Select(t =>
        {
            var id = Calendars[t.Item1];
            var (first, last) = PublishedCalendars.Covered(id);
            var from = Instant.FromUtc(first, 1, 1, 12, 0);
            var to = Instant.FromUtc(last, 9, 1, 0, 0); // at most 60 working days (~3 months) before the coverage ends
            return (from + Duration.FromSeconds((long)((to - from).TotalSeconds * t.Item2)), id, t.Item3);
        });

    [Fact]
    public void A_working_day_deadline_is_the_nth_working_day_after_receipt_by_the_published_list() =>
        Cases.Sample(c =>
        {
            var calendar = ShippedDefinitions.Catalog.Calendars[c.Calendar];
            var result = DeadlineCalculator.Add(c.Start, new LegalSpan(c.Days, SpanUnit.WorkingDays), calendar);

            var day = c.Start.InZone(calendar.Zone).Date;
            for (var counted = 0; counted < c.Days;)
            {
                day = day.PlusDays(1);
                counted += PublishedCalendars.IsWorkingDay(c.Calendar, day) ? 1 : 0;
            }

            Assert.Equal(day, result.DueDate);
            Assert.Equal(calendar.Zone.AtStartOfDay(day.PlusDays(1)).ToInstant(), result.Due);
            // Provisional exactly when the day of receipt or the last day falls in a year not typed from the adopted acts.
            var receipt = c.Start.InZone(calendar.Zone).Date;
            Assert.Equal(!PublishedCalendars.Confirmed(c.Calendar, receipt.Year) || !PublishedCalendars.Confirmed(c.Calendar, day.Year), result.Provisional);
        }, iter: 3000);

    [Fact]
    public void A_rolled_calendar_day_deadline_is_the_first_published_working_day_on_or_after_day_n() =>
        Cases.Sample(c =>
        {
            var calendar = ShippedDefinitions.Catalog.Calendars[c.Calendar];
            var result = DeadlineCalculator.Add(c.Start, new LegalSpan(c.Days, SpanUnit.CalendarDays), calendar, rollToWorkingDay: true);

            var day = c.Start.InZone(calendar.Zone).Date.PlusDays(c.Days);
            var raw = day;
            while (!PublishedCalendars.IsWorkingDay(c.Calendar, day))
            {
                day = day.PlusDays(1);
            }

            Assert.Equal(day, result.DueDate);
            Assert.Equal(raw != day ? raw : null, result.RawDueDate);
        }, iter: 3000);

    [Fact]
    public void The_deadline_instant_is_the_end_of_the_due_day_in_the_zone_across_daylight_saving() =>
        Gen.Select(Gen.Long[0, 40L * 365 * 24 * 3600], Gen.Int[0, Calendars.Length - 1], Gen.Int[1, 60]).Sample(t =>
        {
            var calendar = ShippedDefinitions.Catalog.Calendars[Calendars[t.Item2]];
            var start = Instant.FromUtc(2000, 1, 1, 0, 0) + Duration.FromSeconds(t.Item1);
            var result = DeadlineCalculator.Add(start, new LegalSpan(t.Item3, SpanUnit.WorkingDays), calendar);
            var local = result.Due.InZone(calendar.Zone);

            Assert.Equal(LocalTime.Midnight, local.TimeOfDay);
            Assert.Equal(result.DueDate!.Value.PlusDays(1), local.Date);
            Assert.True(result.Due > start);
        }, iter: 3000);

    [Fact]
    public void A_later_receipt_never_gives_an_earlier_deadline() =>
        Gen.Select(Cases, Gen.Int[0, 7 * 24 * 3600]).Sample((c, later) =>
        {
            var calendar = ShippedDefinitions.Catalog.Calendars[c.Calendar];
            var span = new LegalSpan(c.Days, SpanUnit.WorkingDays);
            var first = DeadlineCalculator.Add(c.Start, span, calendar);
            var second = DeadlineCalculator.Add(c.Start + Duration.FromSeconds(later), span, calendar);

            Assert.True(second.Due >= first.Due);
        }, iter: 3000);
}
