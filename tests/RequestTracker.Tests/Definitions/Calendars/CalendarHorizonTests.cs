using NodaTime;
using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Tests.Definitions.Calendars;

/// <summary>Which calendars need their next official list: those confirmed for less than twelve months ahead.</summary>
public class CalendarHorizonTests
{
    private static WorkCalendar Calendar(string id, int confirmedThrough) =>
        new(id, id, DateTimeZone.Utc, new HashSet<IsoDayOfWeek>(), null, [], new HashSet<LocalDate>()) { ConfirmedThrough = confirmedThrough };

    [Fact]
    public void A_calendar_confirmed_for_less_than_twelve_months_ahead_is_named_with_its_first_provisional_year()
    {
        var warnings = CalendarHorizon.Warnings([Calendar("zz", 2026), Calendar("aa", 2026), Calendar("ok", 2027)], new LocalDate(2026, 1, 1));

        Assert.Equal(
            [
                "calendar aa is confirmed through 2026 only: deadlines in 2027 and later are provisional until its official list is added.",
                "calendar zz is confirmed through 2026 only: deadlines in 2027 and later are provisional until its official list is added.",
            ],
            warnings);
    }

    [Theory]
    [InlineData(2026, 12, 31, 2027, false)] // twelve months ahead is 31 December 2027: still inside 2027
    [InlineData(2027, 1, 1, 2027, true)]    // twelve months ahead is in 2028
    [InlineData(2026, 6, 1, 2027, false)]
    [InlineData(2026, 6, 1, 2026, true)]
    public void The_horizon_is_twelve_months_from_today(int year, int month, int day, int confirmedThrough, bool warned) =>
        Assert.Equal(warned, CalendarHorizon.Warnings([Calendar("c", confirmedThrough)], new LocalDate(year, month, day)).Count == 1);
}
