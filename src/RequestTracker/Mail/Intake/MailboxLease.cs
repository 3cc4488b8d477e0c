using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;

namespace RequestTracker.Mail.Intake;

/// <summary>
/// One replica reads a folder at a time: the cursor row carries a lease, taken or renewed with one
/// conditional UPDATE like timer and outbox claims. The cursor itself moves only in intake's transactions.
/// </summary>
internal sealed class MailboxLease(AppDbContext db, TimeProvider clock)
{
    public async Task<bool> Take(string folder, string owner, TimeSpan lease, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await db.MailboxCursors.AnyAsync(c => c.Folder == folder, ct))
        {
            db.MailboxCursors.Add(new MailboxCursor { Folder = folder, UpdatedAt = now });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear(); // another replica created it first
            }
        }

        var until = now + lease;
        var taken = await db.MailboxCursors
            .Where(c => c.Folder == folder && (c.LeaseOwner == owner || c.LeaseUntil == null || c.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LeaseOwner, owner).SetProperty(c => c.LeaseUntil, until), ct);
        return taken == 1;
    }

    public async Task<(long UidValidity, long LastUid)> Position(string folder, CancellationToken ct)
    {
        var cursor = await db.MailboxCursors.AsNoTracking().FirstAsync(c => c.Folder == folder, ct);
        return (cursor.UidValidity, cursor.LastUid);
    }
}
