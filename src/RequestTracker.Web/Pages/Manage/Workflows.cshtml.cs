using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Access;
using RequestTracker.Definitions;
using RequestTracker.Overview;

namespace RequestTracker.Web.Pages.Manage;

/// <summary>A workflow definition with how many questions stand in each of its states.</summary>
internal sealed class WorkflowsModel(CurrentUser caller, DescribeWorkflows describe) : PageModel
{
    public WorkflowView Workflow { get; private set; } = null!;

    public async Task<IActionResult> OnGet(string? id, CancellationToken ct)
    {
        var outcome = await describe.Get(caller, id ?? WorkflowCatalog.QuestionLifecycle, null, ct);
        if (outcome.Value is null)
        {
            return NotFound();
        }

        Workflow = outcome.Value;
        return Page();
    }
}
