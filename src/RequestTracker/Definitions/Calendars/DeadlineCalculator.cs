using NodaTime;

namespace RequestTracker.Definitions.Calendars;

/// <summary>
/// Adds a legal span to an instant in an authority's calendar. Day counts follow FOI practice: the day
/// of receipt is day 0, the count starts the next day, and the deadline is the end of the last day in
/// the authority's time zone. A request received after the end of the working day counts as received
/// the next day.
/// </summary>
internal static class DeadlineCalculator
{
    public static DeadlineComputation Add(Instant start, LegalSpan span, WorkCalendar calendar, bool rollToWorkingDay = false)
    {
        var zone = calendar.Zone;
        switch (span.Unit)
        {
            case SpanUnit.Immediately:
                return new(start, span, calendar.Id, zone.Id, false, false, [], start, null) { Provisional = !calendar.Confirms(start.InZone(zone).Date), CalendarName = calendar.Name };
            case SpanUnit.Hours or SpanUnit.Minutes or SpanUnit.Seconds:
                return new(start, span, calendar.Id, zone.Id, false, false, [], start + span.ClockDuration, null) { Provisional = !calendar.Confirms(start.InZone(zone).Date), CalendarName = calendar.Name };
        }

        var local = start.InZone(zone);
        var afterHours = calendar.WorkdayEnds is { } ends && local.TimeOfDay >= ends;
        var receipt = afterHours ? local.Date.PlusDays(1) : local.Date;
        var skipped = new List<SkippedDay>();
        LocalDate due;
        LocalDate? raw = null;
        var rolled = false;
        if (span.Unit == SpanUnit.WorkingDays)
        {
            due = receipt;
            var counted = 0;
            while (counted < span.Amount)
            {
                due = due.PlusDays(1);
                if (calendar.NonWorkingReason(due) is { } reason)
                {
                    skipped.Add(new SkippedDay(due, reason, calendar.IsHoliday(due)));
                }
                else
                {
                    counted++;
                }
            }
        }
        else
        {
            due = span.Unit switch
            {
                SpanUnit.Weeks => receipt.PlusWeeks(span.Amount),
                SpanUnit.Months => receipt.PlusMonths(span.Amount),
                _ => receipt.PlusDays(span.Amount),
            };
            raw = due;
            while (rollToWorkingDay && calendar.NonWorkingReason(due) is { } reason)
            {
                skipped.Add(new SkippedDay(due, reason, calendar.IsHoliday(due)));
                due = due.PlusDays(1);
                rolled = true;
            }
        }

        return new(start, span, calendar.Id, zone.Id, afterHours, rolled, skipped, EndOfDay(due, zone), due)
        {
            RawDueDate = rolled ? raw : null,
            Provisional = !calendar.Confirms(receipt) || !calendar.Confirms(due),
            CalendarName = calendar.Name,
        };
    }

    /// <summary>How much of a span had run between its start and a stop (for a paused clock).</summary>
    public static LegalSpan Remaining(Instant start, Instant stop, LegalSpan span, WorkCalendar calendar)
    {
        if (span.Unit == SpanUnit.Immediately)
        {
            return span;
        }

        var full = Add(start, span, calendar);
        if (span.IsClockTime)
        {
            var left = full.Due - stop;
            return new LegalSpan(Math.Max(0, (int)Math.Ceiling(left.TotalSeconds)), SpanUnit.Seconds);
        }

        var from = Add(start, span with { Amount = 0 }, calendar).DueDate!.Value;
        var to = stop.InZone(calendar.Zone).Date;
        var used = 0;
        if (span.Unit == SpanUnit.WorkingDays)
        {
            for (var d = from.PlusDays(1); d <= to; d = d.PlusDays(1))
            {
                used += calendar.IsWorkingDay(d) ? 1 : 0;
            }

            return span with { Amount = Math.Max(0, span.Amount - used) };
        }

        var days = Period.Between(from, full.DueDate!.Value, PeriodUnits.Days).Days;
        used = Math.Max(0, Period.Between(from, to, PeriodUnits.Days).Days);
        return new LegalSpan(Math.Max(0, days - used), SpanUnit.CalendarDays);
    }

    /// <summary>The start of the day <paramref name="span"/> before the day of <paramref name="deadline"/> (a warning date).</summary>
    public static Instant Before(Instant deadline, LegalSpan span, WorkCalendar calendar)
    {
        if (span.IsClockTime || span.Unit == SpanUnit.Immediately)
        {
            return deadline - span.ClockDuration;
        }

        var day = (deadline - Duration.Epsilon).InZone(calendar.Zone).Date;
        switch (span.Unit)
        {
            case SpanUnit.WorkingDays:
                for (var counted = 0; counted < span.Amount;)
                {
                    day = day.PlusDays(-1);
                    counted += calendar.IsWorkingDay(day) ? 1 : 0;
                }

                break;
            case SpanUnit.Weeks:
                day = day.PlusWeeks(-span.Amount);
                break;
            case SpanUnit.Months:
                day = day.PlusMonths(-span.Amount);
                break;
            default:
                day = day.PlusDays(-span.Amount);
                break;
        }

        return calendar.Zone.AtStartOfDay(day).ToInstant();
    }

    /// <summary>Counting from a deadline: the span starts the day after the deadline's last day (or at it, for clock time).</summary>
    public static DeadlineComputation After(Instant deadline, LegalSpan span, WorkCalendar calendar, bool rollToWorkingDay = false) =>
        Add(span.IsClockTime || span.Unit == SpanUnit.Immediately ? deadline : deadline - Duration.Epsilon, span, calendar, rollToWorkingDay);

    /// <summary>Counting from another deadline's end, which is kept as the <see cref="DeadlineComputation.Basis"/>.</summary>
    public static DeadlineComputation After(DeadlineComputation basis, LegalSpan span, WorkCalendar calendar, bool rollToWorkingDay = false) =>
        After(basis.Due, span, calendar, rollToWorkingDay) with { Basis = basis };

    /// <summary>
    /// The same deadline counted again on another calendar (its holidays corrected, a decree's moved day added): the same
    /// start and span, and where it was counted from another deadline, that one counted again first.
    /// </summary>
    public static DeadlineComputation Recount(DeadlineComputation original, WorkCalendar calendar, bool rollToWorkingDay)
    {
        if (original.Basis is not { } basis)
        {
            return Add(original.Start, original.Span, calendar, rollToWorkingDay);
        }

        return After(Recount(basis, calendar, rollToWorkingDay), original.Span, calendar, rollToWorkingDay);
    }

    public static Instant EndOfDay(LocalDate date, DateTimeZone zone) => zone.AtStartOfDay(date.PlusDays(1)).ToInstant();
}
