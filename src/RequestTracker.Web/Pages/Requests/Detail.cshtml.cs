using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RequestTracker.Access;
using RequestTracker.Correspondence;
using RequestTracker.Definitions;
using RequestTracker.Questions;
using RequestTracker.Requests;
using RequestTracker.Web.Localization;

namespace RequestTracker.Web.Pages.Requests;

/// <summary>
/// One request: its questions with their workflows, the ladder, the correspondence, the journals. What it shows is read
/// by <see cref="RequestPageReader"/>; its handlers are split by the feature they act on, each taking that feature's
/// service as a parameter: the questions' actions (Detail.Questions.cs), sending and withdrawing (Detail.Sending.cs),
/// publishing (Detail.Publishing.cs), and the files it serves (Detail.Files.cs).
/// </summary>
internal sealed partial class RequestDetailModel(
    CurrentUser caller, RequestPageReader reader, IStringLocalizer<RequestDetailModel> localizer, RequestTracker.Definitions.WorkflowCatalog catalog) : PageModel
{
    /// <summary>A state named by its id in the journal ("reply-received"), by its label in the page's language; English keeps the id.</summary>
    public string StateName(string id) =>
        catalog.Question.States.FirstOrDefault(s => s.Id == id) is not { } state ? id : Display.State(state.Label) ?? id;

    /// <summary>Today where the authority is (YYYY-MM-DD): the action forms' day of arrival until changed, and the latest they take.</summary>
    public string Today => Data.Today;

    /// <summary>The day an action form offers as the day of arrival: an unclassified emailed reply's, else today.</summary>
    public string ArrivedOn(DateOnly? reply) =>
        reply?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? Today;

    /// <summary>What the page shows, as <see cref="RequestPageReader"/> read it.</summary>
    private RequestPageData Data { get; set; } = null!;

    public RequestResponse Item => Data.Item;

    public IReadOnlyList<QuestionView> Questions => Data.Questions;

    public IReadOnlyDictionary<int, IReadOnlyList<JournalView>> Journals => Data.Journals;

    public IReadOnlyList<CorrespondenceItem> Correspondence => Data.Correspondence;

    public EmailPreview? Preview => Data.Preview;

    /// <summary>Letters that wait for the advocate (a complaint to review, a filing, a letter without a contact) and those decided.</summary>
    public IReadOnlyList<RequestTracker.Letters.LetterView> Letters => Data.Letters;

    public string? PreviewError => Data.PreviewError;

    /// <summary>The request's public page, if published (and from when).</summary>
    public RequestTracker.Publishing.PublicationView? Publication => Data.Publication;

    /// <summary>The question whose action form failed validation, with what was typed, to show it again.</summary>
    [BindProperty]
    public ActionForm Action { get; set; } = new();

    public string? Notice { get; private set; }

    /// <summary>An irreversible action waiting for the advocate's second click.</summary>
    public ConfirmStep? Confirm { get; private set; }

    public async Task<IActionResult> OnGet(int id, CancellationToken ct)
    {
        Notice = TempData["Notice"] as string;
        return await Load(id, ct) ? Page() : NotFound();
    }

    /// <summary>What an action does that cannot be taken back, or null when "reopened" can correct it.</summary>
    internal static string? Irreversible(string? action) => Triggers.Action(action) switch
    {
        Trigger.Withdrawn => "The question's workflow ends for good: no reminder, escalation or deadline follows, and it cannot be reopened.",
        Trigger.Escalated => "The next rung of the escalation ladder is taken now, and its letter is prepared for the body it goes to.",
        _ => null,
    };

    /// <summary>The same in the page's language (Resources/Pages/Requests/RequestDetailModel.ru.resx); for the batch page too.</summary>
    internal static string? Irreversible(string? action, IStringLocalizer<RequestDetailModel> localizer) =>
        Irreversible(action) is { } english ? localizer[english].Value : null;

    /// <summary>A counted sentence with more to say than the count: {0} the count, then the arguments; the forms split by '|'.</summary>
    private string Counted(long count, string forms, params object[] arguments)
    {
        var options = localizer[forms].Value.Split('|');
        var form = int.Parse(Plurals.Pick(string.Join('|', Enumerable.Range(0, options.Length)), count), System.Globalization.CultureInfo.InvariantCulture);
        return string.Format(System.Globalization.CultureInfo.CurrentCulture, options[form], [count, .. arguments]);
    }

    /// <summary>The page again with the confirmation on top; the title is written once the request is read.</summary>
    private async Task<IActionResult> Ask(int id, string handler, Func<string> title, string consequence, string button, string anchor, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        Confirm = ConfirmStep.Ask(this, handler, title(), consequence, button, $"/requests/{id}{anchor}");
        return Page();
    }

    private async Task<bool> Load(int id, CancellationToken ct)
    {
        if (await reader.Read(caller, id, ct) is not { } data)
        {
            return false;
        }

        Data = data;
        return true;
    }
}

/// <summary>The fields of the per-question action form.</summary>
internal sealed class ActionForm
{
    public int QuestionId { get; set; }

    public string? Action { get; set; }

    public string? Note { get; set; }

    public string? DocumentReference { get; set; }

    public string? Exemption { get; set; }

    public int? Extension { get; set; }

    /// <summary>The date the authority's letter bears (YYYY-MM-DD).</summary>
    public string? LetterDate { get; set; }

    /// <summary>The day the authority's letter arrived (YYYY-MM-DD); the form fills in today.</summary>
    public string? ReceivedOn { get; set; }

    /// <summary>
    /// The action as the handler takes it. The form always carries today's day of arrival; only an action that records
    /// the authority's letter sends the dates on (an escalation has none, and the API refuses dates on it).
    /// </summary>
    public QuestionActionInput Input()
    {
        var letter = Triggers.Action(Action) is { } trigger && Triggers.IsLetter(trigger);
        return new(Action, Note, DocumentReference, Exemption, Extension, letter ? LetterDate : null, letter ? ReceivedOn : null);
    }
}
