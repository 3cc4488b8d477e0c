using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Questions;
using RequestTracker.Requests;

namespace RequestTracker.Batches;

/// <summary>
/// One action on the same question (a row) across a batch's authorities, with the authorities it is for; its letter's
/// dates of record, if given, are checked where each authority is.
/// </summary>
internal sealed record RowActionInput(
    string? Action, string? Note, string? DocumentReference, string? Exemption, int? Extension, IReadOnlyList<int>? RequestIds, string? LetterDate = null, string? ReceivedOn = null)
{
    public QuestionActionInput Question => new(Action, Note, DocumentReference, Exemption, Extension, LetterDate, ReceivedOn);
}

/// <summary>
/// Records one action on question N at several authorities in one transaction. Named authorities must all
/// take it (else nothing is recorded, and the refusal names the question); with none named, it goes to every
/// sent request whose question N can take it now, and the others are reported as skipped.
/// </summary>
internal sealed class ActOnRow(AppDbContext db, GetQuestion questions, ActOnQuestion act, GetBatch get)
{
    public async Task<Outcome<RowActionResult>> Handle(CurrentUser user, int id, int position, RowActionInput input, CancellationToken ct)
    {
        var chosen = await BatchRequests.Choose(db, user, id, new BatchSelection(input.RequestIds), ct);
        if (chosen.Kind != OutcomeKind.Ok)
        {
            return chosen.As<RowActionResult>();
        }

        var named = input.RequestIds is { Count: > 0 };
        var sent = chosen.Value!.Where(r => r.Status == RequestStatus.Sent).Select(r => r.Id).ToList();
        if (named && sent.Count < chosen.Value!.Count)
        {
            return Outcome<RowActionResult>.Conflict("Only a sent request's questions take actions: a request named is a draft or withdrawn.");
        }

        var row = (await questions.OfRequests(user, sent, ct)).Where(q => q.Position == position).ToList();
        if (row.Count == 0)
        {
            return position < 1 || chosen.Value!.Count == 0
                ? Outcome<RowActionResult>.NotFound()
                : Outcome<RowActionResult>.Conflict($"No sent request of this batch has a question {position}.");
        }

        var action = Definitions.Triggers.Action(input.Action);
        var takes = named ? row : row.Where(q => action is { } a && q.PermittedActions.Contains(a)).ToList();
        if (takes.Count == 0 && action is not null)
        {
            return Outcome<RowActionResult>.Conflict($"Question {position} cannot take '{input.Action}' at any authority of this batch in its present state.");
        }

        var outcome = await act.Record(user, (takes.Count > 0 ? takes : row).Select(q => q.Id).ToList(), input.Question, ct);
        if (outcome.Kind != OutcomeKind.Ok)
        {
            return outcome.As<RowActionResult>();
        }

        var batch = (await get.Handle(user, id, ct)).Value!;
        return Outcome<RowActionResult>.Ok(new RowActionResult(batch, takes.Select(q => q.Id).ToList(), row.Except(takes).Select(q => q.Id).ToList()));
    }
}
