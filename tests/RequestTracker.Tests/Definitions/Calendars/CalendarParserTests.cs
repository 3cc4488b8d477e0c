using NodaTime;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Tests.Definitions.Calendars;

/// <summary>
/// The calendar file format, key by key: a file using every key parses to exactly what it says; each
/// mistake is reported at its line and column with its message, and an incomplete file gives no calendar.
/// </summary>
public class CalendarParserTests
{
    private const string Complete = """
        id: test
        name: Test calendar
        timeZone: Europe/London
        weekend: [saturday, sunday]
        workdayEnds: "17:00"
        confirmedFrom: 2020
        confirmedThrough: 2030
        substituteLabel: in lieu
        workdays: [2022-01-08]
        holidays:
          - { name: Christmas Day, date: "12-25", shift: next-working-day }
          - { name: Boxing Day, date: "12-26", shift: next-working-day }
          - { name: Good Friday, easter: -2 }
          - { name: Orthodox Easter Monday, orthodoxEaster: 1, from: 2021, until: 2025, except: [2023] }
          - { name: Early May, month: 5, weekday: monday, nth: 1 }
          - { name: Spring, month: 5, weekday: Monday, nth: last }
          - { name: Jubilee, on: 2022-06-03 }
          - { name: Independence, date: "07-04", shift: nearest-weekday }
          - { name: Plain, date: "08-01", shift: none }
        """;

