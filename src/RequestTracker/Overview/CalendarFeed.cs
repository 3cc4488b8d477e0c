using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalDuration = Ical.Net.DataTypes.Duration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Mail;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Overview;

/// <summary><c>CalendarFeed:*</c>: how the deadline feed reminds.</summary>
internal sealed class CalendarFeedOptions
{
    public const string Section = "CalendarFeed";

    /// <summary>The alarm rings at 09:00 (the reader's time, as the all-day event's date is) this many working days (of the question's calendar) before the last day.</summary>
    public int AlarmWorkingDays { get; set; } = 2;
}

/// <summary>
/// An advocate's deadlines as an iCalendar feed: each open question's response deadline and each "last
/// day to appeal" after a refusal, as an all-day event on the last day itself (in the zone the question's
/// days are counted in), with a link to the request and an alarm some working days before. The URL
/// carries a signed token (calendar apps send no cookie).
/// </summary>
internal sealed class CalendarFeed(AppDbContext db, DefinitionStore definitions, MailIdentity identity, IOptions<CalendarFeedOptions> options)
{
    private static readonly LocalTime AlarmTime = new(9, 0);

    public async Task<string> Url(string userId, CancellationToken ct) => $"/calendar/{(await identity.Tokens(ct)).FeedToken(userId)}.ics";

    /// <summary>The feed, or null when the token is not one this app signed; links point under <paramref name="baseUrl"/>.</summary>
    public async Task<string?> Build(string token, Uri baseUrl, CancellationToken ct)
    {
        var owner = (await identity.Tokens(ct)).FeedOwner(token);
        if (owner is null)
        {
            return null;
        }

        var rows = await (
            from w in db.Workflows.AsNoTracking()
            join q in db.Questions on w.QuestionId equals q.Id
            join r in db.Requests on w.RequestId equals r.Id
            where r.OwnerId == owner && ((w.Category == StateCategory.Open || w.Category == StateCategory.Paused || w.Category == StateCategory.Escalated) && w.DueAt != null || w.RightsLapseAt != null)
            select new { Instance = w, q.Position, q.Text, r.Title, RequestId = r.Id, Authority = r.Authority!.Name })
            .ToListAsync(ct);
        var calendar = new Calendar();
        calendar.AddProperty("X-WR-CALNAME", "RequestTracker deadlines");
        foreach (var row in rows)
        {
            var days = await WorkflowReader.ZonedCalendar(definitions, db, row.Instance, ct);
            var about = $"RT-{row.RequestId} \"{row.Title}\" to {row.Authority}, question {row.Position}: {row.Text}";
            var link = new Uri(baseUrl, $"/requests/{row.RequestId}#q{row.Instance.QuestionId}");
            if (row.Instance.DueOn is { } due && Categories.Waiting(row.Instance.Category))
            {
                calendar.Events.Add(Event($"deadline-{row.Instance.QuestionId}", $"Deadline: RT-{row.RequestId} question {row.Position}", about, link, new Deadline(LocalDate.FromDateOnly(due), days.Zone), days));
            }

            if (row.Instance.RightsLapseOn is { } lapse)
            {
                calendar.Events.Add(Event($"appeal-{row.Instance.QuestionId}", $"Last day to appeal: RT-{row.RequestId} question {row.Position}", about, link, new Deadline(LocalDate.FromDateOnly(lapse), days.Zone), days));
            }
        }

        return new CalendarSerializer().SerializeToString(calendar);
    }

    private CalendarEvent Event(string uid, string summary, string description, Uri link, Deadline deadline, WorkCalendar days)
    {
        var lastDay = deadline.LastDay;
        var warnDay = DeadlineCalculator.Before(deadline.End, new LegalSpan(options.Value.AlarmWorkingDays, SpanUnit.WorkingDays), days)
            .InZone(days.Zone).Date;
        // Relative to the event's start (midnight of its all-day date, in the calendar app's own zone), because Ical.Net
        // 5.2.4 writes an absolute trigger as an empty "TRIGGER:", which RFC 5545 forbids. Whole days count as
        // calendar days and the hours as elapsed time, so "-P1DT15H" rings at 09:00 even across a change of clocks
        // (those happen at night, not between 09:00 and midnight).
        var before = NodaTime.Period.Between(lastDay.AtMidnight(), warnDay.At(AlarmTime), PeriodUnits.Days | PeriodUnits.Hours);
        var item = new CalendarEvent
        {
            Uid = $"{uid}@requesttracker",
            Summary = summary,
            Description = $"{description}\nDue by the end of {deadline.Words("en")} ({days.Zone.Id}).\n{link}",
            Url = link,
            DtStart = new CalDateTime(lastDay.Year, lastDay.Month, lastDay.Day),
            DtEnd = new CalDateTime(lastDay.PlusDays(1).Year, lastDay.PlusDays(1).Month, lastDay.PlusDays(1).Day),
        };
        item.Alarms.Add(new Alarm
        {
            Action = AlarmAction.Display,
            Description = $"{summary}: {options.Value.AlarmWorkingDays} working day(s) left",
            Trigger = new Ical.Net.DataTypes.Trigger(new IcalDuration(days: before.Days, hours: (int)before.Hours)),
        });
        return item;
    }
}
