using NodaTime;
using NodaTime.Text;

namespace RequestTracker.Tests.Calendars;

/// <summary>The shipped calendars against their published holiday lists.</summary>
public class ShippedCalendarTests
{
    [Fact]
    public void England_and_wales_2022_matches_gov_uk_including_substitute_and_one_off_days() =>
        AssertHolidays("uk-england-wales", 2022,
            "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27");

    [Fact]
    public void England_and_wales_2021_gives_christmas_and_boxing_day_successive_substitutes() =>
        AssertHolidays("uk-england-wales", 2021,
            "2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28");

    [Fact]
    public void Us_federal_2021_observes_weekend_holidays_on_the_nearest_weekday_even_across_the_year_end() =>
        AssertHolidays("us-federal", 2021,
            "2021-01-01", "2021-01-18", "2021-02-15", "2021-05-31", "2021-06-18", "2021-07-05", "2021-09-06", "2021-10-11",
            "2021-11-11", "2021-11-25", "2021-12-24", "2021-12-31");

    [Fact]
    public void Russia_2022_follows_the_labour_code_and_the_transfer_decree()
    {
        var ru = ShippedDefinitions.Catalog.Calendars["ru"];
        foreach (var off in new[] { "2022-01-07", "2022-02-23", "2022-03-07", "2022-03-08", "2022-05-02", "2022-05-03", "2022-05-09", "2022-05-10", "2022-06-13", "2022-11-04" })
        {
            Assert.False(ru.IsWorkingDay(Date(off)), off);
        }

        Assert.True(ru.IsWorkingDay(Date("2022-03-05")), "Saturday 5 March 2022 was a working day by decree");
        Assert.Equal("Orthodox Christmas", ru.NonWorkingReason(Date("2022-01-07")));
    }

    [Fact]
    public void Kazakhstan_nauryz_and_republic_day_are_days_off()
    {
        var kz = ShippedDefinitions.Catalog.Calendars["kz"];

        Assert.Equal("Nauryz meiramy", kz.NonWorkingReason(Date("2022-03-22")));
        Assert.Equal("Republic Day", kz.NonWorkingReason(Date("2022-10-25")));
        Assert.True(kz.IsWorkingDay(Date("2021-10-25")), "Republic Day is a day off from 2022");
    }

    // Published lists give the days off; a holiday that falls on a weekend is there only as its substitute.
    private static void AssertHolidays(string calendar, int year, params string[] expected) =>
        Assert.Equal(
            expected.Select(Date).Order(),
            ShippedDefinitions.Catalog.Calendars[calendar].Holidays(year).Keys
                .Where(d => d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)).Order());

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
