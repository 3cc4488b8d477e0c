using CsCheck;
using NodaTime;
using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Tests.Calendars;

/// <summary>
/// Properties of working-day and calendar-day arithmetic over 2000-2040 in three time zones (London,
/// New York, Moscow): every daylight-saving change, weekend holiday and year end in that range is in reach.
/// </summary>
public class DeadlinePropertyTests
{
    private static readonly string[] Calendars = ["uk-england-wales", "us-federal", "ru"];
    private static readonly Instant From = Instant.FromUtc(2000, 1, 1, 0, 0);

    private static readonly Gen<(Instant Start, WorkCalendar Calendar, int Days)> Cases =
        Gen.Select(Gen.Long[0, 40L * 365 * 24 * 3600], Gen.Int[0, Calendars.Length - 1], Gen.Int[1, 60])
            .Select(t => (From + Duration.FromSeconds(t.Item1), ShippedDefinitions.Catalog.Calendars[Calendars[t.Item2]], t.Item3));

    [Fact]
    public void A_working_day_deadline_is_a_working_day_exactly_n_working_days_after_receipt() =>
        Cases.Sample(c =>
        {
            var result = DeadlineCalculator.Add(c.Start, new LegalSpan(c.Days, SpanUnit.WorkingDays), c.Calendar);
            var receipt = c.Start.InZone(c.Calendar.Zone).Date;
            var due = result.DueDate!.Value;

            Assert.True(c.Calendar.IsWorkingDay(due));
            var counted = 0;
            for (var d = receipt.PlusDays(1); d <= due; d = d.PlusDays(1))
            {
                counted += c.Calendar.IsWorkingDay(d) ? 1 : 0;
            }

            Assert.Equal(c.Days, counted);
            Assert.Equal(result.Skipped.Count, Period.Between(receipt, due, PeriodUnits.Days).Days - c.Days);
        }, iter: 3000);

    [Fact]
    public void The_deadline_instant_is_the_end_of_the_due_day_in_the_authoritys_zone() =>
        Cases.Sample(c =>
        {
            var result = DeadlineCalculator.Add(c.Start, new LegalSpan(c.Days, SpanUnit.WorkingDays), c.Calendar);
            var local = result.Due.InZone(c.Calendar.Zone);

            Assert.Equal(LocalTime.Midnight, local.TimeOfDay);
            Assert.Equal(result.DueDate!.Value.PlusDays(1), local.Date);
            Assert.True(result.Due > c.Start);
        }, iter: 3000);

    [Fact]
    public void A_later_receipt_never_gives_an_earlier_deadline() =>
        Gen.Select(Cases, Gen.Int[0, 7 * 24 * 3600]).Sample((c, later) =>
        {
            var span = new LegalSpan(c.Days, SpanUnit.WorkingDays);
            var first = DeadlineCalculator.Add(c.Start, span, c.Calendar);
            var second = DeadlineCalculator.Add(c.Start + Duration.FromSeconds(later), span, c.Calendar);

            Assert.True(second.Due >= first.Due);
        }, iter: 3000);

    [Fact]
    public void A_rolled_calendar_day_deadline_is_the_first_working_day_on_or_after_day_n() =>
        Cases.Sample(c =>
        {
            var result = DeadlineCalculator.Add(c.Start, new LegalSpan(c.Days, SpanUnit.CalendarDays), c.Calendar, rollToWorkingDay: true);
            var nominal = c.Start.InZone(c.Calendar.Zone).Date.PlusDays(c.Days);
            var due = result.DueDate!.Value;

            Assert.True(c.Calendar.IsWorkingDay(due));
            Assert.True(due >= nominal);
            for (var d = nominal; d < due; d = d.PlusDays(1))
            {
                Assert.False(c.Calendar.IsWorkingDay(d));
            }
        }, iter: 3000);
}
