using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RequestTracker.Access;
using RequestTracker.Handling;
using RequestTracker.Users;
using RequestTracker.Web.Hosting;
using RequestTracker.Web.Localization;

namespace RequestTracker.Web.Pages.Manage;

/// <summary>
/// Admins manage accounts: create one with a role and a generated password (shown once), disable or enable
/// it, set a new password. The same handlers as the API; each change ends the account's old sessions.
/// </summary>
internal sealed class UsersModel(CurrentUser caller, ListUsers list, CreateUser create, UserAccess access, IStringLocalizer<UsersModel> localizer) : PageModel
{
    public IReadOnlyList<UserResponse> Users { get; private set; } = [];

    /// <summary>The signed-in admin, who cannot disable their own account (another admin can).</summary>
    public string Me => caller.Id;

    /// <summary>What the last action did, in words (a generated password appears here once).</summary>
    public string? Done { get; private set; }

    public string? Problem { get; private set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string Role { get; set; } = Roles.Advocate;

    public async Task OnGet(CancellationToken ct) => Users = await list.Handle(ct);

    public async Task<IActionResult> OnPostCreate(CancellationToken ct)
    {
        var password = PasswordGenerator.Create();
        var outcome = await create.Handle(new CreateUserInput(Email, DisplayName, Role, password));
        if (outcome.Value is { } user)
        {
            Done = (user.Role switch
            {
                Roles.Admin => localizer["Admin {0} created. Their password, shown only now: {1}", user.Email, password],
                Roles.Manager => localizer["Manager {0} created. Their password, shown only now: {1}", user.Email, password],
                _ => localizer["Advocate {0} created. Their password, shown only now: {1}", user.Email, password],
            }).Value;
            // Cleared from ModelState too, or the inputs would show the posted values again.
            ModelState.Clear();
            Email = DisplayName = null;
        }
        else
        {
            FormErrors.Copy(outcome, ModelState, string.Empty);
        }

        await OnGet(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDisable(string id, CancellationToken ct) =>
        await Show(await access.Disable(id, caller), u => localizer["{0} is disabled: it cannot sign in, and its sessions end within seconds.", u.Email].Value, ct);

    public async Task<IActionResult> OnPostEnable(string id, CancellationToken ct) =>
        await Show(await access.Enable(id), u => localizer["{0} is enabled again.", u.Email].Value, ct);

    public async Task<IActionResult> OnPostPassword(string id, CancellationToken ct)
    {
        var password = PasswordGenerator.Create();
        return await Show(await access.SetPassword(id, new PasswordInput(password)), u => localizer["{0} has a new password, shown only now: {1}. Their old sessions end within seconds.", u.Email, password].Value, ct);
    }

    public async Task<IActionResult> OnPostResetLink(string id, [FromServices] PasswordReset reset, [FromServices] AppUrl url, CancellationToken ct)
    {
        var sent = await reset.Send(id, url.ForSignedIn(Request), ct);
        if (sent.Value is { } link)
        {
            Done = link.AlreadySent
                ? localizer["A link was already emailed to {0} in the last {1}; no second one was sent.", link.Email, localizer.Plural((long)PasswordReset.Spacing.TotalMinutes, "{0} minute|{0} minutes")].Value
                : localizer["A link to choose a new password is on its way to {0}. It works once, for {1}; the current password works until then.", link.Email, localizer.Plural((long)PasswordReset.Lifespan.TotalHours, "{0} hour|{0} hours")].Value;
        }
        else
        {
            Problem = sent.Kind == OutcomeKind.NotFound ? localizer["There is no such account."].Value : sent.Detail;
        }

        await OnGet(ct);
        return Page();
    }

    private async Task<IActionResult> Show(Outcome<UserResponse> outcome, Func<UserResponse, string> done, CancellationToken ct)
    {
        if (outcome.Value is { } user)
        {
            Done = done(user);
        }
        else
        {
            Problem = outcome.Kind == OutcomeKind.NotFound ? localizer["There is no such account."].Value : FormErrors.Detail(outcome) ?? string.Empty;
        }

        await OnGet(ct);
        return Page();
    }
}
