namespace RequestTracker.Calendars;

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
