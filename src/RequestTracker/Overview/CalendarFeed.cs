using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Mail;

namespace RequestTracker.Overview;

/// <summary>
/// An advocate's deadlines as an iCalendar feed: each open question's response deadline and each "last
/// day to appeal" after a refusal. The URL carries a signed token (calendar apps send no cookie).
/// </summary>
internal sealed class CalendarFeed(AppDbContext db, MailIdentity identity)
{
    public async Task<string> Url(string userId, CancellationToken ct) => $"/calendar/{(await identity.Tokens(ct)).FeedToken(userId)}.ics";

    /// <summary>The feed, or null when the token is not one this app signed.</summary>
    public async Task<string?> Build(string token, CancellationToken ct)
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
            where r.OwnerId == owner && ((w.Category == Categories.Open || w.Category == Categories.Paused || w.Category == Categories.Escalated) && w.DueAt != null || w.RightsLapseAt != null)
            select new { q.Id, q.Position, q.Text, r.Title, RequestId = r.Id, Authority = r.Authority!.Name, w.Category, w.DueAt, w.RightsLapseAt })
            .ToListAsync(ct);
        var calendar = new Calendar();
        calendar.AddProperty("X-WR-CALNAME", "RequestTracker deadlines");
        foreach (var row in rows)
        {
            var about = $"RT-{row.RequestId} \"{row.Title}\" to {row.Authority}, question {row.Position}: {row.Text}";
            if (row.DueAt is { } due && Categories.Waiting(row.Category))
            {
                calendar.Events.Add(Event($"deadline-{row.Id}", $"Deadline: RT-{row.RequestId} question {row.Position}", about, due));
            }

            if (row.RightsLapseAt is { } lapse)
            {
                calendar.Events.Add(Event($"appeal-{row.Id}", $"Last day to appeal: RT-{row.RequestId} question {row.Position}", about, lapse));
            }
        }

        return new CalendarSerializer().SerializeToString(calendar);
    }

    private static CalendarEvent Event(string uid, string summary, string description, DateTime at) => new()
    {
        Uid = $"{uid}@requesttracker",
        Summary = summary,
        Description = description,
        DtStart = new CalDateTime(at, "UTC"),
        DtEnd = new CalDateTime(at.AddMinutes(30), "UTC"),
    };
}
