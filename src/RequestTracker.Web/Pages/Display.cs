using RequestTracker.Definitions.Templates;
using System.Globalization;
using Microsoft.AspNetCore.Html;
using NodaTime;
using NodaTime.Text;
using RequestTracker.Definitions;
using RequestTracker.Requests;
using RequestTracker.Web.Localization;

namespace RequestTracker.Web.Pages;

/// <summary>
/// Words for the codes the handlers return: status is always shown as text, never by colour alone. Every word goes
/// through <see cref="Words"/> (Resources/Words.ru.resx); dates come in the page's language — English as they always
/// were ("Mon 7 Dec 2026", "7 Dec 2026", "7 December 2026"), Russian as Russians write them («пн, 7 дек. 2026 г.»,
/// «7 дек. 2026 г.», «7 декабря 2026 г.»).
/// </summary>
internal static class Display
{
    private static readonly CultureInfo RussianCulture = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>Dates in Russian on every page not in English (the pseudo-culture too, so its walk sees no English month).</summary>
    private static bool RussianDates => !Words.English;

    /// <summary>
    /// A deadline as the law states it — its last day, in the zone its days are counted in:
    /// "by the end of Mon 7 Feb 2022 (Europe/London)". Never the instant that ends it.
    /// </summary>
    public static IHtmlContent Deadline(string? isoDate, string? zone, bool provisional = false)
    {
        if (isoDate is null || LocalDatePattern.Iso.Parse(isoDate) is not { Success: true } parsed)
        {
            return HtmlString.Empty;
        }

        var html = new HtmlContentBuilder();
        html.AppendHtml($"<time datetime=\"{isoDate}\">");
        html.Append(zone is null ? Day(parsed.Value) : $"{Day(parsed.Value)} ({Zone(zone)})"); // no zone: the caller states it once nearby
        html.AppendHtml("</time>");
        if (provisional)
        {
            html.AppendHtml(" <span class=\"badge provisional\" title=\"");
            html.Append(Words.T("The calendar is not confirmed for this year: the date may change."));
            html.AppendHtml("\">");
            html.Append(Words.T("provisional"));
            html.AppendHtml("</span>");
        }

        return html;
    }

    /// <summary>A time zone as a person reads it: "America/New York", not "America/New_York" (which a narrow column breaks mid-word).</summary>
    public static string Zone(string zone) => zone.Replace('_', ' ');

    /// <summary>A legal day with its weekday, for deadlines: "Mon 7 Feb 2022", «пн, 7 февр. 2022 г.».</summary>
    public static string Day(LocalDate day) => RequestTracker.Definitions.Calendars.Deadline.Format.Brief(day, RussianDates ? "ru" : "en");

