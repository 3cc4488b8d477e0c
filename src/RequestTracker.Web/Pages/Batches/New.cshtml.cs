using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Access;
using RequestTracker.Authorities;
using RequestTracker.Batches;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Requests;
using RequestTracker.Web.Pages.Requests;

namespace RequestTracker.Web.Pages.Batches;

/// <summary>
/// Files one letter and its questions to several authorities: the same fields as filing a request, and a
/// checkbox per authority with the legal basis to cite to it where it differs. Works without script.
/// </summary>
internal sealed class BatchNewModel(CurrentUser caller, ReadAuthorities authorities, WorkflowCatalog catalog, FileBatch file) : PageModel
{
    [BindProperty]
    public RequestForm Form { get; set; } = new();

    [BindProperty]
    public List<TargetForm> Targets { get; set; } = [];

    /// <summary>The letter in each other language its authorities may need, questions aligned with the main text's.</summary>
    [BindProperty]
    public List<BatchTextForm> Texts { get; set; } = [];

    /// <summary>The languages letters are written in: the main text is in one, a block is offered for each other.</summary>
    public IReadOnlyList<string> Languages => catalog.LetterLanguages().Values.SelectMany(l => l).Distinct().Order(StringComparer.Ordinal).ToList();

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
            chosen.Select(t => new BatchTarget(t.AuthorityId, t.LegalBasis)).ToList())
        {
            Language = Form.Language,
            Texts = Texts.Where(t => t.Written).Select(t => new BatchText(t.Language, t.Title, t.Body, t.LegalBasis, t.Questions)).ToList(),
        };
        var outcome = await file.Handle(caller, input, ct);
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

    private async Task LoadChoices(CancellationToken ct)
    {
        Choices = (await authorities.List(ct)).ToDictionary(a => a.Id, a => (a, LawSummary.Of(catalog, a)));
        // A block per other language, its question boxes as many as the main text's (kept as typed when the form comes back).
        var main = string.IsNullOrEmpty(Form.Language) ? "en" : Form.Language;
        Texts = Languages.Where(l => l != main)
            .Select(l => Texts.FirstOrDefault(t => t.Language == l) ?? new BatchTextForm { Language = l })
            .ToList();
        foreach (var text in Texts)
        {
            text.Questions = Enumerable.Range(0, Form.Questions.Count).Select(i => i < text.Questions.Count ? text.Questions[i] : null).ToList();
        }
    }
}

/// <summary>One authority's line of the form: chosen or not, and its own legal basis.</summary>
internal sealed class TargetForm
{
    public int AuthorityId { get; set; }

    public bool Chosen { get; set; }

    public string? LegalBasis { get; set; }
}

/// <summary>The letter in another language: its title, body, legal basis and each question's text in the main text's order.</summary>
internal sealed class BatchTextForm
{
    public string? Language { get; set; }

    public string? Title { get; set; }

    public string? Body { get; set; }

    public string? LegalBasis { get; set; }

    public List<string?> Questions { get; set; } = [];

    /// <summary>Anything typed in it: an untouched block is not a text.</summary>
    public bool Written => !string.IsNullOrWhiteSpace(Title) || !string.IsNullOrWhiteSpace(Body) || Questions.Any(q => !string.IsNullOrWhiteSpace(q));
}
