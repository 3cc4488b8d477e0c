using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Requests;

namespace RequestTracker.Batches;

/// <summary>Files a batch: the batch and one draft request per authority, in one transaction.</summary>
internal sealed class FileBatch(AppDbContext db, TimeProvider clock, GetBatch get, Definitions.WorkflowCatalog catalog)
{
    public async Task<Outcome<BatchView>> Handle(CurrentUser user, BatchInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (await input.Validate(db, catalog.LetterLanguages(), errors, ct) is not var (title, contents))
        {
            return Outcome<BatchView>.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var batch = new Batch(user.Id, title, now);
        db.Batches.Add(batch);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        db.Requests.AddRange(contents.Select(c => new Request(user.Id, c, now, batch.Id)));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return await get.Handle(user, batch.Id, ct);
    }
}
