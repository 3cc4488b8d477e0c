using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;

namespace RequestTracker.Runtime;

/// <summary>
/// The journal as one hash chain per request: each entry carries its place in the chain (<see cref="JournalEntry.ChainSeq"/>,
/// 1, 2, 3, ...), the hash of the entry before it, and its own SHA-256 over <see cref="Canonical"/>. Linked in
/// the same save as the entry (<see cref="AppDbContext"/>); a unique index on (RequestId, ChainSeq) makes two
/// writers that read the same head collide instead of forking, and the loser links again from the new head.
/// </summary>
internal static class JournalChain
{
    public const string Index = "IX_Journal_RequestId_ChainSeq";

    /// <summary>
    /// The bytes hashed, documented in docs/journal-chain.md: for each field in this order a line
    /// <c>name=</c>, then <c>-</c> for null or the value's UTF-8 byte count, <c>:</c> and the value, then <c>\n</c>.
    /// Instants are UTC with six fractional digits (<c>2026-11-28T11:25:23.123456Z</c>).
    /// </summary>
    public static byte[] Canonical(JournalEntry e, string? previousHash)
    {
        var text = new StringBuilder();
        Field(text, "request", e.RequestId.ToString(CultureInfo.InvariantCulture));
        Field(text, "question", e.QuestionId.ToString(CultureInfo.InvariantCulture));
        Field(text, "seq", e.ChainSeq?.ToString(CultureInfo.InvariantCulture));
        Field(text, "at", Instant(e.At));
        Field(text, "scheduled", e.ScheduledFor is { } s ? Instant(s) : null);
        Field(text, "event", e.Event);
        Field(text, "from", e.FromState);
        Field(text, "to", e.ToState);
        Field(text, "actor", e.Actor);
        Field(text, "note", e.Note);
        Field(text, "rule", e.Rule);
        Field(text, "prev", previousHash);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static string Hash(JournalEntry entry, string? previousHash) => Convert.ToHexStringLower(SHA256.HashData(Canonical(entry, previousHash)));

    /// <summary>How an instant is written in the canonical form and in exports.</summary>
    public static string Instant(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Stored instants are cut to microseconds (what PostgreSQL keeps), so the hash of what was written is the hash of what is read.</summary>
    public static DateTime Truncate(DateTime at) => new(at.Ticks - (at.Ticks % 10), DateTimeKind.Utc);

    /// <summary>Links every journal entry the context is about to insert after the current head of its request's chain.</summary>
    public static async Task Link(AppDbContext db, CancellationToken ct)
    {
        var added = Added(db);
        if (added.Count > 0)
        {
            Link(added, await Heads(db, added.Select(e => e.RequestId).Distinct().ToList()).ToListAsync(ct));
        }
    }

    public static void LinkNow(AppDbContext db)
    {
        var added = Added(db);
        if (added.Count > 0)
        {
            Link(added, [.. Heads(db, added.Select(e => e.RequestId).Distinct().ToList())]);
        }
    }

    /// <summary>A save that lost the race for a chain position (another writer took the same head): link again and retry.</summary>
    public static bool IsFork(DbUpdateException e) => e.InnerException is DbException db && IsFork(db);

    /// <summary>The database's own error for a lost race for a chain position (as a command fails, before EF wraps it).</summary>
    public static bool IsFork(DbException e) =>
        ConstraintViolation.Of(e) == ConstraintKind.Unique && e.Message.Contains("ChainSeq", StringComparison.Ordinal);

    /// <summary>
    /// Chains the entries of up to 100 requests written before the chain existed (no hash), oldest first, after each
    /// request's head; returns how many it sealed (0: none left, or a replica sealing the same requests won the race and
    /// the next call reads them again). Run in the background by <see cref="BackgroundUpgrade"/>.
    /// </summary>
    public static async Task<int> SealBatch(AppDbContext db, CancellationToken ct)
    {
        var requestIds = await db.Journal.Where(j => j.Hash == null).Select(j => j.RequestId).Distinct().OrderBy(id => id).Take(100).ToListAsync(ct);
        if (requestIds.Count == 0)
        {
            return 0;
        }

        var entries = await db.Journal.Where(j => j.Hash == null && requestIds.Contains(j.RequestId)).OrderBy(j => j.Id).ToListAsync(ct);
        Link(entries, await Heads(db, requestIds).ToListAsync(ct));
        try
        {
            await db.SaveChangesAsync(ct);
            return entries.Count;
        }
        catch (DbUpdateException e) when (IsFork(e) || e is DbUpdateConcurrencyException)
        {
            return 0;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static List<JournalEntry> Added(AppDbContext db) =>
        db.ChangeTracker.Entries<JournalEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();

    private static IQueryable<Head> Heads(AppDbContext db, List<int> requestIds) =>
        db.Journal.AsNoTracking()
            .Where(j => requestIds.Contains(j.RequestId) && j.ChainSeq != null
                && j.ChainSeq == db.Set<JournalEntry>().Where(k => k.RequestId == j.RequestId).Max(k => k.ChainSeq))
            .Select(j => new Head(j.RequestId, j.ChainSeq!.Value, j.Hash));

    private static void Link(List<JournalEntry> entries, List<Head> heads)
    {
        foreach (var chain in entries.GroupBy(e => e.RequestId))
        {
            var head = heads.FirstOrDefault(h => h.RequestId == chain.Key);
            var (seq, previous) = head is null ? (0, null) : (head.Seq, head.Hash);
            foreach (var entry in chain)
            {
                entry.ChainSeq = ++seq;
                entry.PrevHash = previous;
                entry.Hash = Hash(entry, previous);
                previous = entry.Hash;
            }
        }
    }

    private static void Field(StringBuilder text, string name, string? value)
    {
        text.Append(name).Append('=');
        if (value is null)
        {
            text.Append('-');
        }
        else
        {
            text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }

        text.Append('\n');
    }

    private sealed record Head(int RequestId, int Seq, string? Hash);
}
