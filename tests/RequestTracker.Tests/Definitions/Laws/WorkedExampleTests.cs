using NodaTime;
using NodaTime.Text;
using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Tests.Definitions.Laws;

/// <summary>
/// Worked examples per regime, as data: a receipt, the expected last day counted by hand on the
/// published list for that year (see <see cref="PublishedCalendars"/>), and the rule that decides it.
/// </summary>
public class WorkedExampleTests
{
    public static TheoryData<string, string, string, string, string> Examples() => new()
    {
        // law, receipt (local time, the authority's zone), zone, expected last day, why. For 8-FZ, whose period runs
        // from registration, these are the periods counted from the day given (a request registered that day).
        { "uk-foia-2000", "2022-01-10T10:00", "Europe/London", "2022-02-07", "FOIA s.10(1): 20th working day after receipt; no holiday in between" },
        { "uk-foia-2000", "2021-12-31T10:00", "Europe/London", "2022-02-01", "s.10(6): 3 Jan (New Year substitute) and 4 Jan (2 January, Scotland) are not working days" },
        { "uk-foia-2000", "2022-07-29T10:00", "Europe/London", "2022-08-30", "1 Aug (Scotland) and 29 Aug (England, Wales, NI) skipped" },
        { "uk-foia-2000", "2022-03-16T10:00", "Europe/London", "2022-04-14", "17 Mar (St Patrick's Day, Northern Ireland) skipped" },
        { "uk-foia-2000", "2024-11-29T10:00", "Europe/London", "2025-01-03", "2 Dec 2024 (St Andrew's Day substitute, Scotland), 25 and 26 Dec, 1 and 2 Jan 2025 (2 January, Scotland) skipped" },
        { "us-foia", "2021-12-21T10:00", "America/New_York", "2022-01-21", "5 U.S.C. 552(a)(6)(A)(i): 20 working days; 24 and 31 Dec 2021 observed, MLK Day 17 Jan" },
        { "us-foia", "2024-12-16T10:00", "America/New_York", "2025-01-17", "24 Dec 2024 (executive order), 25 Dec, 1 Jan and 9 Jan 2025 (national day of mourning) skipped" },
        { "ru-8-fz", "2022-01-21T10:00", "Europe/Moscow", "2022-02-21", "8-FZ art. 18(6): 30 days; 20 Feb is a Sunday, moved to Monday (Civil Code art. 193)" },
        { "ru-8-fz", "2024-03-28T10:00", "Europe/Moscow", "2024-04-27", "30 days end on Saturday 27 Apr 2024, a working day by Decree No. 1314: no roll" },
        { "ru-8-fz", "2025-04-08T10:00", "Europe/Moscow", "2025-05-12", "30 days end on 8 May 2025, a day off moved from 23 Feb (Decree No. 1335); 9-11 May off" },
        { "ru-8-fz", "2025-01-25T10:00", "Europe/Moscow", "2025-02-24", "24 Feb 2025 is a working day: Decree No. 1335 moved 23 Feb's day off to 8 May" },
        { "ru-8-fz", "2025-12-01T10:00", "Europe/Moscow", "2026-01-12", "31 Dec 2025 (moved from 5 Jan) and 1-11 Jan 2026 (holidays, 9 Jan moved from 3 Jan) are days off" },
        { "kz-401-v", "2022-03-07T10:00", "Asia/Almaty", "2022-03-24", "15 days end in Nauryz (21-23 Mar 2022): the next working day" },
        { "kz-401-v", "2022-08-15T10:00", "Asia/Almaty", "2022-08-31", "15 days end on Constitution Day (30 Aug 2022)" },
        { "eu-1049-2001", "2022-01-10T10:00", "Europe/Brussels", "2022-01-31", "Regulation 1049/2001 art. 7(1): 15 working days" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_last_day_is_the_one_counted_by_hand(string lawId, string received, string zone, string expected, string why)
    {
        var law = ShippedDefinitions.Catalog.Laws[lawId];
        var calendar = ShippedDefinitions.Catalog.Calendars[law.CalendarId].InZone(DateTimeZoneProviders.Tzdb[zone]);
        var start = LocalDateTimePattern.GeneralIso.Parse(received + ":00").Value.InZoneStrictly(calendar.Zone).ToInstant();

        var result = DeadlineCalculator.Add(start, law.Response, calendar, law.LastDayRollsToWorkingDay);

        Assert.True(LocalDatePattern.Iso.Parse(expected).Value == result.DueDate, $"{why}: expected {expected}, got {result.DueDate}");
    }

    [Fact]
    public void The_explanation_names_day_zero_the_raw_last_day_and_the_day_it_rolled_to()
    {
        var law = ShippedDefinitions.Catalog.Laws["ru-8-fz"];
        var calendar = ShippedDefinitions.Catalog.Calendars["ru"];
        var start = new LocalDateTime(2025, 4, 8, 10, 0).InZoneStrictly(calendar.Zone).ToInstant();

        var text = DeadlineCalculator.Add(start, law.Response, calendar, law.LastDayRollsToWorkingDay).Explain();

        Assert.Contains("30 calendar days from Tue 8 Apr 2025 (Europe/Moscow, calendar ru): day 0 is Tue 8 Apr 2025, day 1 is Wed 9 Apr 2025", text, StringComparison.Ordinal);
        Assert.Contains("Thu 8 May 2025 (Day off moved from 23 February (Decree No. 1335))", text, StringComparison.Ordinal);
        Assert.Contains("the last day, Thu 8 May 2025, is not a working day, so the deadline moves to the next working day", text, StringComparison.Ordinal);
        Assert.EndsWith("due by the end of Mon 12 May 2025.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_past_the_calendars_horizon_is_computed_but_provisional()
    {
        var law = ShippedDefinitions.Catalog.Laws["ru-8-fz"];
        var calendar = ShippedDefinitions.Catalog.Calendars["ru"];

        var result = DeadlineCalculator.Add(Instant.FromUtc(2026, 12, 10, 9, 0), law.Response, calendar, law.LastDayRollsToWorkingDay);

        Assert.Equal(new LocalDate(2027, 1, 11), result.DueDate); // 9 Jan 2027 is a Saturday: the rules alone give Monday 11 January
        Assert.True(result.Provisional);
        Assert.Contains("Provisional: calendar ru is not confirmed", result.Explain(), StringComparison.Ordinal);
    }
}
