using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RequestTracker.Access;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Replies.Suggestions;
using RequestTracker.Web.Localization;

namespace RequestTracker.Web.Pages.Requests;

/// <summary>
/// One reply, the suggestion for each question with its evidence, and one form to confirm or change them:
/// a row's action is preselected only from a suggestion sure enough (<see cref="ReplySuggester.PreselectAt"/>) — a
/// weaker one stays a hint, so one click cannot record guesses — and nothing is recorded until the advocate submits.
/// </summary>
internal sealed class ClassifyModel(CurrentUser caller, SuggestForReply suggest, ClassifyReply classify, IStringLocalizer<ClassifyModel> localizer) : PageModel
{
    public ReplySuggestionsView Suggestions { get; private set; } = null!;

    public int RequestId { get; private set; }

    [BindProperty]
    public List<ActionForm> Rows { get; set; } = [];

    /// <summary>The letter's date, for every question it is recorded on; the reply's own until changed.</summary>
    [BindProperty]
    public string? LetterDate { get; set; }

    /// <summary>The day the letter arrived, where the authority is; the reply's own until changed.</summary>
    [BindProperty]
    public string? ReceivedOn { get; set; }

    public async Task<IActionResult> OnGet(int id, long replyId, CancellationToken ct)
    {
        if (!await Load(id, replyId, ct))
        {
            return NotFound();
        }

        Rows = Suggestions.Questions.Select(q => new ActionForm { QuestionId = q.QuestionId, Action = q.Preselected && q.Action is { } action ? Triggers.Word(action) : null }).ToList();
        (LetterDate, ReceivedOn) = (Day(Suggestions.LetterDate), Day(Suggestions.ReceivedOn));
        return Page();
    }

    public async Task<IActionResult> OnPost(int id, long replyId, CancellationToken ct)
    {
        // One letter: its dates go with every row that records it (the handler refuses them on an action that is not a letter's).
        var input = new ClassifyInput(Rows.Select(r => Letter(r.Action)
            ? new ClassifyItem(r.QuestionId, r.Action, r.Note, r.DocumentReference, r.Exemption, r.Extension, LetterDate, ReceivedOn)
            : new ClassifyItem(r.QuestionId, r.Action, r.Note, r.DocumentReference, r.Exemption, r.Extension)).ToList());
        var outcome = await classify.Handle(caller, id, replyId, input, ct);
        var recorded = Rows.Count(r => !string.IsNullOrWhiteSpace(r.Action));
        ModelState.Clear(); // the handler's messages are the ones shown
        return await PageOutcome.Answer(this, outcome, localizer.Plural(recorded, "Recorded the reply's classification on {0} question.|Recorded the reply's classification on {0} questions."), $"/requests/{id}", () => Load(id, replyId, ct));
    }

    private static bool Letter(string? action) => Triggers.Action(action) is { } trigger && Triggers.IsLetter(trigger);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<bool> Load(int id, long replyId, CancellationToken ct)
    {
        RequestId = id;
        var outcome = await suggest.Handle(caller, id, replyId, ct);
        Suggestions = outcome.Value!;
        return outcome.Kind == OutcomeKind.Ok;
    }
}
