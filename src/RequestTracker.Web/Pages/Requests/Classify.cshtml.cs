using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Handling;
using RequestTracker.Suggestions;
using RequestTracker.Users;

namespace RequestTracker.Web.Pages.Requests;

/// <summary>
/// One reply, the suggestion for each question with its evidence, and one form to confirm or change them:
/// each row's action is preselected from the suggestion, and nothing is recorded until the advocate submits.
/// </summary>
internal sealed class ClassifyModel(SuggestForReply suggest, ClassifyReply classify) : PageModel
{
    public ReplySuggestionsView Suggestions { get; private set; } = null!;

    public int RequestId { get; private set; }

    [BindProperty]
    public List<ClassifyRow> Rows { get; set; } = [];

    public async Task<IActionResult> OnGet(int id, long replyId, CancellationToken ct)
    {
        if (!await Load(id, replyId, ct))
        {
            return NotFound();
        }

        Rows = Suggestions.Questions.Select(q => new ClassifyRow { QuestionId = q.QuestionId, Action = q.Action }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPost(int id, long replyId, CancellationToken ct)
    {
        var input = new ClassifyInput(Rows.Select(r => new ClassifyItem(r.QuestionId, r.Action, r.Note, r.DocumentReference, r.Exemption, r.Extension)).ToList());
        var outcome = await classify.Handle(CurrentUser.From(User), id, replyId, input, ct);
        if (outcome.Kind == OutcomeKind.Ok)
        {
            var recorded = Rows.Count(r => !string.IsNullOrWhiteSpace(r.Action));
            TempData["Notice"] = $"Recorded the reply's classification on {recorded} question{(recorded == 1 ? string.Empty : "s")}.";
            return Redirect($"/requests/{id}");
        }

        if (outcome.Kind == OutcomeKind.NotFound || !await Load(id, replyId, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        FormErrors.Copy(outcome, ModelState, string.Empty);
        return Page();
    }

    private async Task<bool> Load(int id, long replyId, CancellationToken ct)
    {
        RequestId = id;
        var outcome = await suggest.Handle(CurrentUser.From(User), id, replyId, ct);
        Suggestions = outcome.Value!;
        return outcome.Kind == OutcomeKind.Ok;
    }
}

internal sealed class ClassifyRow
{
    public int QuestionId { get; set; }

    public string? Action { get; set; }

    public string? Note { get; set; }

    public string? DocumentReference { get; set; }

    public string? Exemption { get; set; }

    public int? Extension { get; set; }
}
