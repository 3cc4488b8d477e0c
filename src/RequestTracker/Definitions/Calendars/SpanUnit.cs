namespace RequestTracker.Definitions.Calendars;

internal enum SpanUnit
{
    Immediately,
    WorkingDays,
    CalendarDays,
    Weeks,
    Months,
    Hours,
    Minutes,
    Seconds,
}