    [Fact]
    public void A_file_using_every_key_parses_to_what_it_says()
    {
        var (calendar, errors) = Parse(Complete);

        Assert.Empty(errors);
        Assert.NotNull(calendar);
        Assert.Equal(("test", "Test calendar", "Europe/London"), (calendar.Id, calendar.Name, calendar.Zone.Id));
        Assert.Equal(new LocalTime(17, 0), calendar.WorkdayEnds);
        Assert.Equal((2020, 2030), (calendar.ConfirmedFrom, calendar.ConfirmedThrough));
        Assert.Equal("in lieu", calendar.SubstituteLabel);
        Assert.Equal(9, calendar.Rules.Count);
        // By hand for 2022: Christmas (Sunday) and Boxing Day (Monday) put Christmas's substitute on
        // Tuesday 27th; Easter 17 April; Orthodox Easter 24 April; May Mondays 2nd and 30th; 4 July a Monday.
        Assert.Equal(
            new Dictionary<LocalDate, string>
            {
                [new(2022, 4, 15)] = "Good Friday",
                [new(2022, 4, 25)] = "Orthodox Easter Monday",
                [new(2022, 5, 2)] = "Early May",
                [new(2022, 5, 30)] = "Spring",
                [new(2022, 6, 3)] = "Jubilee",
                [new(2022, 7, 4)] = "Independence",
                [new(2022, 8, 1)] = "Plain",
                [new(2022, 12, 25)] = "Christmas Day",
                [new(2022, 12, 26)] = "Boxing Day",
                [new(2022, 12, 27)] = "Christmas Day (in lieu)",
            },
            calendar.Holidays(2022));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2022, 1, 8))); // a Saturday made a working day
        Assert.False(calendar.IsWorkingDay(new LocalDate(2022, 1, 15)));
    }

    [Theory]
    // Orthodox Easter Monday: from 2021 (2 May 2021 -> 3 May), until 2025, never in 2023.
    [InlineData(2020, null)]
    [InlineData(2021, "2021-05-03")]
    [InlineData(2023, null)]
    [InlineData(2024, "2024-05-06")]
    [InlineData(2025, "2025-04-21")]
    [InlineData(2026, null)]
    public void A_rule_applies_from_its_first_to_its_last_year_except_the_years_excepted(int year, string? expected)
    {
        var (calendar, _) = Parse(Complete);

        // In 2021 and 2024 it falls on the first Monday of May too: one day, both names.
        var days = calendar!.Holidays(year).Where(h => h.Value.Contains("Orthodox Easter Monday", StringComparison.Ordinal)).Select(h => h.Key.ToString("yyyy-MM-dd", null));

        Assert.Equal(expected is null ? [] : [expected], days);
        if (year == 2021)
        {
            Assert.Equal("Orthodox Easter Monday; Early May", calendar.Holidays(2021)[new LocalDate(2021, 5, 3)]);
        }
    }

    [Fact]
    public void A_holiday_on_a_saturday_moves_to_the_friday_and_on_a_sunday_to_the_monday_when_nearest_weekday()
    {
        var (calendar, _) = Parse(Complete);

        Assert.Equal("Independence (in lieu)", calendar!.Holidays(2020)[new LocalDate(2020, 7, 3)]); // Saturday 4 July 2020
        Assert.Equal("Independence (in lieu)", calendar.Holidays(2021)[new LocalDate(2021, 7, 5)]); // Sunday 4 July 2021
        Assert.False(calendar.Holidays(2021).ContainsKey(new LocalDate(2021, 8, 2))); // "none": Sunday 1 August 2021 has no substitute
    }

    [Fact]
    public void A_fifth_weekday_and_the_twelfth_month_are_accepted()
    {
        // The fifth Monday of May 2022 is the 30th, as is the last; the fourth Thursday of December 2022 is the 22nd.
        var text = Complete
            .Replace("nth: last }", "nth: 5 }", StringComparison.Ordinal)
            .Replace("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, month: 12, weekday: thursday, nth: 4 }", StringComparison.Ordinal);

        var (calendar, errors) = Parse(text);

        Assert.Empty(errors);
        Assert.Equal("Spring", calendar!.Holidays(2022)[new LocalDate(2022, 5, 30)]);
        Assert.Equal("Plain", calendar.Holidays(2022)[new LocalDate(2022, 12, 22)]);
    }

    [Fact]
    public void A_range_covers_every_day_of_it_across_the_year_end_and_only_in_its_years()
    {
        var (calendar, errors) = Parse(Complete.Replace("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Break, range: \"12-25..01-15\", from: 2022, until: 2023 }", StringComparison.Ordinal));

        Assert.Empty(errors);
        Assert.Equal("Christmas Day; Break", calendar!.NonWorkingReason(new LocalDate(2022, 12, 25)));
        Assert.Equal("Break", calendar.NonWorkingReason(new LocalDate(2023, 1, 2))); // a Monday: the range runs into the next year
        Assert.Equal("Break", calendar.NonWorkingReason(new LocalDate(2023, 1, 15)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2023, 1, 16)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2022, 1, 3))); // 2021's break is outside from: 2022
        Assert.Equal("Break", calendar.NonWorkingReason(new LocalDate(2024, 1, 15))); // 2023's break ends in 2024
        Assert.True(calendar.IsWorkingDay(new LocalDate(2025, 1, 2))); // until: 2023
    }

    [Fact]
    public void A_calendar_no_official_list_was_read_for_makes_every_day_provisional()
    {
        var (calendar, errors) = Parse(Complete.Replace("confirmedFrom: 2020\n", string.Empty, StringComparison.Ordinal).Replace("confirmedThrough: 2030", "confirmedThrough: none", StringComparison.Ordinal));

        Assert.Empty(errors);
        Assert.False(calendar!.Confirms(new LocalDate(2022, 6, 1)));
        Assert.Equal(["calendar test has no year confirmed from an official list: every deadline on it is provisional until one is added."],
            CalendarHorizon.Warnings([calendar], new LocalDate(2022, 6, 1)));
    }

    [Fact]
    public void Without_a_substitute_label_a_substitute_is_called_a_substitute_day()
    {
        var (calendar, errors) = Parse(Complete.Replace("substituteLabel: in lieu\n", string.Empty, StringComparison.Ordinal));

        Assert.Empty(errors);
        Assert.Equal("Christmas Day (substitute day)", calendar!.Holidays(2022)[new LocalDate(2022, 12, 27)]);
    }

    [Theory]
    [InlineData("timeZone: Europe/London\n", "", "1:1: Missing key 'timeZone'.")]
    [InlineData("id: test\n", "", "1:1: Missing key 'id'.")]
    [InlineData("name: Test calendar\n", "", "1:1: Missing key 'name'.")]
    [InlineData("confirmedThrough: 2030\n", "", "1:1: Missing key 'confirmedThrough'.")]
    [InlineData("timeZone: Europe/London", "timeZone: Europe/Londres", "3:11: 'Europe/Londres' is not an IANA time zone.")]
    [InlineData("weekend: [saturday, sunday]", "weekend: [saturday, 7]", "4:21: '7' is not a day of the week.")]
    [InlineData("weekend: [saturday, sunday]", "weekend: [saturday, none]", "4:21: 'none' is not a day of the week.")]
    [InlineData("workdayEnds: \"17:00\"", "workdayEnds: 5pm", "5:14: workdayEnds must be a time such as \"17:00\".")]
    [InlineData("confirmedFrom: 2020", "confirmedFrom: 2031", "1:1: confirmedFrom must not be after confirmedThrough.")]
    [InlineData("workdays: [2022-01-08]", "workdays: [08/01/2022]", "9:12: '08/01/2022' is not a date such as 2022-01-07.")]
    [InlineData("name: Test calendar", "name: Test calendar\nweekends: [friday]", "3:1: Unknown key 'weekends'; expected one of: id, name, timeZone, weekend, workdayEnds, confirmedFrom, confirmedThrough, substituteLabel, holidays, workdays.")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, date: \"08-01\", shift: none, year: 2022 }", "19:48: Unknown key 'year'; expected one of: name, names, date, easter, orthodoxEaster, month, weekday, nth, on, range, shift, from, until, except.")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, date: \"08-01\", shift: monday }", "19:42: shift must be none, next-working-day or nearest-weekday.")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, date: \"13-01\" }", "19:26: date must be a month and day such as \"12-25\".")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, date: \"02-30\" }", "19:26: date must be a month and day such as \"12-25\".")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, date: \"00-10\" }", "19:26: date must be a month and day such as \"12-25\".")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, date: \"08-00\" }", "19:26: date must be a month and day such as \"12-25\".")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, date: \"08\" }", "19:26: date must be a month and day such as \"12-25\".")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, date: \"08-01\", easter: 1 }", "19:5: A holiday needs exactly one of: date (MM-DD), easter, orthodoxEaster, weekday (with month and nth), on (YYYY-MM-DD), range (MM-DD..MM-DD).")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ date: \"08-01\" }", "19:5: Missing key 'name'.")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain }", "19:5: A holiday needs exactly one of: date (MM-DD), easter, orthodoxEaster, weekday (with month and nth), on (YYYY-MM-DD), range (MM-DD..MM-DD).")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, orthodoxEaster: x }", "19:36: 'orthodoxEaster' must be an integer.")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, on: 2022-13-01 }", "19:24: '2022-13-01' is not a date such as 2022-01-07.")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, month: 5, weekday: monday, nth: 6 }", "19:52: nth must be 1 to 5 or 'last'.")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, month: 5, weekday: monday, nth: 0 }", "19:52: nth must be 1 to 5 or 'last'.")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, month: 5, weekday: monday, nth: first }", "19:52: nth must be 1 to 5 or 'last'.")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, month: 13, weekday: monday, nth: 1 }", "19:5: month must be 1 to 12.")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, month: 0, weekday: monday, nth: 1 }", "19:5: month must be 1 to 12.")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, month: 5, weekday: moonday, nth: 1 }", "19:39: 'moonday' is not a day of the week.")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, range: \"12-25-01-15\" }", "19:27: range must be two month-days such as \"12-25..01-15\" (inclusive; it may wrap the year end), with no shift.")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, range: \"12-25..01-32\" }", "19:27: range must be two month-days such as \"12-25..01-15\" (inclusive; it may wrap the year end), with no shift.")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, range: \"12-25..01-15\", shift: next-working-day }", "19:27: range must be two month-days such as \"12-25..01-15\" (inclusive; it may wrap the year end), with no shift.")]
    [InlineData("confirmedThrough: 2030", "confirmedThrough: never", "7:19: 'confirmedThrough' must be an integer.")]
    public void A_mistake_is_reported_at_its_line_and_column(string find, string replace, string error)
    {
        Assert.Contains(find, Complete, StringComparison.Ordinal);

        var (calendar, errors) = Parse(Complete.Replace(find, replace, StringComparison.Ordinal));

        Assert.Equal([error], errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}"));
        if (!find.StartsWith('{') && !find.StartsWith("weekend", StringComparison.Ordinal) && !find.StartsWith("work", StringComparison.Ordinal)
            && !find.StartsWith("confirmedFrom", StringComparison.Ordinal) && !find.StartsWith("name: Test calendar", StringComparison.Ordinal))
        {
            Assert.Null(calendar); // without its id, name, zone or confirmed years there is no calendar
        }
    }

    [Theory]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, month: 5, nth: 1 }")]
    [InlineData("{ name: Plain, date: \"08-01\", shift: none }", "{ name: Plain, month: 5, weekday: monday }")]
    public void A_weekday_rule_without_its_weekday_or_nth_is_an_error_and_no_rule(string find, string replace)
    {
        var (calendar, errors) = Parse(Complete.Replace(find, replace, StringComparison.Ordinal));

        Assert.Single(errors);
        Assert.Equal(8, calendar?.Rules.Count ?? 8);
    }

    private static (WorkCalendar? Calendar, List<DefinitionError> Errors) Parse(string text)
    {
        var errors = new List<DefinitionError>();
        var yaml = YamlNode.Load("test.yaml", text, errors);
        var calendar = yaml is null ? null : CalendarParser.Parse(yaml);
        return (calendar, errors);
    }
}
