using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Users;

namespace RequestTracker.Questions;

internal sealed record JournalView(long Id, DateTime At, DateTime? ScheduledFor, string Event, string? FromState, string? ToState, string Actor, string Note, string Rule);

/// <summary>A question's journal, oldest first (a question's history is short: tens of entries).</summary>
internal sealed class ReadJournal(AppDbContext db)
{
    public async Task<Outcome<IReadOnlyList<JournalView>>> Handle(CurrentUser user, int questionId, CancellationToken ct)
    {
        if (!await db.QuestionsVisibleTo(user).AnyAsync(q => q.Id == questionId, ct))
        {
            return Outcome<IReadOnlyList<JournalView>>.NotFound();
        }

        var entries = await db.Journal.AsNoTracking().Where(j => j.QuestionId == questionId).OrderBy(j => j.Id)
            .Select(j => new JournalView(j.Id, j.At, j.ScheduledFor, j.Event, j.FromState, j.ToState, j.Actor, j.Note, j.Rule))
            .ToListAsync(ct);
        return Outcome<IReadOnlyList<JournalView>>.Ok(entries);
    }
}
