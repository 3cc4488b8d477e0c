using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using RequestTracker.Data;

namespace RequestTracker.Mail;

/// <summary>A named secret shared by all replicas (the reply-token key when none is configured).</summary>
internal sealed class AppSecret
{
    public string Name { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;
}

/// <summary>
/// Loads the key that signs reply addresses and Message-Ids: Mail:TokenKey, or one generated on first use
/// and kept in the database so every replica (and every restart) signs alike.
/// </summary>
internal sealed class MailIdentity(IOptions<MailOptions> options, IServiceScopeFactory scopes)
{
    private const string SecretName = "mail-token-key";
    private MailTokens? tokens;

    public MailOptions Options => options.Value;

    /// <remarks>
    /// The key is read (or created) in a context of its own: the caller's context may hold tracked changes,
    /// and losing the creation race to another replica must not clear them.
    /// </remarks>
    public async Task<MailTokens> Tokens(CancellationToken ct)
    {
        if (tokens is not null)
        {
            return tokens;
        }

        var key = options.Value.TokenKey;
        if (string.IsNullOrEmpty(key))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            key = await db.Secrets.AsNoTracking().Where(s => s.Name == SecretName).Select(s => s.Value).FirstOrDefaultAsync(ct);
            if (key is null)
            {
                key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
                db.Secrets.Add(new AppSecret { Name = SecretName, Value = key });
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException)
                {
                    // Another replica stored its key first: everyone uses that one.
                    db.ChangeTracker.Clear();
                    key = await db.Secrets.AsNoTracking().Where(s => s.Name == SecretName).Select(s => s.Value).FirstAsync(ct);
                }
            }
        }

        var from = MailboxAddress.Parse(options.Value.From);
        var domain = options.Value.ReplyDomain is { Length: > 0 } d ? d : from.Domain;
        tokens = new MailTokens(Encoding.UTF8.GetBytes(key), from, domain);
        return tokens;
    }
}

/// <summary>Signed reply addresses (<c>requests+r12.k7f2q9x1ab@domain</c>) and Message-Ids (<c>rt.57.3kq8m2p1@domain</c>).</summary>
internal sealed class MailTokens(byte[] key, MailboxAddress from, string domain)
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public MailboxAddress From => from;

    public string Domain => domain;

    public MailboxAddress ReplyAddress(int requestId) =>
        new(from.Name, $"{from.LocalPart}+r{requestId}.{Sign($"r:{requestId}", 10)}@{domain}");

    /// <summary>The request an address belongs to, when it carries a valid token; forged or mistyped tokens give null.</summary>
    public int? RequestFromAddress(string address)
    {
        address = address.ToLowerInvariant(); // some relays change the case of local parts; tokens are lower case
        var at = address.LastIndexOf('@');
        var plus = address.IndexOf('+', StringComparison.Ordinal);
        if (at < 0 || plus < 0 || plus > at || !address[(plus + 1)..at].StartsWith('r'))
        {
            return null;
        }

        var tag = address[(plus + 2)..at].Split('.');
        return tag.Length == 2 && int.TryParse(tag[0], out var id) && Matches(tag[1], $"r:{id}", 10) ? id : null;
    }

    /// <summary>Derived from the outbox row, so every attempt to send one email carries the same Message-Id.</summary>
    public string MessageId(long outboxId) => $"rt.{outboxId}.{Sign($"m:{outboxId}", 8)}@{domain}";

    public long? OutboxIdFromMessageId(string? messageId)
    {
        var value = messageId?.Trim().Trim('<', '>');
        var parts = value?.Split('@')[0].Split('.');
        return parts is { Length: 3 } && parts[0] == "rt" && long.TryParse(parts[1], out var id) && Matches(parts[2], $"m:{id}", 8) ? id : null;
    }

    /// <summary>The secret part of a user's calendar feed URL: a reader holds no cookie, so the URL is the key.</summary>
    public string FeedToken(string userId) => $"{userId}.{Sign($"feed:{userId}", 16)}";

    public string? FeedOwner(string token)
    {
        var dot = token.LastIndexOf('.');
        return dot > 0 && Matches(token[(dot + 1)..], $"feed:{token[..dot]}", 16) ? token[..dot] : null;
    }

    private bool Matches(string token, string payload, int length) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(token.ToLowerInvariant()), Encoding.ASCII.GetBytes(Sign(payload, length)));

    private string Sign(string payload, int length)
    {
        var hash = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(payload));
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(Alphabet[hash[i] % 32]);
        }

        return text.ToString();
    }
}
