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
        { "us-foia", "2024-12-16T10:00", "America/New_York", "2025-01-15", "25 Dec and 1 Jan skipped; 24 Dec 2024 and 9 Jan 2025, closings by executive order, count (not legal public holidays; DOJ counts closed days)" },
        { "ru-8-fz", "2022-01-21T10:00", "Europe/Moscow", "2022-02-21", "8-FZ art. 18(6): 30 days; 20 Feb is a Sunday, moved to Monday (Civil Code art. 193)" },
        { "ru-8-fz", "2024-03-28T10:00", "Europe/Moscow", "2024-04-27", "30 days end on Saturday 27 Apr 2024, a working day by Decree No. 1314: no roll" },
        { "ru-8-fz", "2025-04-08T10:00", "Europe/Moscow", "2025-05-12", "30 days end on 8 May 2025, a day off moved from 23 Feb (Decree No. 1335); 9-11 May off" },
        { "ru-8-fz", "2025-01-25T10:00", "Europe/Moscow", "2025-02-24", "24 Feb 2025 is a working day: Decree No. 1335 moved 23 Feb's day off to 8 May" },
        { "ru-8-fz", "2025-12-01T10:00", "Europe/Moscow", "2026-01-12", "31 Dec 2025 (moved from 5 Jan) and 1-11 Jan 2026 (holidays, 9 Jan moved from 3 Jan) are days off" },
        { "kz-401-v", "2022-03-07T10:00", "Asia/Almaty", "2022-03-24", "15 days end in Nauryz (21-23 Mar 2022): the next working day" },
        { "kz-401-v", "2022-08-15T10:00", "Asia/Almaty", "2022-08-31", "15 days end on Constitution Day (30 Aug 2022)" },
        { "eu-1049-2001", "2022-01-10T10:00", "Europe/Brussels", "2022-01-31", "Regulation 1049/2001 art. 7(1): 15 working days" },

        // de-ifg — one month (IFG § 7(5), a target), counted as the Civil Code counts months (§§ 187(1), 188(2)-(3) BGB via § 31 VwVfG);
        // a last day on a Saturday, Sunday or Berlin holiday ends on the next working day (§ 31(3) VwVfG); calendar de-be
        { "de-ifg", "2025-01-31T10:00", "Europe/Berlin", "2025-02-28", "§ 188(3) BGB: February has no 31st, so the month ends on its last day, Fri 28 Feb 2025" },
        { "de-ifg", "2025-04-08T10:00", "Europe/Berlin", "2025-05-09", "the month ends on Thu 8 May 2025, a Berlin holiday that year only (80th anniversary of the liberation): Fri 9 May" },
        { "de-ifg", "2026-09-03T10:00", "Europe/Berlin", "2026-10-05", "the month ends on Sat 3 Oct 2026 (also German Unity Day): Mon 5 Oct" },
        { "de-ifg", "2024-02-29T10:00", "Europe/Berlin", "2024-04-02", "the month ends on Fri 29 Mar 2024, Good Friday; Saturday, Sunday and Easter Monday follow: Tue 2 Apr" },
        { "de-ifg", "2026-03-31T10:00", "Europe/Berlin", "2026-04-30", "§ 188(3) BGB: April has no 31st: Thu 30 Apr 2026" },

        // au-foi-1982 — decision within 30 calendar days (s.15(5)(b)); a last day on a Saturday, Sunday or ACT holiday rolls (AIA s.36(2)); calendar au-act
        { "au-foi-1982", "2026-03-26T10:00", "Australia/Sydney", "2026-04-28", "s.15(5)(b): day 30 = Sat 25 Apr (Anzac Day) -> Sun 26 -> Mon 27 Apr (Anzac Day holiday declared by the ACT) -> Tue 28 Apr" },
        { "au-foi-1982", "2025-11-26T10:00", "Australia/Sydney", "2025-12-29", "s.15(5)(b) + AIA s.36(2): day 30 = Fri 26 Dec (Boxing Day) -> Sat 27, Sun 28 -> Mon 29 Dec (the APS shut-down days that follow are counted: OAIC)" },
        { "au-foi-1982", "2027-02-04T10:00", "Australia/Sydney", "2027-03-09", "s.15(5)(b): day 30 = Sat 6 Mar -> Sun 7 -> Mon 8 Mar (Canberra Day, 2nd Monday in March) -> Tue 9 Mar" },
        { "au-foi-1982", "2025-03-19T10:00", "Australia/Sydney", "2025-04-22", "s.15(5)(b): day 30 = Fri 18 Apr (Good Friday) -> Sat 19 (Easter Saturday), Sun 20 (Easter Sunday), Mon 21 (Easter Monday) -> Tue 22 Apr" },
        { "au-foi-1982", "2027-11-25T10:00", "Australia/Sydney", "2027-12-29", "s.15(5)(b): day 30 = Sat 25 Dec (Christmas) -> Sun 26 (Boxing Day) -> Mon 27 (Christmas substitute) -> Tue 28 (Boxing Day substitute, Holidays Act s.3(1)(a)(xi),(xii)) -> Wed 29 Dec" },
        { "au-foi-1982", "2025-05-01T10:00", "Australia/Sydney", "2025-06-03", "s.15(5)(b): day 30 = Sat 31 May -> Sun 1 Jun -> Mon 2 Jun (Reconciliation Day: 27 May was a Tuesday, so the following Monday) -> Tue 3 Jun" },
        { "au-foi-1982", "2024-12-20T10:00", "Australia/Sydney", "2025-01-20", "s.15(5)(b): 25, 26 Dec and 1 Jan fall inside the 30 days and do not extend them (OAIC); day 30 = Sun 19 Jan -> Mon 20 Jan (not a holiday in the ACT)" },

        // us-ny-foil — grant, deny or acknowledge within 5 business days (Public Officers Law §89(3)(a)); calendar us-ny (GCL §24)
        { "us-ny-foil", "2025-11-24T10:00", "America/New_York", "2025-12-02", "§89(3)(a): Nov 25(1) 26(2), Thu 27 Thanksgiving skipped, Fri 28(3) (the day after Thanksgiving is not a NY public holiday), Dec 1(4) 2(5)" },
        { "us-ny-foil", "2026-02-09T10:00", "America/New_York", "2026-02-18", "§89(3)(a): Feb 10(1) 11(2), Thu 12 Lincoln's Birthday skipped (GCL §24), Fri 13(3), Mon 16 Washington's Birthday skipped, 17(4) 18(5)" },
        { "us-ny-foil", "2024-11-01T10:00", "America/New_York", "2024-11-12", "§89(3)(a): Mon 4 Nov(1), Tue 5 Election Day skipped (GCL §24 'each general election day'), 6(2) 7(3) 8(4), Mon 11 Veterans' Day skipped, Tue 12(5)" },
        { "us-ny-foil", "2026-06-29T10:00", "America/New_York", "2026-07-06", "§89(3)(a): Jun 30(1), Jul 1(2) 2(3), Fri 3 Jul(4) is a business day (Independence Day falls on Saturday and NY does not move it: 4 NYCRR §21.1(b); us-federal would skip it), Mon 6 Jul(5)" },
        { "us-ny-foil", "2027-06-30T10:00", "America/New_York", "2027-07-08", "§89(3)(a) + GCL §24: Jul 1(1) 2(2), Mon 5 Jul skipped (Independence Day on Sunday -> the next day), 6(3) 7(4) 8(5)" },
        { "us-ny-foil", "2025-12-23T10:00", "America/New_York", "2025-12-31", "§89(3)(a): Wed 24 Dec(1) (a business day), Thu 25 Christmas skipped, Fri 26 Dec(2) (a business day in NY), 29(3) 30(4) 31(5)" },
        { "us-ny-foil", "2025-06-16T10:00", "America/New_York", "2025-06-24", "§89(3)(a): Jun 17(1) 18(2), Thu 19 Juneteenth skipped (GCL §24, ch. 249 of 2020), 20(3), 23(4) 24(5)" },

        // scot-foisa-2002 — 20 working days (FOISA s.10(1), s.73); calendar scotland
        { "scot-foisa-2002", "2026-06-01T10:00", "Europe/London", "2026-06-30", "s.10(1): 20 working days; Jun 2(1) 3 4 5(4), 8-12(9), 15 World Cup bank holiday skipped, 16-19(13), 22-26(18), 29(19), 30(20)" },
        { "scot-foisa-2002", "2025-11-14T10:00", "Europe/London", "2025-12-15", "s.10(1): Nov 17-21(5), 24-28(10), Mon 1 Dec St Andrew's Day substitute skipped, Dec 2-5(14), 8-12(19), 15(20)" },
        { "scot-foisa-2002", "2025-04-09T10:00", "Europe/London", "2025-05-09", "s.73: Easter Monday is a working day in Scotland; Apr 10(1) 11(2), 14-17(6), 18 Good Friday skipped, 21 Easter Monday(7), 22-25(11), 28-30(14), May 1(15) 2(16), 5 Early May skipped, 6-9(20) [UK-wide calendar would give 12 May]" },
        { "scot-foisa-2002", "2025-12-08T10:00", "Europe/London", "2026-01-09", "s.10(1): Dec 9-12(4), 15-19(9), 22-24(12), 25 Christmas and 26 Boxing Day skipped, 29-31(15), Jan 1 and 2 skipped, Jan 5-9(20)" },
        { "scot-foisa-2002", "2026-12-14T10:00", "Europe/London", "2027-01-15", "s.10(1): Dec 15-18(4), 21-24(8), 25 Christmas and Mon 28 Boxing Day substitute skipped, 29-31(11), Jan 1 and Mon 4 (2 January substitute) skipped, Jan 5-8(15), 11-15(20)" },

        // ie-foi-2014 — 4 weeks = 20 working days (s.13(1), 'week' in s.2); calendar ie
        { "ie-foi-2014", "2026-01-19T10:00", "Europe/Dublin", "2026-02-17", "s.13(1): 4 weeks of 5 weekdays excluding public holidays; Jan 20-23(4), 26-30(9), Mon 2 Feb St Brigid's Day skipped, Feb 3-6(13), 9-13(18), 16(19), 17(20)" },
        { "ie-foi-2014", "2026-03-13T10:00", "Europe/Dublin", "2026-04-14", "s.13(1): Mar 16(1), 17 St Patrick's Day skipped, 18-20(4), 23-27(9), 30-31(11), Apr 1-3(14) (Good Friday is not a public holiday), Mon 6 Easter Monday skipped, Apr 7-10(18), 13(19), 14(20)" },
        { "ie-foi-2014", "2025-12-01T10:00", "Europe/Dublin", "2025-12-31", "s.13(1): Dec 2-5(4), 8-12(9), 15-19(14), 22-24(17), 25 Christmas and 26 St Stephen's Day skipped, 29(18) 30(19) 31(20)" },
        { "ie-foi-2014", "2027-01-15T10:00", "Europe/Dublin", "2027-02-15", "s.13(1): Jan 18-22(5), 25-29(10), Mon 1 Feb St Brigid's Day skipped, Feb 2-5(14), 8-12(19), 15(20)" },

        // nz-oia-1982 — 20 working days (s.15(1), s.2); calendar nz
        { "nz-oia-1982", "2025-12-10T10:00", "Pacific/Auckland", "2026-01-29", "s.15(1): 20 working days; 25 Dec-15 Jan excluded; Dec 11-12(2), 15-19(7), 22-24(10), 25 Dec-15 Jan skipped, Fri 16 Jan(11), 19-23(16), 26-29(20) (Wellington 19 Jan and Auckland 26 Jan anniversary days are working days under the OIA)" },
        { "nz-oia-1982", "2026-04-13T10:00", "Pacific/Auckland", "2026-05-12", "s.2(ab): Anzac Day Sat 25 Apr -> Mon 27 Apr excluded; Apr 14-17(4), 20-24(9), 27 skipped, 28-30(12), May 1(13), 4-8(18), 11(19), 12(20)" },
        { "nz-oia-1982", "2026-06-22T10:00", "Pacific/Auckland", "2026-07-21", "s.2: Matariki Fri 10 Jul 2026 excluded; Jun 23-26(4), 29-30(6), Jul 1-3(9), 6-9(13), 10 skipped, 13-17(18), 20(19), 21(20)" },
        { "nz-oia-1982", "2025-05-20T10:00", "Pacific/Auckland", "2025-06-18", "s.2: King's Birthday Mon 2 Jun excluded; May 21-23(3), 26-30(8), Jun 2 skipped, 3-6(12), 9-13(17), 16(18), 17(19), 18(20)" },
        { "nz-oia-1982", "2027-01-20T10:00", "Pacific/Auckland", "2027-02-18", "s.2(ab): Waitangi Day Sat 6 Feb -> Mon 8 Feb excluded; Jan 21-22(2), 25-29(7), Feb 1-5(12), 8 skipped, 9-12(16), 15-18(20)" },

        // ca-atia — 30 calendar days (s.7), last day rolls (Interpretation Act s.26); calendar ca-federal
        { "ca-atia", "2025-11-10T10:00", "America/Toronto", "2025-12-10", "s.7: 30 calendar days; Nov 11 = day 1, Nov 30 = day 20, Dec 10 = day 30 (Wednesday, no roll; Remembrance Day inside the period does not matter)" },
        { "ca-atia", "2025-11-25T10:00", "America/Toronto", "2025-12-29", "s.7 + Interpretation Act s.26: day 30 = Thu 25 Dec (Christmas) -> Fri 26 Boxing Day (NCR closure, not in federal s.35: strict reading gives 26 Dec) -> Sat 27, Sun 28 -> Mon 29 Dec" },
        { "ca-atia", "2026-02-26T10:00", "America/Toronto", "2026-03-30", "s.7: day 30 = Sat 28 Mar -> rolled past Saturday (TBS manual 'next work day'; federal s.35 alone would end on Saturday) and Sunday -> Mon 30 Mar" },
        { "ca-atia", "2026-03-04T10:00", "America/Toronto", "2026-04-07", "s.7 + s.26: day 30 = Fri 3 Apr (Good Friday) -> Sat 4, Sun 5, Mon 6 Easter Monday -> Tue 7 Apr" },

        // us-tx-pia — 10 business days (§552.221(d), §552.301(b), §552.0031); calendar us-tx
        { "us-tx-pia", "2025-11-24T10:00", "America/Chicago", "2025-12-10", "§552.0031: Nov 25(1) 26(2), 27 Thanksgiving and 28 Friday after Thanksgiving (§662.003(b)(6)) skipped, Dec 1-5(7), 8(8) 9(9) 10(10)" },
        { "us-tx-pia", "2025-12-19T10:00", "America/Chicago", "2026-01-08", "§552.0031: Dec 22(1) 23(2), 24, 25, 26 skipped (§662.003(b)(7),(a)(9),(b)(8)), 29-31(5), Jan 1 skipped, Jan 2(6), 5-8(10)" },
        { "us-tx-pia", "2026-01-12T10:00", "America/Chicago", "2026-01-27", "§552.0031: Jan 13-16(4), Mon 19 Jan (MLK Day and Confederate Heroes Day) skipped, 20-23(8), 26(9), 27(10)" },
        { "us-tx-pia", "2026-02-25T10:00", "America/Chicago", "2026-03-12", "§552.0031: Feb 26(1) 27(2), Mon 2 Mar Texas Independence Day skipped, Mar 3-6(6), 9-12(10)" },
        { "us-tx-pia", "2025-04-14T10:00", "America/Chicago", "2025-04-29", "§552.0031: Apr 15-18(4) (Good Friday is only an optional holiday, counted unless the officer observes it, §552.0031(c)), Mon 21 Apr San Jacinto Day skipped, 22-25(8), 28(9), 29(10)" },

        // us-ca-cpra — 10 calendar days (§7922.535(a)), last day rolls (Code Civ. Proc. §12a); calendar us-ca
        { "us-ca-cpra", "2025-03-03T10:00", "America/Los_Angeles", "2025-03-13", "§7922.535(a): 10 calendar days; Mar 4 = day 1 ... Thu 13 Mar = day 10, no roll" },
        { "us-ca-cpra", "2025-11-19T10:00", "America/Los_Angeles", "2025-12-01", "§7922.535(a) + CCP §12a: day 10 = Sat 29 Nov (Saturday is a §12a holiday) -> Sun 30 -> Mon 1 Dec" },
        { "us-ca-cpra", "2025-11-17T10:00", "America/Los_Angeles", "2025-12-01", "CCP §12a, §135: day 10 = Thu 27 Nov Thanksgiving -> Fri 28 day after Thanksgiving -> Sat 29, Sun 30 -> Mon 1 Dec" },
        { "us-ca-cpra", "2024-03-22T10:00", "America/Los_Angeles", "2024-04-02", "CCP §12a + Gov. Code §6701: day 10 = Mon 1 Apr (Cesar Chavez Day, Sun 31 Mar, observed Monday) -> Tue 2 Apr" },
        { "us-ca-cpra", "2026-06-23T10:00", "America/Los_Angeles", "2026-07-06", "CCP §12a: day 10 = Fri 3 Jul (Independence Day Sat 4 Jul, assumed observed Friday: Judicial Council designation NOT confirmed; without it the answer is Fri 3 Jul) -> Sat 4, Sun 5 -> Mon 6 Jul" },
    };

    /// <summary>Laws with a second, earlier deadline: the last day to acknowledge receipt, counted by hand.</summary>
    public static TheoryData<string, string, string, string, string> Acknowledgements() => new()
    {
        { "ie-foi-2014", "2026-03-16T10:00", "Europe/Dublin", "2026-03-31", "s.12(2): 2 weeks = 10 working days; Tue 17 Mar (St Patrick's Day) skipped: 18-20 (3), 23-27 (8), 30 (9), 31 (10)" },
        { "au-foi-1982", "2026-12-11T10:00", "Australia/Sydney", "2026-12-29", "s.15(5)(a) acknowledgement: day 14 = Fri 25 Dec (Christmas) -> Sat 26 (Boxing Day), Sun 27 -> Mon 28 (Boxing Day substitute) -> Tue 29 Dec (rolled under AIA s.36(2) like the decision period; the decision is due day 30 = Sun 10 Jan 2027 -> Mon 11 Jan)" },
        { "au-foi-1982", "2026-01-12T10:00", "Australia/Sydney", "2026-01-27", "s.15(5)(a) acknowledgement: day 14 = Mon 26 Jan (Australia Day) -> Tue 27 Jan (the decision is due day 30 = Wed 11 Feb)" },
    };

    [Theory]
    [MemberData(nameof(Acknowledgements))]
    public void The_last_day_to_acknowledge_receipt_is_the_one_counted_by_hand(string lawId, string received, string zone, string expected, string why)
    {
        var law = ShippedDefinitions.Catalog.Laws[lawId];
        var calendar = ShippedDefinitions.Catalog.Calendars[law.CalendarId].InZone(DateTimeZoneProviders.Tzdb[zone]);
        var start = LocalDateTimePattern.GeneralIso.Parse(received + ":00").Value.InZoneStrictly(calendar.Zone).ToInstant();

        var result = DeadlineCalculator.Add(start, law.Acknowledgement!, calendar, law.LastDayRollsToWorkingDay);

        Assert.True(LocalDatePattern.Iso.Parse(expected).Value == result.DueDate, $"{why}: expected {expected}, got {result.DueDate}");
    }

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

        Assert.Contains("30 calendar days from Tue 8 Apr 2025 (Europe/Moscow; calendar: Russian Federation): day 0 is Tue 8 Apr 2025, day 1 is Wed 9 Apr 2025", text, StringComparison.Ordinal);
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
        Assert.Contains("Provisional: the calendar Russian Federation is not confirmed", result.Explain(), StringComparison.Ordinal);
    }
}
