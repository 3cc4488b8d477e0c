using Microsoft.AspNetCore.Mvc.RazorPages;

namespace RequestTracker.Web.Pages;

/// <summary>
/// The step between an irreversible action's button and the action itself, without script: the page comes
/// back saying what will happen, with a button that posts the very same fields again plus <c>confirmed=true</c>.
/// A form reposted with that flag (a scripted client, a double submit) is not asked twice.
/// </summary>
internal sealed record ConfirmStep(string Handler, string Title, string Consequence, string Button, string CancelUrl, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    public const string Flag = "confirmed";

    public static bool Given(PageModel page) =>
        page.Request.HasFormContentType && string.Equals(page.Request.Form[Flag], "true", StringComparison.Ordinal);

    /// <summary>
    /// A publishing day that is empty or a real date: anything else goes straight to the handler, which says what is
    /// wrong — a confirmation must never repeat unchecked input back.
    /// </summary>
    public static bool PlainDay(string? day) =>
        string.IsNullOrEmpty(day) || DateOnly.TryParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);

    /// <summary>What was posted, to post again: every field but the antiforgery token (the form writes a fresh one) and the flag.</summary>
    public static ConfirmStep Ask(PageModel page, string handler, string title, string consequence, string button, string cancelUrl) =>
        new(handler, title, consequence, button, cancelUrl, page.Request.Form
            .Where(f => f.Key is not "__RequestVerificationToken" and not Flag)
            .SelectMany(f => f.Value.Select(v => KeyValuePair.Create(f.Key, v ?? string.Empty)))
            .ToList());
}
