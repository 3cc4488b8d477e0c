using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RequestTracker.Access;
using RequestTracker.Handling;
using RequestTracker.Correspondence;
using RequestTracker.Requests;
using RequestTracker.Web.Api;
using RequestTracker.Web.Localization;

namespace RequestTracker.Web.Pages.Requests;

/// <summary>The form for a reply that did not come by email; the handler is the API's.</summary>
[RequestSizeLimit(ReplyFiles.MaxRequestBytes)]
internal sealed class RecordReplyModel(CurrentUser caller, GetRequest getRequest, RecordReply record, IStringLocalizer<RecordReplyModel> localizer) : PageModel
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
            ? await record.Handle(caller, id, input, ReplyFiles.From(Request.Form.Files), ct)
            : Outcome<RecordedReply>.Invalid(errors);
        if (outcome.Value is { } recorded)
        {
            TempData["Notice"] = Notice(recorded);
            return Redirect($"/requests/{id}#correspondence");
        }

        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        FormErrors.Copy(outcome, ModelState, outcome.Kind == OutcomeKind.Invalid ? nameof(Form) : string.Empty);
        return Page();
    }

    /// <summary>What was recorded, in whole sentences: {0} the number of attachments, {1} how it came, {2} the day it arrived, {3} the letter's date.</summary>
    private string Notice(RecordedReply recorded)
    {
        var channel = Channel(recorded.Channel);
        if (recorded.AlreadyRecorded)
        {
            return localizer["This reply was already recorded (received {0} on {1}); it was not recorded twice.", channel, recorded.ReceivedOn];
        }

        var forms = (recorded.LetterDate is null, recorded.Attachments == 0) switch
        {
            (true, true) => "Recorded the reply received {1} on {2}, with no attachment. Each question's journal has it.",
            (true, false) => "Recorded the reply received {1} on {2}, with {0} attachment. Each question's journal has it.|Recorded the reply received {1} on {2}, with {0} attachments. Each question's journal has it.",
            (false, true) => "Recorded the reply of {3} received {1} on {2}, with no attachment. Each question's journal has it.",
            (false, false) => "Recorded the reply of {3} received {1} on {2}, with {0} attachment. Each question's journal has it.|Recorded the reply of {3} received {1} on {2}, with {0} attachments. Each question's journal has it.",
        };
        var options = localizer[forms].Value.Split('|');
        var form = int.Parse(Plurals.Pick(string.Join('|', Enumerable.Range(0, options.Length)), recorded.Attachments), System.Globalization.CultureInfo.InvariantCulture);
        return string.Format(System.Globalization.CultureInfo.CurrentCulture, options[form], recorded.Attachments, channel, recorded.ReceivedOn, recorded.LetterDate ?? string.Empty);
    }

    /// <summary>"by post": how a reply came, as the notices say it.</summary>
    private string Channel(string channel) => channel switch
    {
        "post" => localizer["by post"],
        "fax" => localizer["by fax"],
        "hand" => localizer["by hand"],
        "portal" => localizer["by portal"],
        _ => $"by {channel}",
    };

    private async Task<bool> Load(int id, CancellationToken ct)
    {
        var request = (await getRequest.Handle(caller, id, ct)).Value;
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
