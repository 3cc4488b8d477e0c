using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Handling;
using RequestTracker.Users;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Pages.Manage;

/// <summary>
/// Admins manage accounts: create one with a role and a generated password (shown once), disable or enable
/// it, set a new password. The same handlers as the API; each change ends the account's old sessions.
/// </summary>
internal sealed class UsersModel(ListUsers list, CreateUser create, UserAccess access) : PageModel
{
    public IReadOnlyList<UserResponse> Users { get; private set; } = [];

    /// <summary>The signed-in admin, who cannot disable their own account (another admin can).</summary>
    public string Me => CurrentUser.From(User).Id;

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
            Done = $"{user.Role} {user.Email} created. Their password, shown only now: {password}";
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
        await Show(await access.Disable(id, CurrentUser.From(User)), u => $"{u.Email} is disabled: it cannot sign in, and its sessions end within seconds.", ct);

    public async Task<IActionResult> OnPostEnable(string id, CancellationToken ct) =>
        await Show(await access.Enable(id), u => $"{u.Email} is enabled again.", ct);

    public async Task<IActionResult> OnPostPassword(string id, CancellationToken ct)
    {
        var password = PasswordGenerator.Create();
        return await Show(await access.SetPassword(id, new PasswordInput(password)), u => $"{u.Email} has a new password, shown only now: {password}. Their old sessions end within seconds.", ct);
    }

    public async Task<IActionResult> OnPostResetLink(string id, [FromServices] PasswordReset reset, [FromServices] AppUrl url, CancellationToken ct)
    {
        var sent = await reset.Send(id, url.ForSignedIn(Request), ct);
        if (sent.Value is { } link)
        {
            Done = link.AlreadySent
                ? $"A link was already emailed to {link.Email} in the last {PasswordReset.Spacing.TotalMinutes:0} minutes; no second one was sent."
                : $"A link to choose a new password is on its way to {link.Email}. It works once, for {PasswordReset.Lifespan.TotalHours:0} hours; the current password works until then.";
        }
        else
        {
            Problem = sent.Kind == OutcomeKind.NotFound ? "There is no such account." : sent.Detail;
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
            Problem = outcome.Kind == OutcomeKind.NotFound ? "There is no such account." : outcome.Detail ?? string.Join(" ", outcome.Errors.SelectMany(e => e.Value));
        }

        await OnGet(ct);
        return Page();
    }
}
