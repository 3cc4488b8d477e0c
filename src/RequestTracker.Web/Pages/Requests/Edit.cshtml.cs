using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Access;
using RequestTracker.Authorities;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Requests;

namespace RequestTracker.Web.Pages.Requests;

/// <summary>
/// Files a new request or edits a draft. Works without JavaScript: adding or removing a question posts the
/// form back and shows it again with everything typed kept; saving goes through the same handlers as the API.
/// </summary>
internal sealed class RequestEditModel(CurrentUser caller, ReadAuthorities authorities, WorkflowCatalog catalog, GetRequest get, FileRequest file, EditRequest edit) : PageModel
{
    [BindProperty]
    public RequestForm Form { get; set; } = new();

    public IReadOnlyList<(AuthorityResponse Authority, string Law)> Authorities { get; private set; } = [];

    /// <summary>Every language letters can be written in; the handler checks the one chosen against the authority's law.</summary>
    public IReadOnlyList<string> Languages => catalog.LetterLanguages().Values.SelectMany(l => l).Distinct().Order(StringComparer.Ordinal).ToList();

    public int? Id { get; private set; }

    public async Task<IActionResult> OnGet(int? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            var request = (await get.Handle(caller, existing, ct)).Value;
            if (request is null)
            {
                return NotFound();
            }

            if (request.Status != RequestStatus.Draft)
            {
                return Redirect($"/requests/{existing}");
            }

            Form = new RequestForm
            {
                AuthorityId = request.AuthorityId,
                Title = request.Title,
                LegalBasis = request.LegalBasis,
                Body = request.Body,
                Language = request.Language,
                AutoSend = request.AutoSend,
                Questions = request.Questions.Select(q => new QuestionForm { Category = q.Category, Text = q.Text }).ToList(),
            };
        }

        await LoadAuthorities(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAdd(int? id, QuestionCategory kind, CancellationToken ct)
    {
        Id = id;
        ModelState.Clear(); // adding a row is not a submission: no errors yet
        Form.AddQuestion(kind);
        await LoadAuthorities(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemove(int? id, int index, CancellationToken ct)
    {
        Id = id;
        ModelState.Clear();
        Form.RemoveQuestion(index);

        await LoadAuthorities(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSave(int? id, CancellationToken ct)
    {
        Id = id;
        ModelState.Clear(); // the handler validates; its messages are the ones shown
        var input = new RequestInput(Form.AuthorityId, Form.Title, Form.Body, Form.LegalBasis, Form.QuestionInputs()) { Language = Form.Language, AutoSend = Form.AutoSend };
        var user = caller;
        var outcome = id is { } existing ? await edit.Handle(user, existing, input, ct) : await file.Handle(user, input, ct);
        if (outcome.Kind == OutcomeKind.Ok)
        {
            return Redirect($"/requests/{outcome.Value!.Id}");
        }

        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        FormErrors.Copy(outcome, ModelState, "Form");
        await LoadAuthorities(ct);
        return Page();
    }

    private async Task LoadAuthorities(CancellationToken ct) =>
        Authorities = (await authorities.List(ct)).Select(a => (a, LawSummary.Of(catalog, a))).ToList();
}

internal sealed class RequestForm
{
    public int? AuthorityId { get; set; }

    public string? Title { get; set; }

    public string? LegalBasis { get; set; }

    public string? Body { get; set; }

    /// <summary>The language the text is written in; empty: the authority's.</summary>
    public string? Language { get; set; }

    public bool AutoSend { get; set; }

    public List<QuestionForm> Questions { get; set; } = [];

    /// <summary>Adding a question row without script: the form comes back with a row of that kind, its text ready to edit.</summary>
    public void AddQuestion(QuestionCategory kind) => Questions.Add(new QuestionForm { Category = kind, Text = QuestionKinds.Text(kind, Language) });

    public void RemoveQuestion(int index)
    {
        if (index >= 0 && index < Questions.Count)
        {
            Questions.RemoveAt(index);
        }
    }

    public List<QuestionInput> QuestionInputs() => Questions.Select(q => new QuestionInput(q.Category, q.Text)).ToList();
}

internal sealed class QuestionForm
{
    public QuestionCategory? Category { get; set; }

    public string? Text { get; set; }
}
