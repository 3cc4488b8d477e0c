using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Runtime;
using RequestTracker.Users;

namespace RequestTracker.Questions;

internal sealed record QuestionActionInput(string? Action, string? Note, string? DocumentReference, string? Exemption, int? Extension);

/// <summary>Records what the authority did (or what the advocate decided) on one question, through the write path.</summary>
internal sealed class ActOnQuestion(AppDbContext db, WorkflowEngine engine, GetQuestion get)
{
    public async Task<Outcome<QuestionView>> Handle(CurrentUser user, int id, QuestionActionInput input, CancellationToken ct)
    {
        if (!await db.QuestionsVisibleTo(user).AnyAsync(q => q.Id == id, ct))
        {
            return Outcome<QuestionView>.NotFound();
        }

        var errors = new ValidationErrors();
        var action = errors.RequiredText("action", input.Action, Lengths.Trigger);
        if (action is not null && !Vocabulary.Actions.Contains(action))
        {
            errors.Add("action", $"'{action}' is not an action; one of: {string.Join(", ", Vocabulary.Actions.Order(StringComparer.Ordinal))}.");
        }

        var note = errors.OptionalText("note", input.Note, Lengths.ActionNote);
        errors.OptionalText("documentReference", input.DocumentReference, Lengths.DocumentReference);
        errors.OptionalText("exemption", input.Exemption, Lengths.Exemption);
        if (input.Extension is < 1 or > 366)
        {
            errors.Add("extension", "The extension is a number of the law's units from 1 to 366.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<QuestionView>.Invalid(errors);
        }

        var (found, refusal) = await engine.Act(id, action!, new ActionInput(note, input.DocumentReference, input.Exemption, input.Extension), user.Id, ct);
        if (!found)
        {
            return Outcome<QuestionView>.Conflict("The request has not been sent yet; its questions have no workflow.");
        }

        if (refusal is not null)
        {
            return refusal.Unprocessable
                ? Outcome<QuestionView>.Unprocessable(refusal.Detail)
                : Outcome<QuestionView>.Conflict(refusal.Detail, new Dictionary<string, object?> { ["permittedActions"] = refusal.Permitted });
        }

        return await get.Handle(user, id, ct);
    }
}
