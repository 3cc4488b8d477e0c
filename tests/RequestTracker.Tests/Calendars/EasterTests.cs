using NodaTime;
using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Tests.Calendars;

public class EasterTests
{
    [Theory]
    [InlineData(2000, 4, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2022, 4, 17)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2038, 4, 25)]
    public void Western_easter_matches_the_published_dates(int year, int month, int day) =>
        Assert.Equal(new LocalDate(year, month, day), Easter.Western(year));

    [Theory]
    [InlineData(2019, 4, 28)]
    [InlineData(2022, 4, 24)]
    [InlineData(2023, 4, 16)]
    [InlineData(2024, 5, 5)]
    [InlineData(2025, 4, 20)]
    public void Orthodox_easter_matches_the_published_dates(int year, int month, int day) =>
        Assert.Equal(new LocalDate(year, month, day), Easter.Orthodox(year));
}
