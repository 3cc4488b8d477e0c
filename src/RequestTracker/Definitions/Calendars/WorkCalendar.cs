using System.Collections.Concurrent;
using NodaTime;

namespace RequestTracker.Definitions.Calendars;

/// <summary>
/// Which days count as working days for an authority: its weekend, its public holidays (with the
/// substitute days the law gives when a holiday falls on a weekend) and its time zone.
/// </summary>
internal sealed class WorkCalendar(
    string id,
    string name,
    DateTimeZone zone,
    IReadOnlySet<IsoDayOfWeek> weekend,
    LocalTime? workdayEnds,
    IReadOnlyList<HolidayRule> rules,
    IReadOnlySet<LocalDate> extraWorkdays)
{
    private readonly ConcurrentDictionary<int, IReadOnlyDictionary<LocalDate, string>> _years = new();
    private readonly ConcurrentDictionary<string, WorkCalendar> _zoned = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Dictionary<string, string>> _names = new(StringComparer.Ordinal);

    public string Id => id;

    public string Name => name;

    public DateTimeZone Zone => zone;

    /// <summary>A request received after this local time counts as received the next day.</summary>
    public LocalTime? WorkdayEnds => workdayEnds;

    public IReadOnlyList<HolidayRule> Rules => rules;

    /// <summary>What a substitute day is called: "substitute day" (UK), "observed" (US federal).</summary>
    public string SubstituteLabel { get; init; } = DefaultSubstituteLabel;

    public const string DefaultSubstituteLabel = "substitute day";

    /// <summary>The first year whose holidays are confirmed; null when the rules hold for every earlier year.</summary>
    public int? ConfirmedFrom { get; init; }

    /// <summary>The <see cref="ConfirmedThrough"/> of a calendar no official list was read for (<c>confirmedThrough: none</c>).</summary>
    public const int NoneConfirmed = 0;

    /// <summary>The last year whose holidays (and decree-moved days) are confirmed; later years are provisional.</summary>
    public int ConfirmedThrough { get; init; } = int.MaxValue;

    /// <summary>Whether a day lies in the years this calendar is confirmed for.</summary>
    public bool Confirms(LocalDate date) => date.Year <= ConfirmedThrough && (ConfirmedFrom is not { } from || date.Year >= from);

    /// <summary>
    /// The same working days counted in another zone: the authority's zone decides the day of receipt and
    /// the end of the last day; the calendar supplies the weekend and the holidays.
    /// </summary>
    public WorkCalendar InZone(DateTimeZone other) =>
        other.Id == zone.Id ? this : _zoned.GetOrAdd(other.Id, _ =>
            new WorkCalendar(id, name, other, weekend, workdayEnds, rules, extraWorkdays)
            {
                ConfirmedFrom = ConfirmedFrom,
                ConfirmedThrough = ConfirmedThrough,
                SubstituteLabel = SubstituteLabel,
            });

    public bool IsWorkingDay(LocalDate date) => NonWorkingReason(date) is null;

    public bool IsHoliday(LocalDate date) => !extraWorkdays.Contains(date) && Holidays(date.Year).ContainsKey(date);

    /// <summary>Why a day is not a working day ("Saturday", "Orthodox Christmas"), or null for a working day.</summary>
    public string? NonWorkingReason(LocalDate date)
    {
        if (extraWorkdays.Contains(date))
        {
            return null;
        }

        if (Holidays(date.Year).TryGetValue(date, out var holiday))
        {
            return holiday;
        }

        return weekend.Contains(date.DayOfWeek) ? date.DayOfWeek.ToString() : null;
    }

    /// <summary>
    /// A reason <see cref="NonWorkingReason"/> gave, in another language: each holiday by its <c>names</c> (one that has
    /// none keeps its English), a substitute day as <paramref name="substitute"/> words it from the holiday's name.
    /// </summary>
    public string ReasonIn(string reason, string language, Func<string, string> substitute)
    {
        var names = _names.GetOrAdd(language, l => rules.Where(r => r.Names.ContainsKey(l))
            .GroupBy(r => r.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Names[l], StringComparer.Ordinal));
        var suffix = $" ({SubstituteLabel})";
        return string.Join("; ", reason.Split("; ").Select(part => part.EndsWith(suffix, StringComparison.Ordinal)
            ? substitute(names.GetValueOrDefault(part[..^suffix.Length], part[..^suffix.Length]))
            : names.GetValueOrDefault(part, part)));
    }

    /// <summary>Every holiday of a year, substitute days included (a substitute may come from the next or previous year's rule).</summary>
    public IReadOnlyDictionary<LocalDate, string> Holidays(int year) => _years.GetOrAdd(year, y =>
        Compute([y - 1, y, y + 1]).Where(p => p.Key.Year == y).ToDictionary(p => p.Key, p => p.Value));

    /// <summary>
    /// The holidays of several years computed together, so that a substitute never lands on a day another
    /// year's holiday or substitute already holds (Saturday 31 December and Sunday 1 January take Monday
    /// and Tuesday, not both Monday).
    /// </summary>
    private Dictionary<LocalDate, string> Compute(int[] years)
    {
        var days = new Dictionary<LocalDate, string>();
        // Ranges last: a weekend holiday's substitute is the next weekday its own rule gives, which a range may already hold.
        var dated = years.SelectMany(year => rules.Where(r => r.Kind != HolidayKind.Range).SelectMany(r => r.Days(year).Select(d => (Rule: r, Date: d)))).OrderBy(x => x.Date).ToList();
        foreach (var (rule, date) in dated)
        {
            days[date] = days.TryGetValue(date, out var other) ? $"{other}; {rule.Name}" : rule.Name;
        }

        // Substitutes in date order, so two weekend holidays in a row take successive weekdays.
        foreach (var (rule, date) in dated.Where(x => weekend.Contains(x.Date.DayOfWeek)))
        {
            var substitute = rule.Shift switch
            {
                HolidayShift.NextWorkingDay => NextFree(date, days),
                HolidayShift.NearestWeekday => date.DayOfWeek == IsoDayOfWeek.Saturday ? date.PlusDays(-1) : date.PlusDays(1),
                _ => (LocalDate?)null,
            };
            if (substitute is { } day && !days.ContainsKey(day))
            {
                days[day] = $"{rule.Name} ({SubstituteLabel})";
            }
        }

        foreach (var (rule, date) in years.SelectMany(year => rules.Where(r => r.Kind == HolidayKind.Range).SelectMany(r => r.Days(year).Select(d => (Rule: r, Date: d)))))
        {
            days[date] = days.TryGetValue(date, out var other) ? $"{other}; {rule.Name}" : rule.Name;
        }

        return days;
    }

    private LocalDate NextFree(LocalDate date, Dictionary<LocalDate, string> taken)
    {
        var day = date.PlusDays(1);
        while (weekend.Contains(day.DayOfWeek) || taken.ContainsKey(day))
        {
            day = day.PlusDays(1);
        }

        return day;
    }
}
