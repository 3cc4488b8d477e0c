using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;

namespace RequestTracker.Runtime;

/// <summary>The first entry that does not fit its chain, and why.</summary>
internal sealed record ChainBreak(long EntryId, int RequestId, int QuestionId, int? Position, string Reason);

/// <summary>
/// What checking the journal found: intact (every entry's hash recomputed and every link followed), or the first
/// break. <see cref="Head"/> is the last entry's hash of a single request checked: kept elsewhere (a dossier,
/// a letter), it also shows that no entry was removed from the end or the whole chain rewritten.
/// </summary>
internal sealed record ChainReport(bool Intact, int Requests, long Entries, ChainBreak? FirstBreak, string? Head);

/// <summary>Recomputes the journal's hash chains, streaming them in chain order (the unique index), so memory stays flat.</summary>
internal sealed class JournalVerify(AppDbContext db)
{
    public async Task<ChainReport> Run(int? requestId, CancellationToken ct)
    {
        var entries = db.Journal.AsNoTracking();
        if (requestId is { } only)
        {
            entries = entries.Where(j => j.RequestId == only);
        }

        var walk = new ChainWalk();
        await foreach (var e in entries.OrderBy(j => j.RequestId).ThenBy(j => j.ChainSeq).ThenBy(j => j.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (walk.Step(e) is { } broken)
            {
                return new ChainReport(false, walk.Requests, walk.Entries, broken, null);
            }
        }

        return new ChainReport(true, walk.Requests, walk.Entries, null, requestId is null ? null : walk.Last);
    }
}

/// <summary>Follows entries given in chain order (by request, then position), one at a time: the first one that does not fit is the break.</summary>
internal sealed class ChainWalk
{
    private int? _request;
    private int _expected;

    public int Requests { get; private set; }

    public long Entries { get; private set; }

    /// <summary>The hash of the last entry that fitted.</summary>
    public string? Last { get; private set; }

    public ChainBreak? Step(JournalEntry e)
    {
        if (e.RequestId != _request)
        {
            (_request, _expected, Last) = (e.RequestId, 1, null);
            Requests++;
        }

        Entries++;
        if (Check(e, _expected, Last) is { } reason)
        {
            return new ChainBreak(e.Id, e.RequestId, e.QuestionId, e.ChainSeq, reason);
        }

        _expected++;
        Last = e.Hash;
        return null;
    }

    private static string? Check(JournalEntry e, int expected, string? previous)
    {
        if (e.ChainSeq is null || e.Hash is null)
        {
            return "It is not in the chain: it has no hash (written outside the application, or before the chain was sealed).";
        }

        if (e.ChainSeq != expected)
        {
            return e.ChainSeq > expected
                ? $"It is at position {e.ChainSeq} where {expected} was expected: an entry before it was removed."
                : $"Its position {e.ChainSeq} repeats or goes back (expected {expected}).";
        }

        if (!string.Equals(e.PrevHash, previous, StringComparison.Ordinal))
        {
            return "Its link does not match the entry before it: that entry, or this link, was changed.";
        }

        return string.Equals(JournalChain.Hash(e, e.PrevHash), e.Hash, StringComparison.Ordinal)
            ? null
            : "Its content does not match its hash: it was changed after it was written.";
    }
}
