using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Questions;

/// <summary>
/// An action on a question. <paramref name="LetterDate"/> and <paramref name="ReceivedOn"/> (YYYY-MM-DD, optional): for an
/// action that records the authority's letter, the date it bears and the day it arrived where the authority is.
/// </summary>
internal sealed record QuestionActionInput(
    string? Action, string? Note, string? DocumentReference, string? Exemption, int? Extension, string? LetterDate = null, string? ReceivedOn = null);

/// <summary>The same action on several questions of one request: all recorded in one transaction, or none.</summary>
internal sealed record BatchActionInput(
    IReadOnlyList<int>? QuestionIds, string? Action, string? Note, string? DocumentReference, string? Exemption, int? Extension, string? LetterDate = null, string? ReceivedOn = null)
{
    public QuestionActionInput Action1 => new(Action, Note, DocumentReference, Exemption, Extension, LetterDate, ReceivedOn);
}

/// <summary>Records what the authority did (or what the advocate decided) on questions, through the write path.</summary>
internal sealed class ActOnQuestion(AppDbContext db, WorkflowEngine engine, GetQuestion get, TimeProvider clock)
{
    /// <summary>Most questions one batch action may name: a request holds a handful; this bounds the transaction.</summary>
    public const int MaxBatch = 100;

    private const string Withdrawn = "The request is withdrawn: its questions take no more actions.";

    public async Task<Outcome<QuestionView>> Handle(CurrentUser user, int id, QuestionActionInput input, CancellationToken ct)
    {
        if (!await db.QuestionsVisibleTo(user).AnyAsync(q => q.Id == id, ct))
        {
            return Outcome<QuestionView>.NotFound();
        }

        if (await db.QuestionsVisibleTo(user).AnyAsync(q => q.Id == id && db.Set<Request>().Any(r => r.Id == q.RequestId && r.Status == RequestStatus.Withdrawn), ct))
        {
            return Outcome<QuestionView>.Conflict(Withdrawn);
        }

        var outcome = await Record(user, [id], input, ct);
        return outcome.Kind == OutcomeKind.Ok ? await get.Handle(user, id, ct) : outcome.As<QuestionView>();
    }