    /// <summary>A day, short: "7 Dec 2026", «7 дек. 2026 г.».</summary>
    public static string Date(DateOnly day) => RussianDates
        ? day.ToString("d MMM yyyy 'г.'", RussianCulture)
        : day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The day of a moment, short: "7 Dec 2026", «7 дек. 2026 г.» (the moment's own date, as stored).</summary>
    public static string Date(DateTime at) => Date(DateOnly.FromDateTime(at));

    /// <summary>A day, long: "7 December 2026", «7 декабря 2026 г.».</summary>
    public static string LongDate(DateOnly day) => RussianDates
        ? day.ToString("d MMMM yyyy 'г.'", RussianCulture)
        : day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A moment in UTC: "7 Dec 2026 14:30 UTC", «7 дек. 2026 г., 14:30 UTC».</summary>
    public static string Moment(DateTime at) => RussianDates
        ? at.ToString("d MMM yyyy 'г.', HH:mm", RussianCulture) + " UTC"
        : at.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>A moment as a &lt;time&gt; element (what <c>_Time</c> renders), to pass into a sentence.</summary>
    public static IHtmlContent Time(DateTime at)
    {
        var html = new HtmlContentBuilder();
        html.AppendHtml("<time datetime=\"");
        html.Append(at.ToString("O", CultureInfo.InvariantCulture));
        html.AppendHtml("\">");
        html.Append(Moment(at));
        html.AppendHtml("</time>");
        return html;
    }

    /// <summary>A state's label from the lifecycle file ("Awaiting response") in the page's language; null stays null.</summary>
    public static string? State(string? label) => label is null ? null : Words.T(label);

    /// <summary>An escalation step's name from the law file ("Complaint to the higher body") in the page's language.</summary>
    public static string Step(string name) => Words.T(name);

    /// <summary>
    /// A trigger or journal event in words, lower case: "deadline passed", «срок истёк». The entries are capitalised
    /// ("Deadline passed"), as the forms offer actions: a resource name is unique whatever its case.
    /// </summary>
    public static string Event(string slug) => Lower(Words.T(Capital(slug.Replace('-', ' '))));

    /// <summary>A journal entry's event or a definition's trigger as a list shows it, in words with a capital: "Deadline passed", «Срок истёк».</summary>
    public static string JournalEvent(string slug) => Words.T(Capital(slug.Replace('-', ' ')));

    /// <summary>A definition's trigger as a diagram or a list of transitions names it (<see cref="Event(string)"/> of its word).</summary>
    public static string Event(Trigger trigger) => Event(Triggers.Word(trigger));

    /// <summary><see cref="JournalEvent(string)"/> of a trigger's word.</summary>
    public static string JournalEvent(Trigger trigger) => JournalEvent(Triggers.Word(trigger));

    /// <summary>A timer's moment in words: "deadline", "next step" («окончание срока», «начало следующего этапа»).</summary>
    public static string Instant(TimerInstant instant) => Lower(Words.T(Capital(Instants.Word(instant).Replace('-', ' '))));

    /// <summary>Days as the authority figures count them: "12 days", "12.5 days", «12 дней», «12,5 дня».</summary>
    public static string Days(double days)
    {
        const string Forms = "{0} day|{0} days";
        if (days % 1 == 0)
        {
            return Words.Count((long)days, Forms);
        }

        // A fraction takes the form after 2 in Russian (12,5 дня) and the plural in English: the second form in both.
        var forms = Words.T(Forms).Split('|');
        return string.Format(CultureInfo.CurrentCulture, forms[Math.Min(1, forms.Length - 1)], days.ToString("0.#", CultureInfo.CurrentCulture));
    }

    /// <summary>What kind of email a template writes, in the page's words ("Reminder", «Напоминание»); see <see cref="TemplateKinds"/>.</summary>
    public static string Template(string template) => Words.T(TemplateKinds.English(template));

    /// <summary>An escalation contact's kind in words ("Higher body", not "HigherBody").</summary>
    public static string ContactKind(RequestTracker.Definitions.Laws.EscalationContactKind kind) => Words.T(kind switch
    {
        RequestTracker.Definitions.Laws.EscalationContactKind.HigherBody => "Higher body",
        RequestTracker.Definitions.Laws.EscalationContactKind.OversightBody => "Oversight body",
        RequestTracker.Definitions.Laws.EscalationContactKind.Ombudsman => "Ombudsman",
        RequestTracker.Definitions.Laws.EscalationContactKind.Court => "Court",
        _ => "Other",
    });

    public static string LetterStatus(string status) => status switch
    {
        "Draft" => Words.T("Waiting for you to review and send"),
        "NeedsContact" => Words.T("Waiting for a contact address"),
        "Sent" => Words.T("Sent"),
        "Filed" => Words.T("Filed"),
        "Discarded" => Words.T("Dropped, not sent"),
        _ => status,
    };

    public static string LetterPurpose(RequestTracker.Letters.LetterView letter) => letter.Purpose switch
    {
        "FollowUp" => Words.T("A follow-up in your words"),
        "ClarificationAnswer" => Words.T("Your answer to the authority's request for clarification"),
        _ => letter.StepName is { } step
            ? Words.T(letter.Kind == "Filing" ? "Escalation step: {0} (a document you file)" : "Escalation step: {0}", Step(step))
            : Words.T("Escalation step"),
    };

    public static string Progress(string progress) => progress switch
    {
        RequestTracker.Definitions.Progress.Escalated => Words.T("Escalated"),
        RequestTracker.Definitions.Progress.Overdue => Words.T("Overdue"),
        RequestTracker.Definitions.Progress.Awaiting => Words.T("Awaiting response"),
        RequestTracker.Definitions.Progress.Answered => Words.T("Answered"),
        RequestTracker.Definitions.Progress.Refused => Words.T("Refused"),
        RequestTracker.Definitions.Progress.Partial => Words.T("Partially answered"),
        RequestTracker.Definitions.Progress.Closed => Words.T("Closed"),
        RequestTracker.Definitions.Progress.Draft => Words.T("Draft"),
        RequestTracker.Definitions.Progress.Withdrawn => Words.T("Withdrawn"),
        _ => progress,
    };

    /// <summary>A category as the dashboard names it (the filter offers the words people see in the lists).</summary>
    public static string Category(StateCategory category) => category switch
    {
        StateCategory.Open => Words.T("Awaiting response"),
        StateCategory.Paused => Words.T("Clock stopped"),
        StateCategory.Escalated => Words.T("Escalated"),
        StateCategory.Answered => Words.T("Answered"),
        StateCategory.Partial => Words.T("Partially answered"),
        StateCategory.Refused => Words.T("Refused"),
        StateCategory.Closed => Words.T("Closed"),
        _ => Categories.Word(category),
    };

    public static string Timeliness(string timeliness) => timeliness switch
    {
        RequestTracker.Definitions.Timeliness.Overdue => Lower(Words.T("Overdue")),
        RequestTracker.Definitions.Timeliness.DueSoon => Words.T("due soon"),
        RequestTracker.Definitions.Timeliness.OnTime => Words.T("on time"),
        _ => timeliness,
    };

    /// <summary>A ladder rung's status in words; <paramref name="visitor"/>: for the public page, whose reader is not the one who escalates.</summary>
    public static string StepStatus(string status, bool visitor = false) => status switch
    {
        "done" => Words.T("taken"),
        "drafted" => visitor ? Words.T("prepared, not sent yet") : Words.T("drafted, waits for you"),
        "next" => Words.T("next"),
        "planned" => Words.T("planned"),
        "waiting" => Words.T("waits for the clock"),
        "onHold" => visitor ? Words.T("if the requester escalates") : Words.T("if you escalate"),
        "skipped" => Words.T("not for a refusal"),
        "notNeeded" => Words.T("not needed"),
        _ => status,
    };

    /// <summary>
    /// An authority's letter's dates of record as a page states them: "Letter of 27 Nov 2026, received 28 Nov 2026", or
    /// the part that is known; null with neither.
    /// </summary>
    public static string? LetterDates(DateOnly? letter, DateOnly? received) => (letter, received) switch
    {
        ({ } l, { } r) => Words.T("Letter of {0}, received {1}", Date(l), Date(r)),
        ({ } l, null) => Words.T("Letter of {0}", Date(l)),
        (null, { } r) => Words.T("Received {0}", Date(r)),
        _ => null,
    };

    /// <summary>What an action's form fields show for (see site.css): its required evidence, and "letter" for an authority's letter, which has dates.</summary>
    public static string Needs(Trigger action, IReadOnlyList<string>? requires) =>
        string.Join(' ', (requires ?? []).Concat(Triggers.IsLetter(action) ? ["letter"] : []));

    /// <summary>An action as the forms offer it: "Answered (document reference)", "Deadline passed".</summary>
    public static string Trigger(Trigger trigger) => trigger switch
    {
        Definitions.Trigger.Answered => Words.T("Answered (document reference)"),
        Definitions.Trigger.Refused => Words.T("Refused (exemption cited)"),
        Definitions.Trigger.PartiallyAnswered => Words.T("Partially answered (document reference and exemption)"),
        Definitions.Trigger.Reopened => Words.T("Reopen (correct a mis-recorded outcome)"),
        var other => Words.T(Capital(Triggers.Word(other).Replace('-', ' '))),
    };

    /// <summary>An action a form sent back, in words: its label, or the word as sent when it names no action.</summary>
    public static string Action(string? action) => Triggers.Action(action) is { } trigger ? Trigger(trigger) : action ?? string.Empty;

    public static string Category(QuestionCategory category) => Words.T(category switch
    {
        QuestionCategory.Timeline => "Timeline and initiative",
        QuestionCategory.RequestText => "Precise text of the request",
        QuestionCategory.VoteRecords => "Vote records per member",
        QuestionCategory.Article51Report => "Article 51 report to the Security Council",
        QuestionCategory.LegalJustification => "Published legal justification",
        _ => "Other",
    });

    /// <summary>A letter's language by name, as a list offers it: "English", «Английский».</summary>
    public static string Language(string code) => Capital(LanguageWord(code));

    /// <summary>"in English", «на английском»: Russian's prepositional of the language's adjective (-ий → -ом).</summary>
    public static string InLanguage(string code)
    {
        var word = LanguageWord(code);
        return Words.Russian && word.EndsWith("ий", StringComparison.Ordinal) ? $"на {word[..^2]}ом" : Words.T("in {0}", word);
    }

    /// <summary>The language's name in the page's language; Russian's entries are the lower-case adjective («английский»).</summary>
    private static string LanguageWord(string code) => Words.T(LetterScript.Name(code));

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.CurrentCulture) + text[1..];

    /// <summary>The first letter in lower case: a capitalised entry used inside a sentence or a list.</summary>
    public static string Lower(string text) => text.Length == 0 ? text : char.ToLower(text[0], CultureInfo.CurrentCulture) + text[1..];
}
