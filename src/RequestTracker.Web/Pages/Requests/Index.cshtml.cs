using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Requests;
using RequestTracker.Users;

namespace RequestTracker.Web.Pages.Requests;

internal sealed class RequestsIndexModel(ListRequests list, RequestTracker.Overview.CalendarFeed feed) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public RequestPage? Results { get; private set; }

    public string FeedUrl { get; private set; } = string.Empty;

    public async Task OnGet(CancellationToken ct)
    {
        var outcome = await list.Handle(CurrentUser.From(User), new ListRequestsQuery(null, null, Cursor, null), ct);
        Results = outcome.Value;
        FeedUrl = await feed.Url(CurrentUser.From(User).Id, ct);
    }
}
