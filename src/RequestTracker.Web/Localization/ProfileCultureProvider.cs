using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Data;

namespace RequestTracker.Web.Localization;

/// <summary>
/// A signed-in person's pages come in the language of their profile, on whichever browser they use; an empty choice
/// leaves it to the cookie and the browser. One read by primary key per page; the API is not asked (it stays English).
/// </summary>
internal sealed class ProfileCultureProvider : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (httpContext.User.Identity?.IsAuthenticated != true || httpContext.Request.Path.StartsWithSegments("/api")
            || CurrentUser.From(httpContext.User).Id is not { Length: > 0 } id)
        {
            return null;
        }

        var db = httpContext.RequestServices.GetRequiredService<AppDbContext>();
        var language = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.Language).FirstOrDefaultAsync(httpContext.RequestAborted);
        return string.IsNullOrEmpty(language) ? null : new ProviderCultureResult(language);
    }
}
