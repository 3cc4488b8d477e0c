using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Runtime;

namespace RequestTracker.Questions;

/// <summary>
/// One journal entry. <see cref="Actor"/> is as recorded (a user id, <c>timer@host:pid</c>, <c>mail</c>);
/// <see cref="By"/> says who in words: the person's name, "the timer" or "the mail system".
/// </summary>
internal sealed record JournalView(long Id, DateTime At, DateTime? ScheduledFor, string Event, string? FromState, string? ToState, string Actor, string Note, string Rule)
{
    public string By { get; init; } = Actor;

    /// <summary>The question the entry is about (set where entries of several questions are read together).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int QuestionId { get; init; }
}

/// <summary>A question's journal, oldest first (a question's history is short: tens of entries).</summary>
internal sealed class ReadJournal(AppDbContext db)
{
    public async Task<Outcome<IReadOnlyList<JournalView>>> Handle(CurrentUser user, int questionId, CancellationToken ct)
    {
        if (!await db.QuestionsVisibleTo(user).AnyAsync(q => q.Id == questionId, ct))
        {
            return Outcome<IReadOnlyList<JournalView>>.NotFound();
        }

        return Outcome<IReadOnlyList<JournalView>>.Ok((await Read(db.Journal.Where(j => j.QuestionId == questionId), ct)).GetValueOrDefault(questionId, []));
    }

    /// <summary>The journals of a request's visible questions, keyed by question, in two queries.</summary>
    public Task<Dictionary<int, IReadOnlyList<JournalView>>> OfRequest(CurrentUser user, int requestId, CancellationToken ct) =>
        Read(db.Journal.Where(j => j.RequestId == requestId && db.QuestionsVisibleTo(user).Any(q => q.Id == j.QuestionId)), ct);

    private async Task<Dictionary<int, IReadOnlyList<JournalView>>> Read(IQueryable<Runtime.JournalEntry> which, CancellationToken ct)
    {
        var entries = await which.AsNoTracking().OrderBy(j => j.Id)
            .Select(j => new { j.QuestionId, View = new JournalView(j.Id, j.At, j.ScheduledFor, j.Event, j.FromState, j.ToState, j.Actor, j.Note, j.Rule) })
            .ToListAsync(ct);
        var ids = entries.Select(e => e.View.Actor).Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return entries.GroupBy(e => e.QuestionId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<JournalView>)g.Select(e => e.View with { By = Name(e.View.Actor, names) }).ToList());
    }

    /// <summary>Who an actor is in words: the person's name, "the timer", "the mail system".</summary>
    internal static string Name(string actor, IReadOnlyDictionary<string, string> people) =>
        people.TryGetValue(actor, out var name) ? name
        : actor.StartsWith(Runtime.TimerFiring.TimerActor, StringComparison.Ordinal) ? "the timer"
        : actor == Mail.Intake.IntakeProcessor.Actor ? "the mail system"
        : actor;
}
