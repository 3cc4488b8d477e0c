using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace RequestTracker.Definitions.Calendars;

/// <summary>Reads workflows/calendars/*.yaml; the schema is documented in workflows/README.md.</summary>
internal static class CalendarParser
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private static readonly string[] DateForms = ["date", "easter", "orthodoxEaster", "weekday", "on", "range"];
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static WorkCalendar? Parse(YamlNode yaml)
    {
        yaml.Only("id", "name", "timeZone", "weekend", "workdayEnds", "confirmedFrom", "confirmedThrough", "substituteLabel", "holidays", "workdays");
        var id = yaml.Text("id");
        var name = yaml.Text("name");
        var zone = Zone(yaml);
        var weekend = yaml.Texts("weekend").Select(d => Weekday(yaml, d.Value, d.At)).OfType<IsoDayOfWeek>().ToHashSet();
        LocalTime? ends = null;
        if (yaml.Located("workdayEnds", required: false) is { } end)
        {
            var parsed = Time.Parse(end.Value);
            if (parsed.Success)
            {
                ends = parsed.Value;
            }
            else
            {
                yaml.Error(end.At, "workdayEnds must be a time such as \"17:00\".");
            }
        }

        // The years the holiday data is confirmed for (official lists, decrees): other years are computed but provisional.
        // "none": no year's official list was read yet, so every deadline counted on it is provisional.
        var from = yaml.Int("confirmedFrom", required: false);
        var through = yaml.Located("confirmedThrough", required: false)?.Value == "none" ? WorkCalendar.NoneConfirmed : yaml.Int("confirmedThrough");
        if (from is { } f && through is { } t && f > t)
        {
            yaml.Error("confirmedFrom must not be after confirmedThrough.");
        }

        var rules = yaml.Mappings("holidays", required: false).Select(Holiday).OfType<HolidayRule>().ToList();
        var extra = yaml.Texts("workdays", required: false).Select(d => Date(yaml, d.Value, d.At)).OfType<LocalDate>().ToHashSet();
        return id is null || name is null || zone is null || through is null
            ? null
            : new WorkCalendar(id, name, zone, weekend, ends, rules, extra)
            {
                ConfirmedFrom = from,
                ConfirmedThrough = through.Value,
                SubstituteLabel = yaml.Text("substituteLabel", required: false) ?? WorkCalendar.DefaultSubstituteLabel,
            };
    }

    private static DateTimeZone? Zone(YamlNode yaml)
    {
        if (yaml.Located("timeZone") is not { } located)
        {
            return null;
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(located.Value);
        if (zone is null)
        {
            yaml.Error(located.At, $"'{located.Value}' is not an IANA time zone.");
        }

        return zone;
    }

    private static HolidayRule? Holiday(YamlNode yaml)
    {
        yaml.Only("name", "names", "date", "easter", "orthodoxEaster", "month", "weekday", "nth", "on", "range", "shift", "from", "until", "except");
        var name = yaml.Text("name");
        if (name is null)
        {
            return null; // reported as a missing key
        }

        var names = DefinitionNames.Read(yaml);
        var shift = Shift(yaml);
        var from = yaml.Int("from", required: false);
        var until = yaml.Int("until", required: false);
        var except = yaml.Texts("except", required: false)
            .Select(y => int.TryParse(y.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : (int?)null)
            .OfType<int>().ToHashSet();
        var forms = DateForms.Count(yaml.Has);
        if (forms != 1)
        {
            yaml.Error("A holiday needs exactly one of: date (MM-DD), easter, orthodoxEaster, weekday (with month and nth), on (YYYY-MM-DD), range (MM-DD..MM-DD).");
            return null;
        }

        HolidayRule Make(HolidayKind kind, int month = 0, int day = 0, int offset = 0, IsoDayOfWeek weekday = IsoDayOfWeek.None, LocalDate? date = null) =>
            new(name, kind, month, day, offset, weekday, date, shift, from, until, except) { Names = names };

        if (yaml.Located("date", required: false) is { } fixedDate)
        {
            if (MonthDay(fixedDate.Value) is { } md)
            {
                return Make(HolidayKind.Fixed, md.Month, md.Day);
            }

            yaml.Error(fixedDate.At, "date must be a month and day such as \"12-25\".");
            return null;
        }

        if (yaml.Located("range", required: false) is { } range)
        {
            var ends = range.Value.Split("..");
            if (ends.Length == 2 && MonthDay(ends[0]) is { } first && MonthDay(ends[1]) is { } last && shift == HolidayShift.None)
            {
                return Make(HolidayKind.Range, first.Month, first.Day) with { Through = last };
            }

            yaml.Error(range.At, "range must be two month-days such as \"12-25..01-15\" (inclusive; it may wrap the year end), with no shift.");
            return null;
        }

        if (yaml.Has("easter"))
        {
            return yaml.Int("easter") is { } offset ? Make(HolidayKind.Easter, offset: offset) : null;
        }

        if (yaml.Has("orthodoxEaster"))
        {
            return yaml.Int("orthodoxEaster") is { } offset ? Make(HolidayKind.OrthodoxEaster, offset: offset) : null;
        }

        if (yaml.Located("on", required: false) is { } on)
        {
            return Date(yaml, on.Value, on.At) is { } date ? Make(HolidayKind.OneOff, date: date) : null;
        }

        var weekdayText = yaml.Located("weekday");
        var weekday = weekdayText is { } w ? Weekday(yaml, w.Value, w.At) : null;
        var monthOfYear = yaml.Int("month");
        var nth = yaml.Located("nth");
        int? n = nth?.Value == "last" ? HolidayRule.Last : int.TryParse(nth?.Value, out var parsedNth) && parsedNth is >= 1 and <= 5 ? parsedNth : null;
        if (nth is { } at && n is null)
        {
            yaml.Error(at.At, "nth must be 1 to 5 or 'last'.");
        }

        if (monthOfYear is not (>= 1 and <= 12))
        {
            yaml.Error("month must be 1 to 12.");
            return null;
        }

        return weekday is null || n is null ? null : Make(HolidayKind.NthWeekday, month: monthOfYear.Value, offset: n.Value, weekday: weekday.Value);
    }

    /// <summary>"12-25" as a month and day that exists in a leap year; null otherwise.</summary>
    private static (int Month, int Day)? MonthDay(string text)
    {
        var parts = text.Trim().Split('-');
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(2000, month)
            ? (month, day)
            : null;
    }

    private static HolidayShift Shift(YamlNode yaml)
    {
        if (yaml.Located("shift", required: false) is not { } shift)
        {
            return HolidayShift.None;
        }

        switch (shift.Value)
        {
            case "none":
                return HolidayShift.None;
            case "next-working-day":
                return HolidayShift.NextWorkingDay;
            case "nearest-weekday":
                return HolidayShift.NearestWeekday;
            default:
                yaml.Error(shift.At, "shift must be none, next-working-day or nearest-weekday.");
                return HolidayShift.None;
        }
    }

    private static IsoDayOfWeek? Weekday(YamlNode yaml, string text, YamlDotNet.Core.Mark at)
    {
        if (Enum.TryParse<IsoDayOfWeek>(text, ignoreCase: true, out var day) && day != IsoDayOfWeek.None && !int.TryParse(text, out _))
        {
            return day;
        }

        yaml.Error(at, $"'{text}' is not a day of the week.");
        return null;
    }

    private static LocalDate? Date(YamlNode yaml, string text, YamlDotNet.Core.Mark at)
    {
        var parsed = IsoDate.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        yaml.Error(at, $"'{text}' is not a date such as 2022-01-07.");
        return null;
    }
}
