using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Requests;
using RequestTracker.Runtime;
using RequestTracker.Users;

namespace RequestTracker.Questions;

internal sealed record QuestionActionInput(string? Action, string? Note, string? DocumentReference, string? Exemption, int? Extension);

/// <summary>The same action on several questions of one request: all recorded in one transaction, or none.</summary>
internal sealed record BatchActionInput(IReadOnlyList<int>? QuestionIds, string? Action, string? Note, string? DocumentReference, string? Exemption, int? Extension)
{
    public QuestionActionInput Action1 => new(Action, Note, DocumentReference, Exemption, Extension);
}

/// <summary>Records what the authority did (or what the advocate decided) on questions, through the write path.</summary>
internal sealed class ActOnQuestion(AppDbContext db, WorkflowEngine engine, GetQuestion get)
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

        if (await db.QuestionsVisibleTo(user).AnyAsync(q => q.Id == id && db.Requests.Any(r => r.Id == q.RequestId && r.Status == RequestStatus.Withdrawn), ct))
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
        RecordEach(user, ids.Select(id => (id, input)).ToList(), prefix: null, ct);

    /// <summary>
    /// Each question its own action, validated (fields named <c>{prefix}[i].action</c> …, or as for one action without a
    /// prefix) and recorded in one transaction, or none: the first refusal names its question.
    /// </summary>
    public async Task<Outcome<bool>> RecordEach(CurrentUser user, IReadOnlyList<(int QuestionId, QuestionActionInput Input)> items, string? prefix, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var actions = new List<(int, string, ActionInput)>();
        for (var i = 0; i < items.Count; i++)
        {
            var field = prefix is null ? string.Empty : $"{prefix}[{i}].";
            if (Validate(items[i].Input, errors, field) is { } valid)
            {
                actions.Add((items[i].QuestionId, valid.Action, valid.Input));
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

    private static (string Action, ActionInput Input)? Validate(QuestionActionInput input, ValidationErrors errors, string field)
    {
        var before = errors.IsEmpty;
        var action = errors.RequiredLine($"{field}action", input.Action, Lengths.Trigger);
        if (action is not null && !Vocabulary.Actions.Contains(action))
        {
            errors.Add($"{field}action", $"'{action}' is not an action; one of: {string.Join(", ", Vocabulary.Actions.Order(StringComparer.Ordinal))}.");
        }

        var note = errors.OptionalText($"{field}note", input.Note, Lengths.ActionNote);
        errors.OptionalLine($"{field}documentReference", input.DocumentReference, Lengths.DocumentReference);
        errors.OptionalText($"{field}exemption", input.Exemption, Lengths.Exemption);
        if (input.Extension is < 1 or > 366)
        {
            errors.Add($"{field}extension", "The extension is a number of the law's units from 1 to 366.");
        }

        return before && errors.IsEmpty && action is not null
            ? (action, new ActionInput(note, input.DocumentReference?.Trim(), input.Exemption?.Trim(), input.Extension))
            : null;
    }
}