    /// <summary>One action on several questions of request <paramref name="requestId"/>; returns each question as it now stands.</summary>
    public async Task<Outcome<IReadOnlyList<QuestionView>>> HandleMany(CurrentUser user, int requestId, BatchActionInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var ids = input.QuestionIds?.Distinct().ToList() ?? [];
        if (ids.Count is 0 or > MaxBatch)
        {
            errors.Add("questionIds", $"Name from 1 to {MaxBatch} questions of this request.");
            return Outcome<IReadOnlyList<QuestionView>>.Invalid(errors);
        }

        var status = await db.Requests.VisibleTo(user).Where(r => r.Id == requestId).Select(r => (RequestStatus?)r.Status).FirstOrDefaultAsync(ct);
        if (status is null)
        {
            return Outcome<IReadOnlyList<QuestionView>>.NotFound();
        }

        if (status == RequestStatus.Withdrawn)
        {
            return Outcome<IReadOnlyList<QuestionView>>.Conflict(Withdrawn);
        }

        var own = await db.Questions.Where(q => q.RequestId == requestId && ids.Contains(q.Id)).Select(q => q.Id).ToListAsync(ct);
        foreach (var (id, index) in ids.Select((id, i) => (id, i)).Where(p => !own.Contains(p.id)))
        {
            errors.Add($"questionIds[{index}]", $"Question {id} is not a question of this request.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<IReadOnlyList<QuestionView>>.Invalid(errors);
        }

        var outcome = await Record(user, ids, input.Action1, ct);
        if (outcome.Kind != OutcomeKind.Ok)
        {
            return outcome.As<IReadOnlyList<QuestionView>>();
        }

        var views = new List<QuestionView>();
        foreach (var id in ids)
        {
            views.Add((await get.Handle(user, id, ct)).Value!);
        }

        return Outcome<IReadOnlyList<QuestionView>>.Ok(views);
    }

    /// <summary>Validates the action and records it on every question named, in one transaction, or on none.</summary>
    public Task<Outcome<bool>> Record(CurrentUser user, List<int> ids, QuestionActionInput input, CancellationToken ct) =>
        RecordEach(user, ids.Select(id => (id, input, string.Empty)).ToList(), ct);

    /// <summary>
    /// Each question its own action, validated (fields named <c>{Field}action</c> …: <c>questions[2].action</c>, or
    /// <c>action</c> for one action) and recorded in one transaction, or none: the first refusal names its question.
    /// </summary>
    public async Task<Outcome<bool>> RecordEach(CurrentUser user, IReadOnlyList<(int QuestionId, QuestionActionInput Input, string Field)> items, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var actions = new List<(int, Trigger, ActionInput)>();
        var days = await LetterDays.Of(db, clock, items.Where(x => x.Input.LetterDate is not null || x.Input.ReceivedOn is not null).Select(x => x.QuestionId).ToList(), ct);
        for (var i = 0; i < items.Count; i++)
        {
            var field = items[i].Field;
            if (Validate(items[i].Input, errors, field) is { } valid
                && Dated(items[i].Input, valid.Input, days.TryGetValue(items[i].QuestionId, out var day) ? day : null, errors, field) is { } dated)
            {
                actions.Add((items[i].QuestionId, valid.Action, dated));
            }
        }

        if (!errors.IsEmpty)
        {
            return Outcome<bool>.Invalid(errors);
        }

        var single = items.Count == 1;
        var result = await engine.ActEach(actions, user.Id, ct);
        if (!result.Found)
        {
            return Outcome<bool>.Conflict(single
                ? "The request has not been sent yet; its questions have no workflow."
                : $"Question {result.RefusedQuestionId} has no workflow: the request has not been sent yet.");
        }

        if (result.Refusal is not { } refusal)
        {
            return Outcome<bool>.Ok(true);
        }

        var detail = single ? refusal.Detail : $"Question {result.RefusedQuestionId}: {refusal.Detail} Nothing was recorded.";
        return refusal.Unprocessable
            ? Outcome<bool>.Unprocessable(detail, refusal.Field)
            : Outcome<bool>.Conflict(detail, new Dictionary<string, object?> { ["permittedActions"] = refusal.Permitted, ["questionId"] = result.RefusedQuestionId });
    }

    private static (Trigger Action, ActionInput Input)? Validate(QuestionActionInput input, ValidationErrors errors, string field)
    {
        var before = errors.IsEmpty;
        var action = errors.RequiredLine($"{field}action", input.Action, Lengths.Trigger);
        var known = Triggers.Action(action);
        if (action is not null && known is null)
        {
            errors.Add($"{field}action", $"'{action}' is not an action; one of: {Triggers.List(Triggers.Actions)}.");
        }

        if (action is not null && (known is not { } letter || !Triggers.IsLetter(letter)))
        {
            // Dates of record belong to the authority's letters; an escalation or a correction is the advocate's own act.
            foreach (var (name, value) in new[] { ("letterDate", input.LetterDate), ("receivedOn", input.ReceivedOn) }.Where(d => !string.IsNullOrWhiteSpace(d.Item2)))
            {
                errors.Add($"{field}{name}", $"Only a letter from the authority has dates of record; '{action}' is not one.");
            }
        }

        var note = errors.OptionalText($"{field}note", input.Note, Lengths.ActionNote);
        errors.OptionalLine($"{field}documentReference", input.DocumentReference, Lengths.DocumentReference);
        errors.OptionalText($"{field}exemption", input.Exemption, Lengths.Exemption);
        if (input.Extension is < 1 or > 366)
        {
            errors.Add($"{field}extension", $"The extension is a number of the law's units from 1 to 366.");
        }

        return before && errors.IsEmpty && known is { } trigger
            ? (trigger, new ActionInput(note, input.DocumentReference?.Trim(), input.Exemption?.Trim(), input.Extension))
            : null;
    }

    /// <summary>
    /// The action with its letter's dates, checked where the question's authority is; unchanged without dates or
    /// without a workflow (the engine then says the request was not sent). Null after recording why not.
    /// </summary>
    private static ActionInput? Dated(QuestionActionInput typed, ActionInput valid, (DateOnly Today, DateOnly SentOn)? days, ValidationErrors errors, string field)
    {
        if (days is not { } d)
        {
            return valid;
        }

        var before = errors.IsEmpty;
        var (letterDate, receivedOn) = LetterDateRule.Check(errors, field, typed.LetterDate, typed.ReceivedOn, d.Today, d.SentOn);
        return before && errors.IsEmpty ? valid with { LetterDate = letterDate, ReceivedOn = receivedOn } : null;
    }
}
