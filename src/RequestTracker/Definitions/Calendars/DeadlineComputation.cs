using System.Globalization;
using NodaTime;

namespace RequestTracker.Definitions.Calendars;

/// <summary>A day not counted; <paramref name="Holiday"/> is false for a plain weekend day.</summary>
internal sealed record SkippedDay(LocalDate Date, string Reason, bool Holiday)
{
    /// <summary>
    /// Holidays as an explanation states them: consecutive days off for the same reason as one run ("Fri 25 Dec 2026 to
    /// Fri 15 Jan 2027 (Holiday period)"), so a period the law excludes is one line, not twenty-two.
    /// </summary>
    public static IReadOnlyList<(LocalDate First, LocalDate Last, string Reason)> Runs(IEnumerable<SkippedDay> days)
    {
        var runs = new List<(LocalDate First, LocalDate Last, string Reason)>();
        foreach (var day in days.Where(d => d.Holiday).OrderBy(d => d.Date))
        {
            if (runs.Count > 0 && runs[^1].Reason == day.Reason && runs[^1].Last.PlusDays(1) == day.Date)
            {
                runs[^1] = runs[^1] with { Last = day.Date };
            }
            else
            {
                runs.Add((day.Date, day.Date, day.Reason));
            }
        }

        return runs;
    }
}

/// <summary>A computed instant and how it was reached, kept with every deadline so a user can check it.</summary>
internal sealed record DeadlineComputation(
    Instant Start,
    LegalSpan Span,
    string CalendarId,
    string Zone,
    bool ReceivedAfterHours,
    bool RolledForward,
    IReadOnlyList<SkippedDay> Skipped,
    Instant Due,
    LocalDate? DueDate)
{
    /// <summary>The last day the span gave before it was rolled to a working day (null when it was not rolled).</summary>
    public LocalDate? RawDueDate { get; init; }

    /// <summary>The calendar's name (its file's <c>name</c>), for the explanation a person reads; its id where not known.</summary>
    public string? CalendarName { get; init; }

    /// <summary>A day counted lies in a year the calendar is not confirmed for: the date may change.</summary>
    public bool Provisional { get; init; }

    /// <summary>
    /// The deadline this one is counted from, when it starts where another ends (a response period after registration, an
    /// extension after the deadline it extends): kept so a calendar change can count the whole chain again.
    /// </summary>
    public DeadlineComputation? Basis { get; init; }

    /// <summary>
    /// The day the deadline is stated as: the last day counted, or for a clock-time span (hours, "immediately") the day
    /// its instant falls in.
    /// </summary>
    public LocalDate LastDay => DueDate ?? Due.InZone(DateTimeZoneProviders.Tzdb[Zone]).Date;

    public Deadline Deadline => new(LastDay, DateTimeZoneProviders.Tzdb[Zone]);

    public string Explain()
    {
        var zone = DateTimeZoneProviders.Tzdb[Zone];
        var start = Start.InZone(zone);
        if (Span.Unit == SpanUnit.Immediately)
        {
            return $"Immediately: due at once from {start.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture)} ({Zone}).";
        }

        if (Span.IsClockTime)
        {
            return $"{Span} from {start.ToString("d MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture)} ({Zone}); due {Due.InZone(zone).ToString("d MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture)}.";
        }

        var (receipt, first) = Counted(start);
        var text = $"{Span} from {Day(start.Date)} ({Zone}; calendar: {CalendarName ?? CalendarId})";
        if (ReceivedAfterHours)
        {
            text += $"; received {start.ToString("HH:mm", CultureInfo.InvariantCulture)}, after the end of the working day, so counted from the next day";
        }

        text += $": day 0 is {Day(receipt)}, day 1 is {Day(first)}";

        var weekends = Skipped.Count(s => !s.Holiday);
        var holidays = SkippedDay.Runs(Skipped);
        if (weekends > 0 || holidays.Count > 0)
        {
            var parts = new List<string>();
            if (weekends > 0)
            {
                parts.Add($"{weekends} weekend day{(weekends == 1 ? string.Empty : "s")}");
            }

            parts.AddRange(holidays.Select(h => h.First == h.Last ? $"{Day(h.First)} ({h.Reason})" : $"{Day(h.First)} to {Day(h.Last)} ({h.Reason})"));
            text += $"; skipped {string.Join(", ", parts)}";
        }

        if (RolledForward && RawDueDate is { } rawDay)
        {
            text += $"; the last day, {Day(rawDay)}, is not a working day, so the deadline moves to the next working day";
        }

        text += $"; due by the end of {Day(DueDate!.Value)}.";
        return Provisional ? text + $" Provisional: the calendar {CalendarName ?? CalendarId} is not confirmed for every year counted." : text;
    }

    /// <summary>
    /// Day 0 (the day of receipt, or the next day when it came after the working day ended) and day 1 (the first day
    /// counted: for working days, the first one not skipped). Every explanation, in every language, states these two.
    /// </summary>
    public (LocalDate Receipt, LocalDate First) Counted(ZonedDateTime start)
    {
        var receipt = ReceivedAfterHours ? start.Date.PlusDays(1) : start.Date;
        var first = receipt.PlusDays(1);
        while (Span.Unit == SpanUnit.WorkingDays && Skipped.Any(s => s.Date == first))
        {
            first = first.PlusDays(1);
        }

        return (receipt, first);
    }

    private static string Day(LocalDate date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
