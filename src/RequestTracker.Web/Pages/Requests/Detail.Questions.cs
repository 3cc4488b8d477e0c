using Microsoft.AspNetCore.Mvc;
using RequestTracker.Handling;
using RequestTracker.Questions;

namespace RequestTracker.Web.Pages.Requests;

/// <summary>Actions on the questions: one question's form, or one action on the ticked questions.</summary>
internal sealed partial class RequestDetailModel
{
    public async Task<IActionResult> OnPostAct(int id, [FromServices] ActOnQuestion act, CancellationToken ct)
    {
        if (Irreversible(Action.Action, localizer) is { } consequence && !ConfirmStep.Given(this))
        {
            return await Ask(id, "Act", () => localizer["Record '{0}'?", Display.Action(Action.Action)], consequence, localizer["Record '{0}'", Display.Action(Action.Action)], $"#q{Action.QuestionId}", ct);
        }

        var outcome = await act.Handle(caller, Action.QuestionId, Action.Input(), ct);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        if (outcome.Kind == OutcomeKind.Ok)
        {
            TempData["Notice"] = localizer["Recorded '{0}'.", Display.Action(Action.Action)].Value;
            return Redirect($"/requests/{id}#q{Action.QuestionId}");
        }

        FormErrors.Copy(outcome, ModelState, "Action");
        return await Load(id, ct) ? Page() : NotFound();
    }

    /// <summary>One action on the ticked questions, all or none.</summary>
    public async Task<IActionResult> OnPostActMany(int id, List<int> questionIds, [FromServices] ActOnQuestion act, CancellationToken ct)
    {
        if (Irreversible(Action.Action, localizer) is { } consequence && !ConfirmStep.Given(this))
        {
            return await Ask(id, "ActMany", () => Counted(questionIds.Count, "Record '{1}' on {0} question?|Record '{1}' on {0} questions?", Display.Action(Action.Action)), consequence, localizer["Record '{0}'", Display.Action(Action.Action)], "#batch-h", ct);
        }

        var typed = Action.Input();
        var outcome = await act.HandleMany(caller, id,
            new BatchActionInput(questionIds, typed.Action, typed.Note, typed.DocumentReference, typed.Exemption, typed.Extension, typed.LetterDate, typed.ReceivedOn), ct);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        if (outcome.Kind == OutcomeKind.Ok)
        {
            TempData["Notice"] = Counted(outcome.Value!.Count, "Recorded '{1}' on {0} question.|Recorded '{1}' on {0} questions.", Display.Action(Action.Action));
            return Redirect($"/requests/{id}");
        }

        Action.QuestionId = 0;
        Notice = FormErrors.Detail(outcome) ?? string.Empty;
        return await Load(id, ct) ? Page() : NotFound();
    }
}
