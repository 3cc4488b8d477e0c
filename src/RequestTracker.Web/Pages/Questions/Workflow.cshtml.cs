using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Overview;
using RequestTracker.Questions;
using RequestTracker.Users;

namespace RequestTracker.Web.Pages.Questions;

/// <summary>A question's workflow: the definition's states with the current one marked, the timers armed, the journal.</summary>
internal sealed class QuestionWorkflowModel(GetQuestion get, ReadJournal journal, DescribeWorkflows describe) : PageModel
{
    public QuestionView Question { get; private set; } = null!;

    public WorkflowView Workflow { get; private set; } = null!;

    public IReadOnlyList<TimerView> Timers { get; private set; } = [];

    public IReadOnlyList<JournalView> Journal { get; private set; } = [];

    /// <summary>The definition with the way this question came (its journal's state changes) and its armed timers.</summary>
    public Shared.DiagramModel Diagram => new(
        Workflow,
        Journal.Where(j => j.FromState is not null && j.ToState is not null && j.FromState != j.ToState).Select(j => (j.FromState!, j.ToState!)).Distinct().ToList(),
        Timers.Select(t => $"{Display.Trigger(t.Fires)} at {t.DueAt.ToString("d MMM yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture)} UTC").ToList());

    public async Task<IActionResult> OnGet(int id, CancellationToken ct)
    {
        var user = CurrentUser.From(User);
        var question = (await get.Handle(user, id, ct)).Value;
        if (question?.Definition is null)
        {
            return NotFound();
        }

        Question = question;
        Workflow = (await describe.Get(CurrentUser.From(User), question.Definition.Id, question.State, ct, counted: false)).Value!;
        Timers = await get.Timers(user, id, ct);
        Journal = (await journal.Handle(user, id, ct)).Value ?? [];
        return Page();
    }
}
