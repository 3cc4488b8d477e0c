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
    public static string Span(LegalSpan span, string language) => language switch
    {
        "ru" => Counted(span, nominative: true),
        "de" => German(span, dative: false),
        _ => span.ToString(),
    };

    /// <summary>The phrase after "reply": "within 30 calendar days", «в течение 30 календарных дней»; "immediately", «незамедлительно».</summary>
    public static string Within(LegalSpan span, string language) => language switch
    {
        "ru" => span.Unit == SpanUnit.Immediately ? "незамедлительно" : $"в течение {Counted(span, nominative: false)}",
        "de" => span.Unit == SpanUnit.Immediately ? "unverzüglich" : span.Amount == 1 ? $"innerhalb {GermanOne(span.Unit, genitive: true)}" : $"innerhalb von {German(span, dative: true)}",
        _ => span.Within,
    };

    /// <summary>
    /// "ein Monat", "20 Arbeitstage"; after "innerhalb von" the dative plural ("30 Kalendertagen", "3 Monaten"). One of a
    /// unit is written out, as German letters do ("innerhalb eines Monats").
    /// </summary>
    private static string German(LegalSpan span, bool dative)
    {
        if (span.Amount == 1)
        {
            return GermanOne(span.Unit, genitive: false);
        }

        var noun = span.Unit switch
        {
            SpanUnit.WorkingDays => "Arbeitstage",
            SpanUnit.CalendarDays => "Kalendertage",
            SpanUnit.Weeks => "Wochen",
            SpanUnit.Months => "Monate",
            SpanUnit.Hours => "Stunden",
            SpanUnit.Minutes => "Minuten",
            _ => "Sekunden",
        };
        return $"{span.Amount.ToString(CultureInfo.InvariantCulture)} {(dative && noun.EndsWith('e') ? noun + "n" : noun)}";
    }

    /// <summary>"ein Monat" / "eines Monats", "ein Arbeitstag" / "eines Arbeitstages", "eine Woche" / "einer Woche".</summary>
    private static string GermanOne(SpanUnit unit, bool genitive) => unit switch
    {
        SpanUnit.WorkingDays => genitive ? "eines Arbeitstages" : "ein Arbeitstag",
        SpanUnit.CalendarDays => genitive ? "eines Kalendertages" : "ein Kalendertag",
        SpanUnit.Weeks => genitive ? "einer Woche" : "eine Woche",
        SpanUnit.Months => genitive ? "eines Monats" : "ein Monat",
        SpanUnit.Hours => genitive ? "einer Stunde" : "eine Stunde",
        SpanUnit.Minutes => genitive ? "einer Minute" : "eine Minute",
        _ => genitive ? "einer Sekunde" : "eine Sekunde",
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
