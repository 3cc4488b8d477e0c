using System.Globalization;
using NodaTime;
using NodaTime.Text;
using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Tests.Definitions.Calendars;

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

    /// <summary>Three centuries from the reference table (Definitions/Laws/easter-1900-2199.csv, with its source).</summary>
    [Fact]
    public void Both_computations_match_the_reference_table_for_1900_to_2199()
    {
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Definitions", "Laws", "easter-1900-2199.csv"))
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split(','))
            .ToList();
        var wrong = rows
            .Select(r => (Year: int.Parse(r[0], CultureInfo.InvariantCulture), Western: LocalDatePattern.Iso.Parse(r[1]).Value, Orthodox: LocalDatePattern.Iso.Parse(r[2]).Value))
            .Where(r => Easter.Western(r.Year) != r.Western || Easter.Orthodox(r.Year) != r.Orthodox)
            .Select(r => $"{r.Year}: {Easter.Western(r.Year)} / {Easter.Orthodox(r.Year)}, expected {r.Western} / {r.Orthodox}")
            .ToList();

        Assert.Equal(300, rows.Count);
        Assert.Empty(wrong);
    }
}
