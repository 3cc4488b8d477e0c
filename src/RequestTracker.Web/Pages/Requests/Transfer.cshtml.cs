using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Access;
using RequestTracker.Authorities;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Requests;

namespace RequestTracker.Web.Pages.Requests;

/// <summary>
/// The authority passed questions on to another body: which ones, to whom (a body under the same law), and when. The
/// handler is the API's (<see cref="TransferQuestions"/>); on success the new request's page opens.
/// </summary>
internal sealed class TransferModel(CurrentUser caller, GetRequest getRequest, ReadAuthorities authorities, TransferQuestions transfer) : PageModel
{
    [BindProperty]
    public TransferForm Form { get; set; } = new();

    public RequestResponse Item { get; private set; } = null!;

    /// <summary>Bodies the questions may go to: under the request's law, not its own authority, by name.</summary>
    public IReadOnlyList<AuthorityResponse> Bodies { get; private set; } = [];

    /// <summary>The questions still open, the only ones that can be passed on.</summary>
    public IReadOnlyList<QuestionResponse> Open => Item.Questions.Where(q => q.StateCategory is { } c && Categories.Waiting(c)).ToList();

    public async Task<IActionResult> OnGet(int id, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        Form = new TransferForm { QuestionIds = Open.Select(q => q.Id).ToList() };
        return Page();
    }

    public async Task<IActionResult> OnPost(int id, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        var outcome = await transfer.Handle(caller, id, new TransferInput(Form.QuestionIds, Form.AuthorityId, Form.TransferredOn, Form.Note), ct);
        if (outcome.Value is { } moved)
        {
            TempData["Notice"] = FormErrors.Text($"Passed on: this request now follows the questions at {moved.AuthorityName}.");
            return Redirect($"/requests/{moved.Id}");
        }

        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        FormErrors.Copy(outcome, ModelState, outcome.Kind == OutcomeKind.Invalid ? nameof(Form) : string.Empty);
        return Page();
    }

    private async Task<bool> Load(int id, CancellationToken ct)
    {
        if ((await getRequest.Handle(caller, id, ct)).Value is not { } item)
        {
            return false;
        }

        Item = item;
        var law = (await authorities.Get(item.AuthorityId, ct)).Value?.LawId;
        Bodies = law is null ? [] : (await authorities.List(law, ct)).Where(a => a.Id != item.AuthorityId).OrderBy(a => a.Name, StringComparer.CurrentCulture).ToList();
        return true;
    }
}

/// <summary>The transfer form's fields, as the API takes them.</summary>
internal sealed class TransferForm
{
    public List<int> QuestionIds { get; set; } = [];

    public int? AuthorityId { get; set; }

    /// <summary>The day the notice says it was passed on (YYYY-MM-DD); today where the authority is if empty.</summary>
    public string? TransferredOn { get; set; }

    public string? Note { get; set; }
}
