using NodaTime;
using RequestTracker.Runtime;

namespace RequestTracker.Tests.Runtime;

/// <summary>The day a deadline instant stands for, as letters, pages and the API print it.</summary>
public class LegalDayTests
{
    private static readonly DateTimeZone Moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];

    [Fact]
    public void The_midnight_that_ends_a_day_is_that_day_and_any_other_instant_its_own_day()
    {
        // 21:00 UTC on 9 February 2022 is midnight in Moscow: the end of Wednesday 9 February.
        Assert.Equal(new LocalDate(2022, 2, 9), LegalDay.Of(Instant.FromUtc(2022, 2, 9, 21, 0), Moscow));
        Assert.Equal(new LocalDate(2022, 2, 10), LegalDay.Of(Instant.FromUtc(2022, 2, 9, 21, 1), Moscow));
        Assert.Equal(new LocalDate(2022, 2, 9), LegalDay.Of(Instant.FromUtc(2022, 2, 9, 20, 59), Moscow));
    }

    [Fact]
    public void Dates_are_printed_for_letters_lists_and_machines()
    {
        var end = new DateTime(2022, 2, 9, 21, 0, 0, DateTimeKind.Utc);

        Assert.Equal("Wednesday 9 February 2022", LegalDay.Words(new LocalDate(2022, 2, 9)));
        Assert.Equal("Wed 9 Feb 2022", LegalDay.Brief(new LocalDate(2022, 2, 9)));
        Assert.Equal("2022-02-09", LegalDay.Iso(end, "Europe/Moscow"));
        Assert.Equal("2022-02-09", LegalDay.Iso(end, "Etc/UTC")); // 21:00 UTC is not a day's end there: its own day
        Assert.Null(LegalDay.Iso(null, "Europe/Moscow"));
    }

    [Theory]
    [InlineData("Europe/Moscow", "Europe/Moscow")]
    [InlineData("", "Asia/Almaty")]
    [InlineData(null, "Asia/Almaty")]
    [InlineData("Mars/Olympus_Mons", "Asia/Almaty")]
    public void A_missing_or_unknown_zone_falls_back(string? id, string expected) =>
        Assert.Equal(expected, LegalDay.Zone(id, DateTimeZoneProviders.Tzdb["Asia/Almaty"]).Id);
}
