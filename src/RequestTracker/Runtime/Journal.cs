using NodaTime;
using RequestTracker.Data;
using RequestTracker.Handling;

namespace RequestTracker.Runtime;

/// <summary>
/// The only writer of the journal: every entry — a transition, an email sent or failed, a correction —
/// is appended here, in the caller's transaction, with its text clipped to the columns.
/// </summary>
internal static class Journal
{
    public static void Append(
        AppDbContext db, int requestId, int questionId, string @event, string actor, Instant at, string note, string rule,
        string? from = null, string? to = null, Instant? scheduled = null) =>
        Append(db, requestId, questionId, @event, actor, at.ToDateTimeUtc(), note, rule, from, to, scheduled?.ToDateTimeUtc());

    public static void Append(
        AppDbContext db, int requestId, int questionId, string @event, string actor, DateTime at, string note, string rule,
        string? from = null, string? to = null, DateTime? scheduled = null) =>
        db.Journal.Add(new JournalEntry
        {
            QuestionId = questionId,
            RequestId = requestId,
            At = JournalChain.Truncate(at),
            ScheduledFor = scheduled is { } due ? JournalChain.Truncate(due) : null,
            Event = @event,
            FromState = from,
            ToState = to,
            Actor = Clip.To(actor, Lengths.Actor),
            Note = Clip.To(note, Lengths.JournalNote),
            Rule = Clip.To(rule, Lengths.JournalRule),
        });
}
