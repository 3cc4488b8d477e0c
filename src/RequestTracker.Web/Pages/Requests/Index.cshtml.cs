using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Requests;
using RequestTracker.Users;

namespace RequestTracker.Web.Pages.Requests;

internal sealed class RequestsIndexModel(ListRequests list, RequestTracker.Overview.CalendarFeed feed) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? AuthorityId { get; set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public RequestPage? Results { get; private set; }

    public string FeedUrl { get; private set; } = string.Empty;

    public async Task OnGet(CancellationToken ct)
    {
        var outcome = await list.Handle(CurrentUser.From(User), new ListRequestsQuery(Status, AuthorityId, Cursor, null), ct);
        Results = outcome.Value;
        Errors = outcome.Errors;
        FeedUrl = await feed.Url(CurrentUser.From(User).Id, ct);
    }
}
