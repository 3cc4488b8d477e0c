using System.Globalization;
using NodaTime;
using NodaTime.Text;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Templates;
using RequestTracker.Runtime;
using RequestTracker.Web.Localization;

namespace RequestTracker.Web.Pages;

/// <summary>
/// "How this date was computed" in the page's language. In English it is the explanation stored with the deadline (the
/// record the journal, the dossier and the API give). In another language it is told again from the facts stored beside
/// it — the start, the period, the days skipped and why, the roll to a working day — with the sentences from
/// Resources/Words, the holidays by their calendar's <c>names</c> and the law's citation in that language. Provisions
/// that have no citation in that language come apart, in English (<see cref="Explanation.Sources"/>).
/// </summary>
internal static class DeadlineText
{
    private static readonly string[] TimeRules = ["registration", "response"];
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>The explanation of <paramref name="record"/>, a deadline under <paramref name="lawId"/>; <paramref name="earliestDueDate"/>
    /// is, where the law counts from registration, the deadline had the request been registered on arrival.</summary>
    public static Explanation Of(WorkflowCatalog catalog, string? lawId, string? earliestDueDate, ComputationRecord record)
    {
        if (Words.English)
        {
            // The record's own words, but the calendar by its name, not its file's id ("calendar ru").
            var named = catalog.Calendars.GetValueOrDefault(record.Calendar) is { } known
                ? record.Explanation.Replace($", calendar {record.Calendar})", $"; calendar: {known.Name})", StringComparison.Ordinal)
                    .Replace($"Provisional: calendar {record.Calendar} ", $"Provisional: the {known.Name} calendar ", StringComparison.Ordinal)
                : record.Explanation;
            return new Explanation(named, null);
        }

        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var law = lawId is { } id ? catalog.Laws.GetValueOrDefault(id) : null;
        var calendar = catalog.Calendars.GetValueOrDefault(record.Calendar);
        var computation = record.ToComputation();
        var text = Computed(computation, calendar, language);
        if (law?.Registration is { } registration && earliestDueDate is { } earliest)
        {
            // Counted from registration, the period starts as the last day allowed for registration ends: its start
            // instant falls in that day.
            var lastRegistration = computation.Start.InZone(DateTimeZoneProviders.Tzdb[computation.Zone]).Date;
            text = Words.T(
                "The period runs from registration, due {0} of receipt (by the end of {1}). Registered on the day of receipt, the deadline would be the end of {2}; registered on the last day allowed: {3} Escalation waits for this later date.",
                Within(registration), Day(lastRegistration), Day(LocalDatePattern.Iso.Parse(earliest).Value), text);
        }

        if (law?.Citations.GetValueOrDefault(language) is { } citation)
        {
            text += Words.T(" The time limit is set by {0} of {1}.", citation.Time, citation.Genitive);
            if (computation.RolledForward && citation.LastDay.Length > 0)
            {
                text += Words.T(" A last day off moves to the next working day under {0}.", citation.LastDay);
            }

            return new Explanation(text, null);
        }

        var rules = TimeRules.Concat(computation.RolledForward ? ["lastDayRollsToWorkingDay"] : [])
            .Select(r => law?.Sources.GetValueOrDefault(r)).OfType<string>().ToList();
        return new Explanation(text, rules.Count == 0 ? null : string.Join("; ", rules));
    }

    private static string Computed(DeadlineComputation c, WorkCalendar? calendar, string language)
    {
        var zone = DateTimeZoneProviders.Tzdb[c.Zone];
        var start = c.Start.InZone(zone);
        if (c.Span.Unit == SpanUnit.Immediately)
        {
            return Words.T("Immediately: due at once from {0} ({1}).", Moment(start.LocalDateTime, "HH:mm"), c.Zone);
        }

        if (c.Span.IsClockTime)
        {
            return Words.T("{0} from {1} ({2}); due {3}.", Span(c.Span), Moment(start.LocalDateTime, "HH:mm:ss"), c.Zone, Moment(c.Due.InZone(zone).LocalDateTime, "HH:mm:ss"));
        }

        var (receipt, first) = c.Counted(start);
        var calendarName = calendar is null ? c.CalendarId : Words.T(calendar.Name);
        var text = Words.T("{0} from {1} ({2}, calendar {3})", Span(c.Span), Day(start.Date), c.Zone, calendarName);
        if (c.ReceivedAfterHours)
        {
            text += Words.T("; received {0}, after the end of the working day, so counted from the next day", start.ToString("HH:mm", CultureInfo.InvariantCulture));
        }

        text += Words.T(": day 0 is {0}, day 1 is {1}", Day(receipt), Day(first));
        var weekends = c.Skipped.Count(s => !s.Holiday);
        var parts = new List<string>();
        if (weekends > 0)
        {
            parts.Add(Words.Count(weekends, "{0} weekend day|{0} weekend days"));
        }

        // «24 марта 2026 г. (Наурыз мейрамы, перенос выходного дня)»: a substitute day names the holiday it stands for.
        var substitute = calendar is null ? string.Empty : Words.T(calendar.SubstituteLabel);
        parts.AddRange(SkippedDay.Runs(c.Skipped).Select(h =>
            $"{(h.First == h.Last ? Day(h.First) : Words.T("{0} to {1}", Day(h.First), Day(h.Last)))} ({calendar?.ReasonIn(h.Reason, language, name => $"{name}, {substitute}") ?? h.Reason})"));
        if (parts.Count > 0)
        {
            text += Words.T("; skipped {0}", string.Join(", ", parts));
        }

        if (c.RolledForward && c.RawDueDate is { } raw)
        {
            text += Words.T("; the last day, {0}, is not a working day, so the deadline moves to the next working day", Day(raw));
        }

        text += Words.T("; due by the end of {0}.", Day(c.DueDate!.Value));
        return c.Provisional ? text + Words.T(" Provisional: calendar {0} is not confirmed for every year counted.", calendarName) : text;
    }

    /// <summary>
    /// «9 января 2026 г.», as a Russian lawyer writes a day (no weekday). Days and periods are worded as in Russian on any
    /// page not in English (as <see cref="LawSummary"/> does): the only other wording there is.
    /// </summary>
    private static string Day(LocalDate day) => Deadline.Format.Words(day, "ru");

    private static string Moment(LocalDateTime moment, string time) => LocalDateTimePattern.Create($"d MMMM yyyy 'г.' {time}", Russian).Format(moment);

    private static string Span(LegalSpan span) => LetterWords.Span(span, "ru");

    private static string Within(LegalSpan span) => LetterWords.Within(span, "ru");

    /// <summary>The explanation, and the provisions it rests on where they have no citation in the page's language (given in English).</summary>
    internal sealed record Explanation(string Text, string? Sources);
}
