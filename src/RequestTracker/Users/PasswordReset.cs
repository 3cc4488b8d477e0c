using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RequestTracker.Background;
using RequestTracker.Data;
using RequestTracker.Definitions.Templates;
using RequestTracker.Handling;
using RequestTracker.Mail;
using RequestTracker.Runtime;

namespace RequestTracker.Users;

internal sealed record ResetLinkSent(string Email, bool AlreadySent);

internal sealed record CompletePasswordReset(string? UserId, string? Token, string? Password);

/// <summary>
/// A password reset by a one-time link sent through the outbox (retried, proven sent like every email).
/// The link carries Identity's reset token: it expires (<see cref="Lifespan"/>) and works once, because
/// setting the password changes the security stamp the token is bound to — which also ends the account's
/// other sessions. At most one link per account per <see cref="Spacing"/>, so the form cannot be used to
/// flood someone's mailbox.
/// </summary>
internal sealed class PasswordReset(AppDbContext db, UserManager<AppUser> users, MailIdentity identity, WorkSignal signal, TimeProvider clock)
{
    public const string Template = "password-reset";

    public static readonly TimeSpan Lifespan = TimeSpan.FromHours(3);

    public static readonly TimeSpan Spacing = TimeSpan.FromMinutes(10);

    /// <summary>An admin sends a link to a user.</summary>
    public async Task<Outcome<ResetLinkSent>> Send(string userId, Uri appUrl, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId);
        if (user?.Email is null)
        {
            return Outcome<ResetLinkSent>.NotFound();
        }

        if (UserAccess.IsDisabled(user))
        {
            return Outcome<ResetLinkSent>.Conflict("This account is disabled: enable it first, then send the link.");
        }

        return Outcome<ResetLinkSent>.Ok(await Queue(user, appUrl, ct));
    }

    /// <summary>Someone who forgot their password; the answer is the same whether or not the address has an account.</summary>
    public async Task Forgot(string? email, Uri appUrl, CancellationToken ct)
    {
        if (new ValidationErrors().RequiredLine("email", email, Lengths.Email) is not { } address || await users.FindByEmailAsync(address) is not { } user || UserAccess.IsDisabled(user))
        {
            return;
        }

        await Queue(user, appUrl, ct);
    }

    public async Task<IdentityResult> Complete(CompletePasswordReset input)
    {
        // A link's parts are one-line text like any other field; a NUL in them would reach the database's lookup.
        var errors = new ValidationErrors();
        if (errors.RequiredLine("user", input.UserId, Lengths.UserId) is not { } userId || errors.RequiredLine("token", input.Token, 4_000) is not { } token
            || await users.FindByIdAsync(userId) is not { } user || UserAccess.IsDisabled(user))
        {
            return IdentityResult.Failed(new IdentityErrorDescriber().InvalidToken());
        }

        return await users.ResetPasswordAsync(user, token, input.Password ?? string.Empty);
    }

    private async Task<ResetLinkSent> Queue(AppUser user, Uri appUrl, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // One key per account per spacing window: a second request inside it finds the first email.
        var window = now.UtcTicks / Spacing.Ticks;
        var key = $"{Template}:{user.Id}:{window}";
        if (await db.Outbox.AnyAsync(o => o.DedupKey == key, ct))
        {
            return new ResetLinkSent(user.Email!, true);
        }

        var row = new OutboxMessage
        {
            Template = Template,
            RecipientName = user.DisplayName,
            RecipientAddress = user.Email!,
            DedupKey = key,
            Status = OutboxStatus.Queued,
            CreatedAt = now.UtcDateTime,
        };
        // Read (and on first use create, on its own connection) the mail keys before this transaction holds the write lock.
        var tokens = await identity.Tokens(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Outbox.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return new ResetLinkSent(user.Email!, true);
        }

        // Rendered now, with the row's id for the Message-Id: the token exists only in this email's bytes.
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = new Uri(appUrl, $"account/reset?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}");
        var message = MailComposer.Envelope(row, tokens, Render(user.DisplayName, link, now, user.Language), now);
        message.From.Add(tokens.From);
        message.Headers.Add("Auto-Submitted", "auto-generated");
        using var buffer = new MemoryStream();
        await message.WriteToAsync(buffer, ct);
        (row.Mime, row.MessageId, row.Subject) = (buffer.ToArray(), message.MessageId, message.Subject);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        signal.Notify();
        return new ResetLinkSent(user.Email!, false);
    }

    /// <summary>The email in the recipient's profile language: Russian for "ru", English otherwise (as the pages' default).</summary>
    private static RenderedMail Render(string name, Uri link, DateTimeOffset now, string? language)
    {
        var href = HtmlEncoder.Default.Encode(link.AbsoluteUri);
        if (language is { } l && l.StartsWith("ru", StringComparison.OrdinalIgnoreCase))
        {
            var russianUntil = now.Add(Lifespan).ToString("d MMMM yyyy, HH:mm 'UTC'", System.Globalization.CultureInfo.GetCultureInfo("ru"));
            var russian = $"""
                Здравствуйте, {name}!

                Для вашей учётной записи RequestTracker запрошен новый пароль. Чтобы задать его, откройте ссылку:

                {link}

                Ссылка действует один раз, до {russianUntil}. Если вы не запрашивали новый пароль, просто не обращайте внимания на это письмо: пароль останется прежним.
                """;
            var russianHtml = $"""
                <p>Здравствуйте, {WebUtility.HtmlEncode(name)}!</p>
                <p>Для вашей учётной записи RequestTracker запрошен новый пароль. <a href="{href}">Задать новый пароль</a>.</p>
                <p>Ссылка действует один раз, до {russianUntil}. Если вы не запрашивали новый пароль, просто не обращайте внимания на это письмо: пароль останется прежним.</p>
                """;
            return new RenderedMail("Новый пароль для RequestTracker", russian, russianHtml);
        }

        var until = now.Add(Lifespan).ToString("d MMM yyyy HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
        var text = $"""
            Hello {name},

            A new password was asked for your RequestTracker account. Open this link to choose one:

            {link}

            The link works once, until {until}. If you did not ask for it, ignore this email: your password stays as it is.
            """;
        var html = $"""
            <p>Hello {WebUtility.HtmlEncode(name)},</p>
            <p>A new password was asked for your RequestTracker account. <a href="{href}">Choose a new password</a>.</p>
            <p>The link works once, until {until}. If you did not ask for it, ignore this email: your password stays as it is.</p>
            """;
        return new RenderedMail("Choose a new RequestTracker password", text, html);
    }
}
