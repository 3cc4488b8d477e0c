using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Pages.Public;

/// <summary>What every public page shares: its canonical address (absolute when App:PublicUrl is set), which also lets search engines index it.</summary>
internal static class PublicPage
{
    public static void Canonical(PageModel page, AppUrl url, string path, string? feed = null)
    {
        var root = url.Configured?.ToString().TrimEnd('/') ?? string.Empty;
        page.ViewData["Canonical"] = root + path;
        if (feed is not null)
        {
            page.ViewData["Feed"] = root + feed;
        }
    }
}
