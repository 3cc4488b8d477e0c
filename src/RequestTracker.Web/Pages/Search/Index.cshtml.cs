using RequestTracker.Access;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RequestTracker.Authorities;
using RequestTracker.Handling;
using RequestTracker.Search;

namespace RequestTracker.Web.Pages.Search;

/// <summary>The results of the header's search box, with filters; the handler is the API's.</summary>
internal sealed class SearchPageModel(CurrentUser caller, SearchAll search, ReadAuthorities authorities, IStringLocalizer<SearchPageModel> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "authorityId")]
    public string? AuthorityId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public SearchResults? Results { get; private set; }

    public Picker Authorities { get; private set; } = null!;

    private IReadOnlyDictionary<string, string[]> Errors { get; set; } = new Dictionary<string, string[]>();

    public string? Error(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public async Task OnGet(CancellationToken ct)
    {
        Authorities = new Picker("authority", "authorityId", localizer["Authority"].Value, await Picker.Authorities(authorities, ct), AuthorityId);
        if (Q is null)
        {
            return;
        }

        var authority = int.TryParse(AuthorityId, out var id) ? id : (int?)null;
        var outcome = await search.Handle(caller, new SearchInput(Q, Kind, authority, Status, From, To), ct);
        Results = outcome.Value;
        Errors = outcome.Kind == OutcomeKind.Invalid ? outcome.Errors : Errors;
    }

    /// <summary>Where a hit is shown: the request page, at the question or the correspondence.</summary>
    public static string Link(SearchHit hit) => hit.Kind switch
    {
        "question" => $"/requests/{hit.RequestId}#q{hit.ItemId}",
        "received" or "sent" or "attachment" => $"/requests/{hit.RequestId}#correspondence",
        _ => $"/requests/{hit.RequestId}",
    };

    /// <summary>The snippet HTML-encoded, its marked words in &lt;mark&gt; (an unclosed mark, cut by the snippet, is closed).</summary>
    public static IHtmlContent Highlight(string snippet)
    {
        var html = new StringBuilder();
        var open = false;
        var text = new StringBuilder();
        void Flush()
        {
            html.Append(WebUtility.HtmlEncode(text.ToString()));
            text.Clear();
        }

        foreach (var c in snippet)
        {
            if (c is SearchText.Start or SearchText.End)
            {
                Flush();
                if ((c == SearchText.Start) != open)
                {
                    html.Append(open ? "</mark>" : "<mark>");
                    open = !open;
                }
            }
            else
            {
                text.Append(c);
            }
        }

        Flush();
        return new HtmlString(open ? html.Append("</mark>").ToString() : html.ToString());
    }
}
