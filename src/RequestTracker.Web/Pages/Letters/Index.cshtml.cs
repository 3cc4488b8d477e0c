using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Access;
using RequestTracker.Letters;

namespace RequestTracker.Web.Pages.Letters;

/// <summary>Every letter that waits for someone, newest first: what, for which request, why it waits.</summary>
internal sealed class IndexModel(CurrentUser caller, ListLetters list) : PageModel
{
    public IReadOnlyList<WaitingLetter> Letters { get; private set; } = [];

    public async Task OnGet(CancellationToken ct) => Letters = await list.Waiting(caller, ct);
}
