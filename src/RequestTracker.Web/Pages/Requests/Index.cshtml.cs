using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Access;
using RequestTracker.Requests;

namespace RequestTracker.Web.Pages.Requests;

internal sealed class RequestsIndexModel(CurrentUser caller, ListRequests list, RequestTracker.Overview.CalendarFeed feed, RequestTracker.Authorities.ReadAuthorities authorities) : PageModel
{
    /// <summary>The authority picker's choices, by name.</summary>
    public IReadOnlyList<(string Value, string Label)> AuthorityChoices { get; private set; } = [];

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
        var outcome = await list.Handle(caller, new ListRequestsQuery(Status, AuthorityId, Cursor, null), ct);
        Results = outcome.Value;
        Errors = outcome.Errors;
        FeedUrl = await feed.Url(caller.Id, ct);
        AuthorityChoices = await Picker.Authorities(authorities, ct);
    }

    /// <summary>The filtered requests as CSV, page by page.</summary>
    public async Task<IActionResult> OnGetCsv(CancellationToken ct)
    {
        var user = caller;
        var first = await list.Handle(user, new ListRequestsQuery(Status, AuthorityId, null, "1"), ct);
        if (first.Value is null)
        {
            return BadRequest();
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = "attachment; filename=requests.csv";
        await Response.WriteAsync("request,title,authority,status,progress,questions,nearest_due_date,zone,filed_utc\n", System.Text.Encoding.UTF8, ct);
        string? cursor = null;
        do
        {
            var page = (await list.Handle(user, new ListRequestsQuery(Status, AuthorityId, cursor, ListRequests.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture)), ct)).Value!;
            var lines = new System.Text.StringBuilder();
            foreach (var r in page.Items)
            {
                lines.AppendJoin(',', new[]
                {
                    CsvCell.Of(r.Id), CsvCell.Of(r.Title), CsvCell.Of(r.AuthorityName), CsvCell.Of(r.Status), CsvCell.Of(r.Progress), CsvCell.Of(r.QuestionCount),
                    CsvCell.Of(r.NearestDueDate), CsvCell.Of(r.Zone),
                    CsvCell.Of(r.CreatedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
                }).Append('\n');
            }

            await Response.WriteAsync(lines.ToString(), System.Text.Encoding.UTF8, ct);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return new EmptyResult();
    }
}
