using NodaTime;
using NodaTime.Text;

namespace RequestTracker.Tests.Definitions.Laws;

/// <summary>
/// The published lists, typed in by hand from their sources — never computed by the calendar code — so
/// that a test can check the calendars, and the deadline arithmetic, against something independent.
/// Each year lists the weekdays that are not working days, and the weekend days worked by decree.
/// </summary>
internal static class PublishedCalendars
{
    /// <summary>
    /// One calendar-year as published: the weekdays off and the weekend days worked; <c>Confirmed</c> when typed from the
    /// adopted acts themselves, false where only reports of them were at hand (the calendar keeps the year provisional).
    /// </summary>
    internal sealed record Year(string Calendar, int Number, string Source, string[] DaysOff, string[] WorkedWeekendDays, bool Confirmed = true);

    public static readonly IReadOnlyList<Year> Years =
    [
        // United Kingdom, all parts (FOIA s.10(6)): the union of the gov.uk lists for England and Wales,
        // Scotland and Northern Ireland (https://www.gov.uk/bank-holidays).
        new("uk", 2021, "gov.uk bank holidays 2021, all three lists",
            ["2021-01-01", "2021-01-04", "2021-03-17", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-07-12", "2021-08-02", "2021-08-30", "2021-11-30", "2021-12-27", "2021-12-28"], []),
        new("uk", 2022, "gov.uk bank holidays 2022, all three lists",
            ["2022-01-03", "2022-01-04", "2022-03-17", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-07-12", "2022-08-01", "2022-08-29", "2022-09-19", "2022-11-30", "2022-12-26", "2022-12-27"], []),
        new("uk", 2023, "gov.uk bank holidays 2023, all three lists",
            ["2023-01-02", "2023-01-03", "2023-03-17", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-07-12", "2023-08-07", "2023-08-28", "2023-11-30", "2023-12-25", "2023-12-26"], []),
        new("uk", 2024, "gov.uk bank holidays 2024, all three lists",
            ["2024-01-01", "2024-01-02", "2024-03-18", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-07-12", "2024-08-05", "2024-08-26", "2024-12-02", "2024-12-25", "2024-12-26"], []),
        new("uk", 2025, "gov.uk bank holidays 2025, all three lists",
            ["2025-01-01", "2025-01-02", "2025-03-17", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-07-14", "2025-08-04", "2025-08-25", "2025-12-01", "2025-12-25", "2025-12-26"], []),
        new("uk", 2026, "gov.uk bank holidays 2026, all three lists",
            ["2026-01-01", "2026-01-02", "2026-03-17", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-06-15", "2026-07-13", "2026-08-03", "2026-08-31", "2026-11-30", "2026-12-25", "2026-12-28"], []),

        // Russian Federation: the production calendars that follow the Labour Code, art. 112, and each
        // year's Government decree on moving days off.
        new("ru", 2021, "Labour Code art. 112; Government Decree No. 1648 of 10 October 2020",
            ["2021-01-01", "2021-01-04", "2021-01-05", "2021-01-06", "2021-01-07", "2021-01-08", "2021-02-22", "2021-02-23", "2021-03-08", "2021-05-03", "2021-05-10", "2021-06-14", "2021-11-04", "2021-11-05", "2021-12-31"],
            ["2021-02-20"]),
        new("ru", 2022, "Labour Code art. 112; Government Decree No. 1817 of 16 October 2021",
            ["2022-01-03", "2022-01-04", "2022-01-05", "2022-01-06", "2022-01-07", "2022-02-23", "2022-03-07", "2022-03-08", "2022-05-02", "2022-05-03", "2022-05-09", "2022-05-10", "2022-06-13", "2022-11-04"],
            ["2022-03-05"]),
        new("ru", 2023, "Labour Code art. 112; Government Decree No. 1505 of 29 August 2022",
            ["2023-01-02", "2023-01-03", "2023-01-04", "2023-01-05", "2023-01-06", "2023-02-23", "2023-02-24", "2023-03-08", "2023-05-01", "2023-05-08", "2023-05-09", "2023-06-12", "2023-11-06"], []),
        new("ru", 2024, "Labour Code art. 112; Government Decree No. 1314 of 10 August 2023",
            ["2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05", "2024-01-08", "2024-02-23", "2024-03-08", "2024-04-29", "2024-04-30", "2024-05-01", "2024-05-09", "2024-05-10", "2024-06-12", "2024-11-04", "2024-12-30", "2024-12-31"],
            ["2024-04-27", "2024-11-02", "2024-12-28"]),
        new("ru", 2025, "Labour Code art. 112; Government Decree No. 1335 of 4 October 2024",
            ["2025-01-01", "2025-01-02", "2025-01-03", "2025-01-06", "2025-01-07", "2025-01-08", "2025-05-01", "2025-05-02", "2025-05-08", "2025-05-09", "2025-06-12", "2025-06-13", "2025-11-03", "2025-11-04", "2025-12-31"],
            ["2025-11-01"]),
        new("ru", 2026, "Labour Code art. 112; Government decree of 24 September 2025 on moving days off in 2026",
            ["2026-01-01", "2026-01-02", "2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09", "2026-02-23", "2026-03-09", "2026-05-01", "2026-05-11", "2026-06-12", "2026-11-04", "2026-12-31"], []),

        // Kazakhstan: Law "On holidays" art. 5, Labour Code art. 85 (a day off on a weekend moves to the
        // next working day; Orthodox Christmas and Kurban Ait do not move) and the Government's decrees.
        new("kz", 2022, "Law on holidays art. 5; Labour Code art. 85; Government Decree No. 713 of 6 October 2021 (as amended for Republic Day)",
            ["2022-01-03", "2022-01-04", "2022-01-07", "2022-03-07", "2022-03-08", "2022-03-21", "2022-03-22", "2022-03-23", "2022-05-02", "2022-05-09", "2022-05-10", "2022-07-06", "2022-08-29", "2022-08-30", "2022-10-24", "2022-10-25", "2022-12-16"],
            ["2022-03-05", "2022-08-27", "2022-10-22"]),
        new("kz", 2023, "Law on holidays art. 5; Labour Code art. 85; Government decree moving 1 July to 7 July 2023",
            ["2023-01-02", "2023-01-03", "2023-03-08", "2023-03-21", "2023-03-22", "2023-03-23", "2023-05-01", "2023-05-08", "2023-05-09", "2023-06-28", "2023-07-06", "2023-07-07", "2023-08-30", "2023-10-25", "2023-12-18"],
            ["2023-07-01"]),
        // 2024-2026 as the Ministry of Labour announced its orders and production calendars (reported by the press; the
        // orders' texts were not read, so these years stay provisional): 2024, order of 17 April 2024 "On moving a day
        // of rest in 2024" (Saturday 4 May worked, Wednesday 8 May off); 2025, the Minister's order of November 2024
        // (Sunday 5 January worked, Friday 3 January off); 2026, no move by order — only the statutory shifts
        // (8 March to Monday 9 March; Nauryz 21-22 March to 24-25 March; 9 May to 11 May).
        new("kz", 2024, "Law on holidays art. 5; Labour Code art. 85; Ministry of Labour order of 17 April 2024 moving 4 May to 8 May",
            ["2024-01-01", "2024-01-02", "2024-03-08", "2024-03-21", "2024-03-22", "2024-03-25", "2024-05-01", "2024-05-07", "2024-05-08", "2024-05-09", "2024-07-08", "2024-08-30", "2024-10-25", "2024-12-16"],
            ["2024-05-04"], Confirmed: false),
        new("kz", 2025, "Law on holidays art. 5; Labour Code art. 85; Ministry of Labour order (November 2024) moving Sunday 5 January to Friday 3 January",
            ["2025-01-01", "2025-01-02", "2025-01-03", "2025-01-07", "2025-03-10", "2025-03-21", "2025-03-24", "2025-03-25", "2025-05-01", "2025-05-07", "2025-05-09", "2025-06-06", "2025-07-07", "2025-09-01", "2025-10-27", "2025-12-16"],
            ["2025-01-05"], Confirmed: false),
        new("kz", 2026, "Law on holidays art. 5; Labour Code art. 85; Ministry of Labour production calendar 2026 (no move by order)",
            ["2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09", "2026-03-23", "2026-03-24", "2026-03-25", "2026-05-01", "2026-05-07", "2026-05-11", "2026-05-27", "2026-07-06", "2026-08-31", "2026-10-26", "2026-12-16"], [], Confirmed: false),

        // United States federal: 5 U.S.C. 6103 legal public holidays (closings by executive order count as working days under FOIA).
        new("us-federal", 2021, "5 U.S.C. 6103; OPM federal holidays 2021",
            ["2021-01-01", "2021-01-18", "2021-02-15", "2021-05-31", "2021-06-18", "2021-07-05", "2021-09-06", "2021-10-11", "2021-11-11", "2021-11-25", "2021-12-24", "2021-12-31"], []),
        new("us-federal", 2022, "5 U.S.C. 6103; OPM federal holidays 2022",
            ["2022-01-17", "2022-02-21", "2022-05-30", "2022-06-20", "2022-07-04", "2022-09-05", "2022-10-10", "2022-11-11", "2022-11-24", "2022-12-26"], []),
        new("us-federal", 2023, "5 U.S.C. 6103; OPM federal holidays 2023",
            ["2023-01-02", "2023-01-16", "2023-02-20", "2023-05-29", "2023-06-19", "2023-07-04", "2023-09-04", "2023-10-09", "2023-11-10", "2023-11-23", "2023-12-25"], []),
        new("us-federal", 2024, "5 U.S.C. 6103; OPM federal holidays 2024 (the closing by executive order of 24 Dec 2024 is not a legal public holiday: FOIA counts it)",
            ["2024-01-01", "2024-01-15", "2024-02-19", "2024-05-27", "2024-06-19", "2024-07-04", "2024-09-02", "2024-10-14", "2024-11-11", "2024-11-28", "2024-12-25"], []),
        new("us-federal", 2025, "5 U.S.C. 6103 (OPM's 2025 page not read; closings by executive order on 9 Jan, 24 and 26 Dec count)",
            ["2025-01-01", "2025-01-20", "2025-02-17", "2025-05-26", "2025-06-19", "2025-07-04", "2025-09-01", "2025-10-13", "2025-11-11", "2025-11-27", "2025-12-25"], [], Confirmed: false),
        new("us-federal", 2026, "5 U.S.C. 6103 (OPM's 2026 page not read); Independence Day, a Saturday, observed Friday 3 July",
            ["2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03", "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25"], [], Confirmed: false),

        // scotland — FOISA s.73 working days (Scottish bank holidays)
        new("scotland", 2020, "gov.uk bank holidays data (alphagov/frontend lib/data/bank-holidays.json, commit 0d66bf10), Scotland 2020", ["2020-01-01", "2020-01-02", "2020-04-10", "2020-05-08", "2020-05-25", "2020-08-03", "2020-11-30", "2020-12-25", "2020-12-28"], [], Confirmed: true),
        new("scotland", 2021, "gov.uk bank holidays data (alphagov/frontend lib/data/bank-holidays.json, commit 0d66bf10), Scotland 2021", ["2021-01-01", "2021-01-04", "2021-04-02", "2021-05-03", "2021-05-31", "2021-08-02", "2021-11-30", "2021-12-27", "2021-12-28"], [], Confirmed: true),
        new("scotland", 2024, "BFDA 1971 Sch. 1 para 2 + St Andrew's Day Act 2007 + proclaimed days; secondary: The National (2 Dec 2024 St Andrew's substitute)", ["2024-01-01", "2024-01-02", "2024-03-29", "2024-05-06", "2024-05-27", "2024-08-05", "2024-12-02", "2024-12-25", "2024-12-26"], [], Confirmed: false),
        new("scotland", 2025, "BFDA 1971 rules; secondary copy of https://www.gov.uk/bank-holidays.json (find_string id 71465629988)", ["2025-01-01", "2025-01-02", "2025-04-18", "2025-05-05", "2025-05-26", "2025-08-04", "2025-12-01", "2025-12-25", "2025-12-26"], [], Confirmed: false),
        new("scotland", 2026, "BFDA 1971 rules + World Cup bank holiday proclamation (15 Jun 2026, press reports); secondary copy of gov.uk feed", ["2026-01-01", "2026-01-02", "2026-04-03", "2026-05-04", "2026-05-25", "2026-06-15", "2026-08-03", "2026-11-30", "2026-12-25", "2026-12-28"], [], Confirmed: false),
        new("scotland", 2027, "BFDA 1971 rules; secondary copy of gov.uk feed", ["2027-01-01", "2027-01-04", "2027-03-26", "2027-05-03", "2027-05-31", "2027-08-02", "2027-11-30", "2027-12-27", "2027-12-28"], [], Confirmed: false),

        // ie — FOI Act 2014 "weeks" (public holidays, Organisation of Working Time Act 1997 Sch. 2); no weekend substitutes
        new("ie", 2024, "OWTA 1997 Sch. 2 pattern + St Brigid's Day rule (Tánaiste, quoted by stbrigidscathedral.com); no official list read", ["2024-01-01", "2024-02-05", "2024-04-01", "2024-05-06", "2024-06-03", "2024-08-05", "2024-10-28", "2024-12-25", "2024-12-26"], [], Confirmed: false),
        new("ie", 2025, "OWTA 1997 Sch. 2 pattern + St Brigid's Day rule; no official list read", ["2025-01-01", "2025-02-03", "2025-03-17", "2025-04-21", "2025-05-05", "2025-06-02", "2025-08-04", "2025-10-27", "2025-12-25", "2025-12-26"], [], Confirmed: false),
        new("ie", 2026, "OWTA 1997 Sch. 2 pattern + St Brigid's Day rule; no official list read (26 Dec is a Saturday)", ["2026-01-01", "2026-02-02", "2026-03-17", "2026-04-06", "2026-05-04", "2026-06-01", "2026-08-03", "2026-10-26", "2026-12-25"], [], Confirmed: false),
        new("ie", 2027, "OWTA 1997 Sch. 2 pattern + St Brigid's Day rule (1 Feb 2027 is a Monday); no official list read (25, 26 Dec are Sat, Sun)", ["2027-01-01", "2027-02-01", "2027-03-17", "2027-03-29", "2027-05-03", "2027-06-07", "2027-08-02", "2027-10-25"], [], Confirmed: false),

        // nz — OIA 1982 s.2 working days (every weekday 25 Dec - 15 Jan included)
        new("nz", 2024, "OIA s.2 (as quoted from legislation.govt.nz in public code) + Matariki Act 2022 Sch. 1 (secondary copies); no official list read", ["2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05", "2024-01-08", "2024-01-09", "2024-01-10", "2024-01-11", "2024-01-12", "2024-01-15", "2024-02-06", "2024-03-29", "2024-04-01", "2024-04-25", "2024-06-03", "2024-06-28", "2024-10-28", "2024-12-25", "2024-12-26", "2024-12-27", "2024-12-30", "2024-12-31"], [], Confirmed: false),
        new("nz", 2025, "OIA s.2 + Matariki Act 2022 Sch. 1 (secondary copies); no official list read", ["2025-01-01", "2025-01-02", "2025-01-03", "2025-01-06", "2025-01-07", "2025-01-08", "2025-01-09", "2025-01-10", "2025-01-13", "2025-01-14", "2025-01-15", "2025-02-06", "2025-04-18", "2025-04-21", "2025-04-25", "2025-06-02", "2025-06-20", "2025-10-27", "2025-12-25", "2025-12-26", "2025-12-29", "2025-12-30", "2025-12-31"], [], Confirmed: false),
        new("nz", 2026, "OIA s.2 + Matariki Act 2022 Sch. 1 (secondary copies); Anzac Day (Sat) -> Mon 27 Apr under s.2(ab); no official list read", ["2026-01-01", "2026-01-02", "2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09", "2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15", "2026-02-06", "2026-04-03", "2026-04-06", "2026-04-27", "2026-06-01", "2026-07-10", "2026-10-26", "2026-12-25", "2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31"], [], Confirmed: false),
        new("nz", 2027, "OIA s.2 + Matariki Act 2022 Sch. 1 (secondary copies); Waitangi Day (Sat) -> Mon 8 Feb, Anzac Day (Sun) -> Mon 26 Apr; no official list read", ["2027-01-01", "2027-01-04", "2027-01-05", "2027-01-06", "2027-01-07", "2027-01-08", "2027-01-11", "2027-01-12", "2027-01-13", "2027-01-14", "2027-01-15", "2027-02-08", "2027-03-26", "2027-03-29", "2027-04-26", "2027-06-07", "2027-06-25", "2027-10-25", "2027-12-27", "2027-12-28", "2027-12-29", "2027-12-30", "2027-12-31"], [], Confirmed: false),

        // ca-federal — days an ATIA period does not end on (Interpretation Act s.35 + NCR federal closures, TBS "next work day")
        new("ca-federal", 2024, "Interpretation Act s.35(1) (bill reproductions) + NDTR 2021 + Civic Holiday/Boxing Day (NCR, CITT notice); no official list read", ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-20", "2024-07-01", "2024-08-05", "2024-09-02", "2024-09-30", "2024-10-14", "2024-11-11", "2024-12-25", "2024-12-26"], [], Confirmed: false),
        new("ca-federal", 2025, "Interpretation Act s.35(1) + NDTR + NCR closures; no official list read", ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-19", "2025-07-01", "2025-08-04", "2025-09-01", "2025-09-30", "2025-10-13", "2025-11-11", "2025-12-25", "2025-12-26"], [], Confirmed: false),
        new("ca-federal", 2026, "Interpretation Act s.35(1) + NDTR + NCR closures; Boxing Day (Sat) -> Mon 28 Dec; no official list read", ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-18", "2026-07-01", "2026-08-03", "2026-09-07", "2026-09-30", "2026-10-12", "2026-11-11", "2026-12-25", "2026-12-28"], [], Confirmed: false),
        new("ca-federal", 2027, "Interpretation Act s.35(1) + NDTR + NCR closures; Christmas (Sat) -> Mon 27, Boxing Day (Sun) -> Tue 28 Dec; no official list read", ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-24", "2027-07-01", "2027-08-02", "2027-09-06", "2027-09-30", "2027-10-11", "2027-11-11", "2027-12-27", "2027-12-28"], [], Confirmed: false),

        // us-tx — Tex. Gov't Code §552.0031 business days (§662.003(a) national + (b) state holidays; no weekend substitutes)
        new("us-tx", 2024, "Tex. Gov't Code §662.003(a),(b) (FindLaw/uslegal copies of the statute); no official year list read", ["2024-01-01", "2024-01-15", "2024-01-19", "2024-02-19", "2024-05-27", "2024-06-19", "2024-07-04", "2024-08-27", "2024-09-02", "2024-11-11", "2024-11-28", "2024-11-29", "2024-12-24", "2024-12-25", "2024-12-26"], [], Confirmed: false),
        new("us-tx", 2025, "Tex. Gov't Code §662.003(a),(b); no official year list read (19 Jan and 2 Mar are Sundays)", ["2025-01-01", "2025-01-20", "2025-02-17", "2025-04-21", "2025-05-26", "2025-06-19", "2025-07-04", "2025-08-27", "2025-09-01", "2025-11-11", "2025-11-27", "2025-11-28", "2025-12-24", "2025-12-25", "2025-12-26"], [], Confirmed: false),
        new("us-tx", 2026, "Tex. Gov't Code §662.003(a),(b); no official year list read (MLK Day and Confederate Heroes Day both 19 Jan; 4 Jul and 26 Dec are Saturdays)", ["2026-01-01", "2026-01-19", "2026-02-16", "2026-03-02", "2026-04-21", "2026-05-25", "2026-06-19", "2026-08-27", "2026-09-07", "2026-11-11", "2026-11-26", "2026-11-27", "2026-12-24", "2026-12-25"], [], Confirmed: false),
        new("us-tx", 2027, "Tex. Gov't Code §662.003(a),(b); no official year list read (19 Jun, 4 Jul, 25 and 26 Dec fall at weekends)", ["2027-01-01", "2027-01-18", "2027-01-19", "2027-02-15", "2027-03-02", "2027-04-21", "2027-05-31", "2027-08-27", "2027-09-06", "2027-11-11", "2027-11-25", "2027-11-26", "2027-12-24"], [], Confirmed: false),

        // us-ca — Code Civ. Proc. §§12a, 135 judicial holidays (Saturday-holiday Fridays are an assumption: Judicial Council designation not read)
        new("us-ca", 2024, "CCP §135 + Gov. Code §6700/§6701 (secondary copies); Cesar Chavez Day (Sun) -> Mon 1 Apr; no official list read", ["2024-01-01", "2024-01-15", "2024-02-12", "2024-02-19", "2024-04-01", "2024-05-27", "2024-06-19", "2024-07-04", "2024-09-02", "2024-09-27", "2024-11-11", "2024-11-28", "2024-11-29", "2024-12-25"], [], Confirmed: false),
        new("us-ca", 2025, "CCP §135 + Gov. Code §6700/§6701 (secondary copies); no official list read", ["2025-01-01", "2025-01-20", "2025-02-12", "2025-02-17", "2025-03-31", "2025-05-26", "2025-06-19", "2025-07-04", "2025-09-01", "2025-09-26", "2025-11-11", "2025-11-27", "2025-11-28", "2025-12-25"], [], Confirmed: false),
        new("us-ca", 2026, "CCP §135 + Gov. Code §6700/§6701 (secondary copies); Independence Day (Sat) assumed observed Fri 3 Jul; no official list read", ["2026-01-01", "2026-01-19", "2026-02-12", "2026-02-16", "2026-03-31", "2026-05-25", "2026-06-19", "2026-07-03", "2026-09-07", "2026-09-25", "2026-11-11", "2026-11-26", "2026-11-27", "2026-12-25"], [], Confirmed: false),
        new("us-ca", 2027, "CCP §135 + Gov. Code §6700/§6701 (secondary copies); Juneteenth (Sat) -> Fri 18 Jun and Christmas (Sat) -> Fri 24 Dec assumed, Independence Day (Sun) -> Mon 5 Jul, New Year's Day 2028 (Sat) -> Fri 31 Dec 2027 assumed; no official list read", ["2027-01-01", "2027-01-18", "2027-02-12", "2027-02-15", "2027-03-31", "2027-05-31", "2027-06-18", "2027-07-05", "2027-09-06", "2027-09-24", "2027-11-11", "2027-11-25", "2027-11-26", "2027-12-24", "2027-12-31"], [], Confirmed: false),

        // Germany, Berlin (the seat of most federal ministries): Feiertagsgesetz Berlin § 1 (berlin.de public holidays list);
        // no weekend substitutes in Germany.
        new("de-be", 2024, "Berlin Feiertagsgesetz § 1; berlin.de list 2024",
            ["2024-01-01", "2024-03-08", "2024-03-29", "2024-04-01", "2024-05-01", "2024-05-09", "2024-05-20", "2024-10-03", "2024-12-25", "2024-12-26"], []),
        new("de-be", 2025, "Berlin Feiertagsgesetz § 1, with 8 May 2025 (80th anniversary of the liberation) added by the law of 10 July 2024; berlin.de list 2025",
            ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-01", "2025-05-08", "2025-05-29", "2025-06-09", "2025-10-03", "2025-12-25", "2025-12-26"], []),
        new("de-be", 2026, "Berlin Feiertagsgesetz § 1; berlin.de list 2026 (8 March a Sunday, 3 October and 26 December Saturdays)",
            ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-25", "2026-12-25"], []),
        new("de-be", 2027, "Berlin Feiertagsgesetz § 1 rules (1 May a Saturday; 3 October, 25 and 26 December at weekends); not read from a published list",
            ["2027-01-01", "2027-03-08", "2027-03-26", "2027-03-29", "2027-05-06", "2027-05-17"], [], Confirmed: false),

        // au-act — days an FOI Act 1982 (Cth) period does not end on in Canberra (AIA s.36(2); Holidays Act 1958 (ACT) s.3)
        new("au-act", 2024, "Holidays Act 1958 (ACT) s.3 (A2007-30, A2014-28, A2017-29 as read) + date-holidays ACT rules; no official list read", ["2024-01-01", "2024-01-26", "2024-03-11", "2024-03-29", "2024-04-01", "2024-04-25", "2024-05-27", "2024-06-10", "2024-10-07", "2024-12-25", "2024-12-26"], [], Confirmed: false),
        new("au-act", 2025, "Holidays Act 1958 (ACT) s.3; Australia Day (Sun 26 Jan) -> Mon 27 Jan; Reconciliation Day (27 May a Tuesday) -> Mon 2 Jun; no official list read", ["2025-01-01", "2025-01-27", "2025-03-10", "2025-04-18", "2025-04-21", "2025-04-25", "2025-06-02", "2025-06-09", "2025-10-06", "2025-12-25", "2025-12-26"], [], Confirmed: false),
        new("au-act", 2026, "DFAT, Canberra public holidays, PRB No 25/266 (18 Dec 2025), https://www.dfat.gov.au/about-us/canberra-public-holidays, less DFAT's own additional days (2, 29, 30 Dec); Anzac Day (Sat) -> declared Mon 27 Apr; Boxing Day (Sat) -> Mon 28 Dec", ["2026-01-01", "2026-01-26", "2026-03-09", "2026-04-03", "2026-04-06", "2026-04-27", "2026-06-01", "2026-06-08", "2026-10-05", "2026-12-25", "2026-12-28"], [], Confirmed: true),
        new("au-act", 2027, "Holidays Act 1958 (ACT) s.3; Anzac Day (Sun) -> Mon 26 Apr; Christmas (Sat) -> Mon 27 Dec, Boxing Day (Sun) -> Tue 28 Dec (A2014-28); no official list read", ["2027-01-01", "2027-01-26", "2027-03-08", "2027-03-26", "2027-03-29", "2027-04-26", "2027-05-31", "2027-06-14", "2027-10-04", "2027-12-27", "2027-12-28"], [], Confirmed: false),

        // us-ny — FOIL business days: General Construction Law §24 public holidays (Sunday -> Monday only; Saturday holidays not moved, 4 NYCRR §21.1(b))
        new("us-ny", 2024, "GCL §24 (nysenate.gov S5214 reproduction, ch. 249 of 2020) + PBO §62; no official list read", ["2024-01-01", "2024-01-15", "2024-02-12", "2024-02-19", "2024-05-27", "2024-06-19", "2024-07-04", "2024-09-02", "2024-10-14", "2024-11-05", "2024-11-11", "2024-11-28", "2024-12-25"], [], Confirmed: false),
        new("us-ny", 2025, "GCL §24 + PBO §62; no official list read", ["2025-01-01", "2025-01-20", "2025-02-12", "2025-02-17", "2025-05-26", "2025-06-19", "2025-07-04", "2025-09-01", "2025-10-13", "2025-11-04", "2025-11-11", "2025-11-27", "2025-12-25"], [], Confirmed: false),
        new("us-ny", 2026, "GCL §24 + PBO §62; Independence Day is a Saturday and is not moved (4 NYCRR §21.1(b)); no official list read", ["2026-01-01", "2026-01-19", "2026-02-12", "2026-02-16", "2026-05-25", "2026-06-19", "2026-09-07", "2026-10-12", "2026-11-03", "2026-11-11", "2026-11-26", "2026-12-25"], [], Confirmed: false),
        new("us-ny", 2027, "GCL §24 + PBO §62; Independence Day (Sun) -> Mon 5 Jul; Juneteenth and Christmas (Sat) not moved; no official list read", ["2027-01-01", "2027-01-18", "2027-02-12", "2027-02-15", "2027-05-31", "2027-07-05", "2027-09-06", "2027-10-11", "2027-11-02", "2027-11-11", "2027-11-25"], [], Confirmed: false),
    ];

    public static IEnumerable<Year> Of(string calendar) => Years.Where(y => y.Calendar == calendar);

    /// <summary>The independent answer: a working day by the published list alone.</summary>
    public static bool IsWorkingDay(string calendar, LocalDate date)
    {
        var year = Years.Single(y => y.Calendar == calendar && y.Number == date.Year);
        var iso = LocalDatePattern.Iso.Format(date);
        return date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday
            ? year.WorkedWeekendDays.Contains(iso)
            : !year.DaysOff.Contains(iso);
    }

    /// <summary>Whether the year's list was typed from the adopted acts (a deadline touching another year is provisional).</summary>
    public static bool Confirmed(string calendar, int year) => Of(calendar).Single(y => y.Number == year).Confirmed;

    public static (int First, int Last) Covered(string calendar) => (Of(calendar).Min(y => y.Number), Of(calendar).Max(y => y.Number));

    public static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).Value;
}
