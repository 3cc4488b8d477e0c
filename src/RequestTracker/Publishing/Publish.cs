using Microsoft.EntityFrameworkCore;
using NodaTime;
using RequestTracker.Access;
using RequestTracker.Batches;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Requests;

namespace RequestTracker.Publishing;

/// <summary>When a request becomes public: absent, now; else the start of that day where the authority is (an embargo).</summary>
internal sealed record PublishInput(string? From);

internal sealed record PublicationView(int RequestId, DateTime PublishedAt, bool Embargoed, string Path);

/// <summary>
/// Publishes and unpublishes requests (one, or a batch's), journaled on each question. Nothing is public by
/// default; a draft and a withdrawn request cannot be published. Unpublishing deletes the row: the next read
/// of a public page no longer finds it.
/// </summary>
internal sealed class Publish(AppDbContext db, TimeProvider clock)
{
    public const string Published = "published";
    public const string Unpublished = "unpublished";

    /// <summary>The request's publication, if any (the caller has checked it may read the request).</summary>
    public async Task<PublicationView?> Of(int requestId, CancellationToken ct) =>
        await db.Publications.AsNoTracking().Where(p => p.RequestId == requestId)
            .Select(p => new PublicationView(p.RequestId, p.PublishedAt, p.PublishedAt > clock.GetUtcNow().UtcDateTime, "/public/requests/" + p.RequestId))
            .FirstOrDefaultAsync(ct);

    public async Task<Outcome<IReadOnlyList<PublicationView>>> Request(CurrentUser user, int id, PublishInput input, CancellationToken ct)
    {
        var request = await db.Requests.VisibleTo(user).Include(r => r.Authority).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return Outcome<IReadOnlyList<PublicationView>>.NotFound();
        }

        if (request.Status != RequestStatus.Sent)
        {
            return Outcome<IReadOnlyList<PublicationView>>.Conflict(request.Status == RequestStatus.Draft
                ? "A draft cannot be published: send it first."
                : "A withdrawn request cannot be published.");
        }

        return await Save(user, [request], input, ct);
    }

    public async Task<Outcome<IReadOnlyList<PublicationView>>> Batch(CurrentUser user, int id, PublishInput input, CancellationToken ct)
    {
        if (!await db.Batches.VisibleTo(user).AnyAsync(b => b.Id == id, ct))
        {
            return Outcome<IReadOnlyList<PublicationView>>.NotFound();
        }

        var sent = await db.Requests.VisibleTo(user).Include(r => r.Authority).Where(r => r.BatchId == id && r.Status == RequestStatus.Sent).OrderBy(r => r.Id).ToListAsync(ct);
        return sent.Count == 0
            ? Outcome<IReadOnlyList<PublicationView>>.Conflict("No request of the batch is sent: drafts and withdrawn requests cannot be published.")
            : await Save(user, sent, input, ct);
    }

    public async Task<Outcome<int>> Unpublish(CurrentUser user, int? requestId, int? batchId, CancellationToken ct)
    {
        var visible = db.Requests.VisibleTo(user);
        if (requestId is { } rid ? !await visible.AnyAsync(r => r.Id == rid, ct) : !await db.Batches.VisibleTo(user).AnyAsync(b => b.Id == batchId, ct))
        {
            return Outcome<int>.NotFound();
        }

        var rows = await db.Publications.Where(p => requestId != null ? p.RequestId == requestId : p.BatchId == batchId).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return Outcome<int>.Conflict("It is not published.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Publications.RemoveRange(rows);
        await Journal(rows.Select(r => r.RequestId).ToList(), Unpublished, "Unpublished: its public page is gone.", user, now, ct);
        await db.SaveChangesAsync(ct);
        return Outcome<int>.Ok(rows.Count);
    }

    private async Task<Outcome<IReadOnlyList<PublicationView>>> Save(CurrentUser user, List<Request> requests, PublishInput input, CancellationToken ct)
    {
        // The day is text like any other first (a trailing NUL is not the end of it), then a day.
        LocalDate? day = null;
        var errors = new ValidationErrors();
        var text = errors.OptionalLine("from", input.From, "YYYY-MM-DD".Length);
        if (text.Length > 0 && TextRule.TryDay(text, out var chosen))
        {
            day = LocalDate.FromDateOnly(chosen);
        }
        else if (text.Length > 0)
        {
            errors.Add("from", $"The day it becomes public, as YYYY-MM-DD (the start of that day where the authority is); leave it out for now.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<IReadOnlyList<PublicationView>>.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var ids = requests.Select(r => r.Id).ToList();
        var existing = await db.Publications.Where(p => ids.Contains(p.RequestId)).ToDictionaryAsync(p => p.RequestId, ct);
        var views = new List<PublicationView>();
        foreach (var request in requests)
        {
            var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(request.Authority!.TimeZone) ?? DateTimeZone.Utc;
            var from = day is { } d ? d.AtStartOfDayInZone(zone).ToDateTimeUtc() : now;
            if (!existing.TryGetValue(request.Id, out var row))
            {
                row = new Publication { RequestId = request.Id, AuthorityId = request.AuthorityId, BatchId = request.BatchId, CreatedAt = now };
                db.Publications.Add(row);
            }

            row.PublishedAt = from;
            row.PublishedBy = user.Id;
            var note = from > now ? $"Published from {day:yyyy-MM-dd} ({zone.Id}); embargoed until then." : "Published: its page is public now.";
            await Journal([request.Id], Published, note, user, now, ct);
            views.Add(new PublicationView(request.Id, from, from > now, $"/public/requests/{request.Id}"));
        }

        await db.SaveChangesAsync(ct);
        return Outcome<IReadOnlyList<PublicationView>>.Ok(views);
    }

    private async Task Journal(List<int> requestIds, string @event, string note, CurrentUser user, DateTime now, CancellationToken ct)
    {
        var questions = await db.Questions.Where(q => requestIds.Contains(q.RequestId)).OrderBy(q => q.RequestId).ThenBy(q => q.Position).Select(q => new { q.RequestId, q.Id }).ToListAsync(ct);
        foreach (var q in questions)
        {
            Runtime.Journal.Append(db, q.RequestId, q.Id, @event, user.Id, now, note, "Publishing");
        }
    }
}
