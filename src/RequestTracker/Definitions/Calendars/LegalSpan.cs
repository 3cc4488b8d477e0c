using System.Globalization;
using System.Text.RegularExpressions;

namespace RequestTracker.Definitions.Calendars;

/// <summary>
/// A length of time as laws state it: "20 working days", "30 calendar days", "6 weeks", "3 months",
/// "immediately". Hours, minutes and seconds exist so a test or a demo can run a whole ladder quickly.
/// </summary>
internal sealed partial record LegalSpan(int Amount, SpanUnit Unit)
{
    public static readonly LegalSpan Immediately = new(0, SpanUnit.Immediately);

    public bool IsClockTime => Unit is SpanUnit.Hours or SpanUnit.Minutes or SpanUnit.Seconds;

    /// <summary>The span as elapsed time; zero for anything not counted in clock time.</summary>
    public NodaTime.Duration ClockDuration => Unit switch
    {
        SpanUnit.Hours => NodaTime.Duration.FromHours(Amount),
        SpanUnit.Minutes => NodaTime.Duration.FromMinutes(Amount),
        SpanUnit.Seconds => NodaTime.Duration.FromSeconds(Amount),
        _ => NodaTime.Duration.Zero,
    };

    public static bool TryParse(string text, out LegalSpan span)
    {
        span = Immediately;
        var trimmed = text.Trim().ToLowerInvariant();
        if (trimmed == "immediately")
        {
            return true;
        }

        var match = Pattern().Match(trimmed);
        if (!match.Success || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > 10_000)
        {
            return false;
        }

        SpanUnit? unit = match.Groups[2].Value switch
        {
            "working day" or "working days" => SpanUnit.WorkingDays,
            "day" or "days" or "calendar day" or "calendar days" => SpanUnit.CalendarDays,
            "week" or "weeks" => SpanUnit.Weeks,
            "month" or "months" => SpanUnit.Months,
            "hour" or "hours" => SpanUnit.Hours,
            "minute" or "minutes" => SpanUnit.Minutes,
            "second" or "seconds" => SpanUnit.Seconds,
            _ => null,
        };
        if (unit is null)
        {
            return false;
        }

        span = new LegalSpan(amount, unit.Value);
        return true;
    }

    public LegalSpan WithAmount(int amount) => this with { Amount = amount };

    /// <summary>The span after "reply": "within 20 working days", or "immediately" (never "within immediately").</summary>
    public string Within => Unit == SpanUnit.Immediately ? "immediately" : $"within {this}";

    public override string ToString() => Unit switch
    {
        SpanUnit.Immediately => "immediately",
        SpanUnit.WorkingDays => Plural("working day"),
        SpanUnit.CalendarDays => Plural("calendar day"),
        SpanUnit.Weeks => Plural("week"),
        SpanUnit.Months => Plural("month"),
        SpanUnit.Hours => Plural("hour"),
        SpanUnit.Minutes => Plural("minute"),
        _ => Plural("second"),
    };

    private string Plural(string unit) => $"{Amount} {unit}{(Amount == 1 ? string.Empty : "s")}";

    [GeneratedRegex(@"^(\d+)\s+([a-z ]+?)$")]
    private static partial Regex Pattern();
}
