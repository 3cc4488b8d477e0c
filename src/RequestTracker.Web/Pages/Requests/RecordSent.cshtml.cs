using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RequestTracker.Access;
using RequestTracker.Handling;
using RequestTracker.Correspondence;
using RequestTracker.Requests;
using RequestTracker.Web.Api;

namespace RequestTracker.Web.Pages.Requests;

/// <summary>The form for a draft the advocate sent themselves, earlier, with its proof; the handler is the API's.</summary>
[RequestSizeLimit(SendingForm.MaxRequestBytes)]
internal sealed class RecordSentModel(CurrentUser caller, GetRequest getRequest, RecordSending record, RecordReply replies, TimeProvider clock, IStringLocalizer<RecordSentModel> localizer) : PageModel
{
    [BindProperty]
    public SentForm Form { get; set; } = new();

    public RequestResponse Item { get; private set; } = null!;

    /// <summary>The form came back with a file that a re-shown form cannot keep: the person is asked to choose it again.</summary>
    public bool FileWasChosen { get; private set; }

    /// <summary>Today where the authority is: the latest day the form takes.</summary>
    public string Today { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGet(int id, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPost(int id, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        // Read as the API reads them (a field sent twice is an error on it); the file box keeps nothing across a re-shown form.
        ModelState.Clear();
        var errors = new ValidationErrors();
        var input = SendingForm.Input(Request.Form, $"{nameof(Form)}.", errors);
        var proof = SendingForm.Proof(Request.Form, errors);
        var outcome = errors.IsEmpty ? await record.Handle(caller, id, input, proof, ct) : Outcome<int>.Invalid(errors);
        if (outcome.Kind == OutcomeKind.Ok && (await getRequest.Handle(caller, id, ct)).Value is { } sent)
        {
            TempData["Notice"] = Notice(sent);
            return Redirect($"/requests/{id}");
        }

        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        FormErrors.Copy(outcome, ModelState, outcome.Kind == OutcomeKind.Invalid ? nameof(Form) : string.Empty);
        FileWasChosen = proof is not null;
        return Page();
    }

    /// <summary>What was recorded, and what its past days mean now: a ladder letter already due waits for review.</summary>
    private string Notice(RequestResponse sent)
    {
        var received = sent.SentBy is { } by ? Display.Date(by.ReceivedOn) : string.Empty;
        var now = clock.GetUtcNow().UtcDateTime;
        return sent.Questions.Any(q => q.DueAt < now)
            ? localizer["Recorded as sent; each question's time runs from {0}, the day it was received. Its last day has already passed: any letter the law's ladder would have sent since waits for your review under Letters, since an answer may have come meanwhile — record it first.", received]
            : localizer["Recorded as sent; each question's time runs from {0}, the day it was received.", received];
    }

    private async Task<bool> Load(int id, CancellationToken ct)
    {
        if ((await getRequest.Handle(caller, id, ct)).Value is not { } request)
        {
            return false;
        }

        Item = request;
        Today = $"{await replies.TodayFor(id, ct):yyyy-MM-dd}";
        return true;
    }
}

/// <summary>The fields of the form, named as the API's (the proof is the file box <c>proof</c>).</summary>
internal sealed class SentForm
{
    public string? Channel { get; set; } = "post";

    public string? SentOn { get; set; }

    public string? ReceivedOn { get; set; }

    /// <summary>Only to show the proof's errors next to the file box.</summary>
    public string? Proof { get; set; }
}
