using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Questions;
using RequestTracker.Requests;
using RequestTracker.Users;

namespace RequestTracker.Suggestions;

/// <summary>What the advocate confirms for one question: the action (or none to leave it) and the evidence it needs.</summary>
internal sealed record ClassifyItem(int? QuestionId, string? Action, string? Note, string? DocumentReference, string? Exemption, int? Extension);

internal sealed record ClassifyInput(IReadOnlyList<ClassifyItem>? Questions);

/// <summary>
/// Records a reply's classification as the advocate confirmed it, question by question, in one transaction: each
/// question its own action, every one or none. Questions given no action are left as they are.
/// </summary>
internal sealed class ClassifyReply(AppDbContext db, ActOnQuestion act, GetQuestion get)
{
    public async Task<Outcome<IReadOnlyList<QuestionView>>> Handle(CurrentUser user, int requestId, long replyId, ClassifyInput input, CancellationToken ct)
    {
        if (!await db.Requests.VisibleTo(user).AnyAsync(r => r.Id == requestId, ct)
            || !await db.Inbox.AnyAsync(m => m.Id == replyId && m.RequestId == requestId, ct))
        {
            return Outcome<IReadOnlyList<QuestionView>>.NotFound();
        }

        if (await db.Requests.AnyAsync(r => r.Id == requestId && r.Status == RequestStatus.Withdrawn, ct))
        {
            return Outcome<IReadOnlyList<QuestionView>>.Conflict("The request is withdrawn: its questions take no more actions.");
        }

        var errors = new ValidationErrors();
        var items = input.Questions ?? [];
        var own = await db.Questions.Where(q => q.RequestId == requestId).Select(q => q.Id).ToListAsync(ct);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i]?.QuestionId is not { } id || !own.Contains(id))
            {
                errors.Add($"questions[{i}].questionId", "Name a question of this request.");
            }
        }

        var chosen = items.Where(x => x is not null && !string.IsNullOrWhiteSpace(x.Action)).ToList();
        if (errors.IsEmpty && chosen.Count == 0)
        {
            errors.Add("questions", "Choose an action for at least one question.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<IReadOnlyList<QuestionView>>.Invalid(errors);
        }

        var note = $"Classified from reply {replyId}.";
        var outcome = await act.RecordEach(user, chosen.Select(x => (x.QuestionId!.Value, new QuestionActionInput(x.Action, string.IsNullOrWhiteSpace(x.Note) ? note : x.Note, x.DocumentReference, x.Exemption, x.Extension))).ToList(), "questions", ct);
        return outcome.Kind == OutcomeKind.Ok
            ? Outcome<IReadOnlyList<QuestionView>>.Ok(await get.OfRequest(user, requestId, ct))
            : outcome.As<IReadOnlyList<QuestionView>>();
    }
}
