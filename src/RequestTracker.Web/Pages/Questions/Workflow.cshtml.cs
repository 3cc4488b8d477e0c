using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Access;
using RequestTracker.Definitions;
using RequestTracker.Overview;
using RequestTracker.Questions;
using RequestTracker.Web.Localization;

namespace RequestTracker.Web.Pages.Questions;

/// <summary>A question's workflow: the definition's states with the current one marked, the timers armed, the journal.</summary>
internal sealed class QuestionWorkflowModel(CurrentUser caller, GetQuestion get, ReadJournal journal, DescribeWorkflows describe) : PageModel
{
    public QuestionView Question { get; private set; } = null!;

    public WorkflowView Workflow { get; private set; } = null!;

    public IReadOnlyList<TimerView> Timers { get; private set; } = [];

    public IReadOnlyList<JournalView> Journal { get; private set; } = [];

    /// <summary>The definition with the way this question came (its journal's state changes) and its armed timers.</summary>
    public Shared.DiagramModel Diagram => new(
        Workflow,
        Journal.Where(j => j.FromState is not null && j.ToState is not null && j.FromState != j.ToState).Select(j => (j.FromState!, j.ToState!)).Distinct().ToList(),
        Timers.Select(t => Words.T("{0} at {1}", Display.Trigger(t.Fires), Display.Moment(t.DueAt))).ToList());

    /// <summary>A journal's state as the page names it: its id in English (as it always was), its label in another language.</summary>
    public string StateName(string id) => Shared.StateDiagram.Label(Workflow, id);

    /// <summary>A timer's instant as the page names it: its name in English (as it always was), in words in another language.</summary>
    public static string InstantName(TimerInstant instant) => Display.Instant(instant);

    public async Task<IActionResult> OnGet(int id, CancellationToken ct)
    {
        var user = caller;
        var question = (await get.Handle(user, id, ct)).Value;
        if (question?.Definition is null)
        {
            return NotFound();
        }

        Question = question;
        Workflow = (await describe.Get(caller, question.Definition.Id, question.State, ct, counted: false)).Value!;
        Timers = await get.Timers(user, id, ct);
        Journal = (await journal.Handle(user, id, ct)).Value ?? [];
        return Page();
    }
}
