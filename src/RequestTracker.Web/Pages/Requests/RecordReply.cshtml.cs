using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Handling;
using RequestTracker.Mail.Correspondence;
using RequestTracker.Requests;
using RequestTracker.Users;
using RequestTracker.Web.Api;

namespace RequestTracker.Web.Pages.Requests;

/// <summary>The form for a reply that did not come by email; the handler is the API's.</summary>
[RequestSizeLimit(ReplyFiles.MaxRequestBytes)]
internal sealed class RecordReplyModel(GetRequest getRequest, RecordReply record) : PageModel
{
    [BindProperty]
    public ReplyForm Form { get; set; } = new();

    public int RequestId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string AuthorityName { get; private set; } = string.Empty;

    /// <summary>Today where the authority is: the form's default and latest day.</summary>
    public string Today { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGet(int id, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        Form = new ReplyForm { Key = Guid.NewGuid().ToString(), ReceivedOn = Today };
        return Page();
    }

    public async Task<IActionResult> OnPost(int id, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        // The fields are read as the API reads them (a field sent twice is an error on it), not as model binding does (the first value).
        ModelState.Clear();
        var errors = new ValidationErrors();
        var input = ReplyFiles.Input(Request.Form, $"{nameof(Form)}.", errors);
        var outcome = errors.IsEmpty
            ? await record.Handle(CurrentUser.From(User), id, input, ReplyFiles.From(Request.Form.Files), ct)
            : Outcome<RecordedReply>.Invalid(errors);
        if (outcome.Value is { } recorded)
        {
            var files = recorded.Attachments == 0 ? "no attachment" : $"{recorded.Attachments} attachment(s)";
            TempData["Notice"] = recorded.AlreadyRecorded
                ? $"This reply was already recorded (received by {recorded.Channel} on {recorded.ReceivedOn}); it was not recorded twice."
                : $"Recorded the reply{(recorded.LetterDate is { } dated ? $" of {dated}" : string.Empty)} received by {recorded.Channel} on {recorded.ReceivedOn}, with {files}. Each question's journal has it.";
            return Redirect($"/requests/{id}#correspondence");
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
        var request = (await getRequest.Handle(CurrentUser.From(User), id, ct)).Value;
        if (request is null)
        {
            return false;
        }

        (RequestId, Title, AuthorityName) = (id, request.Title, request.AuthorityName);
        Today = $"{await record.TodayFor(id, ct):yyyy-MM-dd}";
        return true;
    }
}

/// <summary>The fields of the recorded-reply form, named as the API's.</summary>
internal sealed class ReplyForm
{
    public string? Key { get; set; }

    public string? Channel { get; set; } = "post";

    public string? ReceivedOn { get; set; }

    public string? LetterDate { get; set; }

    public string? FromName { get; set; }

    public string? Subject { get; set; }

    public string? Text { get; set; }

    /// <summary>Only to show the files' errors next to the file box.</summary>
    public string? Files { get; set; }
}
