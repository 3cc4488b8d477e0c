using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Authorities;
using RequestTracker.Batches;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Requests;
using RequestTracker.Users;
using RequestTracker.Web.Pages.Requests;

namespace RequestTracker.Web.Pages.Batches;

/// <summary>
/// Files one letter and its questions to several authorities: the same fields as filing a request, and a
/// checkbox per authority with the legal basis to cite to it where it differs. Works without script.
/// </summary>
internal sealed class BatchNewModel(ReadAuthorities authorities, WorkflowCatalog catalog, FileBatch file) : PageModel
{
    [BindProperty]
    public RequestForm Form { get; set; } = new();

    [BindProperty]
    public List<TargetForm> Targets { get; set; } = [];

    public IReadOnlyDictionary<int, (AuthorityResponse Authority, string Law)> Choices { get; private set; } = new Dictionary<int, (AuthorityResponse, string)>();

    /// <summary>The authorities' errors (none chosen, one named twice), shown at their fieldset.</summary>
    public IReadOnlyList<string> TargetErrors { get; private set; } = [];

    public async Task OnGet(CancellationToken ct)
    {
        await LoadChoices(ct);
        Targets = Choices.Keys.Select(id => new TargetForm { AuthorityId = id }).ToList();
    }

    public async Task<IActionResult> OnPostAdd(QuestionCategory kind, CancellationToken ct)
    {
        ModelState.Clear(); // adding a row is not a submission: no errors yet
        Form.AddQuestion(kind);
        await LoadChoices(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemove(int index, CancellationToken ct)
    {
        ModelState.Clear();
        Form.RemoveQuestion(index);
        await LoadChoices(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSave(CancellationToken ct)
    {
        ModelState.Clear(); // the handler validates; its messages are the ones shown
        var chosen = Targets.Where(t => t.Chosen).ToList();
        var input = new BatchInput(Form.Title, Form.Body, Form.LegalBasis, Form.QuestionInputs(),
            chosen.Select(t => new BatchTarget(t.AuthorityId, t.LegalBasis)).ToList());
        var outcome = await file.Handle(CurrentUser.From(User), input, ct);
        if (outcome.Kind == OutcomeKind.Ok)
        {
            return Redirect($"/batches/{outcome.Value!.Id}");
        }

        FormErrors.Copy(outcome, ModelState, "Form");
        TargetErrors = ModelState.Where(e => e.Key.StartsWith("Form.Authorities", StringComparison.Ordinal))
            .SelectMany(e => e.Value!.Errors.Select(x => x.ErrorMessage)).ToList();
        await LoadChoices(ct);
        return Page();
    }

    private async Task LoadChoices(CancellationToken ct) =>
        Choices = (await authorities.List(ct)).ToDictionary(a => a.Id, a => (a, LawSummary.Of(catalog, a)));
}

/// <summary>One authority's line of the form: chosen or not, and its own legal basis.</summary>
internal sealed class TargetForm
{
    public int AuthorityId { get; set; }

    public bool Chosen { get; set; }

    public string? LegalBasis { get; set; }
}
