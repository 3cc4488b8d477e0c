using System.Globalization;
using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Definitions.Templates;

/// <summary>
/// Periods as each language writes them in a letter: "within 30 calendar days", «в течение 30 календарных дней» (days
/// are <see cref="Deadline.Format"/>'s).
/// </summary>
internal static class LetterWords
{
    /// <summary>"30 calendar days", «30 календарных дней».</summary>
    public static string Span(LegalSpan span, string language) => language == "ru" ? Counted(span, nominative: true) : span.ToString();

    /// <summary>The phrase after "reply": "within 30 calendar days", «в течение 30 календарных дней»; "immediately", «незамедлительно».</summary>
    public static string Within(LegalSpan span, string language) => language switch
    {
        "ru" => span.Unit == SpanUnit.Immediately ? "незамедлительно" : $"в течение {Counted(span, nominative: false)}",
        _ => span.Within,
    };

    /// <summary>
    /// A number and its noun in Russian: 1, 21, 31 take the singular, 2–4 (not 12–14) the genitive singular, the rest
    /// the genitive plural; after «в течение» everything is genitive (singular for 1, 21, … and plural otherwise).
    /// </summary>
    private static string Counted(LegalSpan span, bool nominative)
    {
        var (one, few, many, genitiveOne) = span.Unit switch
        {
            SpanUnit.WorkingDays => ("рабочий день", "рабочих дня", "рабочих дней", "рабочего дня"),
            SpanUnit.CalendarDays => ("календарный день", "календарных дня", "календарных дней", "календарного дня"),
            SpanUnit.Weeks => ("неделя", "недели", "недель", "недели"),
            SpanUnit.Months => ("месяц", "месяца", "месяцев", "месяца"),
            SpanUnit.Hours => ("час", "часа", "часов", "часа"),
            SpanUnit.Minutes => ("минута", "минуты", "минут", "минуты"),
            _ => ("секунда", "секунды", "секунд", "секунды"),
        };
        var n = span.Amount;
        var form = RussianForm(n);
        var noun = nominative ? form switch { 0 => one, 1 => few, _ => many } : (form == 0 ? genitiveOne : many);
        return $"{n.ToString(CultureInfo.InvariantCulture)} {noun}";
    }

    /// <summary>Russian's plural form for a count: 0 for 1, 21, 101 (день); 1 for 2–4, 22–24 (дня); 2 for 0, 5–20, 25–30 (дней).</summary>
    public static int RussianForm(long n) => n % 10 == 1 && n % 100 != 11 ? 0 : n % 10 is >= 2 and <= 4 && n % 100 is < 12 or > 14 ? 1 : 2;
}
