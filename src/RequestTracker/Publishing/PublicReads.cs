using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Questions;
using RequestTracker.Replies;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Publishing;

internal sealed record PublicListItem(int RequestId, string Title, int AuthorityId, string AuthorityName, int? BatchId, DateTime PublishedAt, string Progress)
{
    /// <summary>Per question, not one status for all: how many, answered (in full or part), still open, and of those late.</summary>
    public QuestionCounts Counts { get; init; } = QuestionCounts.None;
}

/// <summary>A request's questions counted: a request with four of five answered is not "awaiting response".</summary>
internal sealed record QuestionCounts(int Total, int Answered, int Open, int Late)
{
    public static QuestionCounts None { get; } = new(0, 0, 0, 0);

    public static QuestionCounts Of(IEnumerable<(Definitions.StateCategory Category, DateTime? DueAt)> questions, DateTime now)
    {
        var list = questions.ToList();
        return new(list.Count,
            list.Count(q => q.Category is Definitions.StateCategory.Answered or Definitions.StateCategory.Partial),
            list.Count(q => Definitions.Categories.Waiting(q.Category)),
            list.Count(q => q.Category == Definitions.StateCategory.Escalated || (q.Category == Definitions.StateCategory.Open && q.DueAt <= now)));
    }
}

internal sealed record PublicListPage(IReadOnlyList<PublicListItem> Items, string? NextCursor);

internal sealed record PublicAttachment(long Id, string Name, string ContentType, long Size);

/// <summary>One letter of a public request: sent (to the authority or an oversight body) or received, its text with addresses withheld.</summary>
internal sealed record PublicLetter(string Direction, DateTime At, string Who, string Subject, string Text, string Channel, IReadOnlyList<PublicAttachment> Attachments)
{
    /// <summary>A letter that came by post, fax, hand or portal: the day it arrived (<see cref="At"/> is when it was recorded).</summary>
    public DateOnly? ReceivedOn { get; init; }
}

internal sealed record PublicRequestView(
    int Id, string Title, string Body, string LegalBasis, int AuthorityId, string AuthorityName, int? BatchId, DateTime? SentAt, DateTime PublishedAt,
    string Progress, IReadOnlyList<QuestionView> Questions, IReadOnlyList<PublicLetter> Letters);

/// <summary>A released document or a newly published request, for an authority's feed.</summary>
internal sealed record FeedEntry(string Id, string Title, string Path, DateTime At, string Summary);

/// <summary>An authority's feed: whose it is (a reader subscribed to several tells them apart by it), and its entries.</summary>
internal sealed record PublicFeed(string AuthorityName, IReadOnlyList<FeedEntry> Entries);

/// <summary>
/// Everything the public pages read, and only through <see cref="Visible"/>: a publication whose day has come,
/// of a request still sent. No user's address, no reply token, no private attachment leaves here.
/// </summary>
internal sealed class PublicReads(AppDbContext db, GetQuestion questions, TimeProvider clock)
{
    public const int PageSize = 20;

    /// <summary>Reads the question views of a request already checked to be public (never another).</summary>
    internal static readonly CurrentUser Reader = new("public", IsManager: true, IsAdmin: false);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public IQueryable<Publication> Visible() =>
        db.Publications.AsNoTracking().Where(p => p.PublishedAt <= Now && db.Set<Request>().Any(r => r.Id == p.RequestId && r.Status == RequestStatus.Sent));

    public async Task<Outcome<PublicListPage>> List(string? cursor, int? authorityId, int? batchId, CancellationToken ct)
    {
        var afterId = 0;
        if (!string.IsNullOrEmpty(cursor) && !PageCursor.TryDecode(cursor, out afterId))
        {
            var errors = new ValidationErrors();
            errors.Add("cursor", $"The cursor is not one this site gave.");
            return Outcome<PublicListPage>.Invalid(errors);
        }

        var query = Visible();
        query = authorityId is { } a ? query.Where(p => p.AuthorityId == a) : query;
        query = batchId is { } b ? query.Where(p => p.BatchId == b) : query;
        query = afterId > 0 ? query.Where(p => p.RequestId < afterId) : query;
        var rows = await query.OrderByDescending(p => p.RequestId).Take(PageSize + 1)
            .Join(db.Requests, p => p.RequestId, r => r.Id, (p, r) => new
            {
                p.RequestId,
                r.Title,
                r.AuthorityId,
                AuthorityName = r.Authority!.Name,
                p.BatchId,
                p.PublishedAt,
                r.Status,
                Workflows = db.Set<WorkflowInstance>().Where(w => w.RequestId == r.Id).Select(w => new { w.Category, w.DueAt }).ToList(),
            })
            .OrderByDescending(x => x.RequestId)
            .ToListAsync(ct);
        var items = rows.Take(PageSize).Select(r => new PublicListItem(r.RequestId, PublicText.Redact(r.Title), r.AuthorityId, PublicText.Redact(r.AuthorityName), r.BatchId, r.PublishedAt,
            RequestProgress.Of(r.Status, r.Workflows.Select(w => (w.Category, w.DueAt)), Now))
        {
            Counts = QuestionCounts.Of(r.Workflows.Select(w => (w.Category, w.DueAt)), Now),
        }).ToList();
        return Outcome<PublicListPage>.Ok(new PublicListPage(items, rows.Count > PageSize ? PageCursor.Encode(rows[PageSize - 1].RequestId) : null));
    }

    public async Task<PublicRequestView?> Read(int id, CancellationToken ct)
    {
        var publication = await Visible().FirstOrDefaultAsync(p => p.RequestId == id, ct);
        if (publication is null)
        {
            return null;
        }

        var r = await db.Requests.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.Id, x.Title, x.Body, x.LegalBasis, x.AuthorityId, AuthorityName = x.Authority!.Name, x.BatchId, x.SentAt, x.Status }).SingleAsync(ct);
        var views = await questions.OfRequests(Reader, [id], ct);
        var progress = RequestProgress.Of(r.Status, views.Where(v => v.StateCategory is not null).Select(v => (v.StateCategory!.Value, v.DueAt)), Now);
        return new PublicRequestView(r.Id, PublicText.Redact(r.Title), PublicText.Redact(r.Body), PublicText.Redact(r.LegalBasis), r.AuthorityId, PublicText.Redact(r.AuthorityName), r.BatchId,
            r.SentAt, publication.PublishedAt, progress, views.Select(PublicText.Question).ToList(), await Letters(id, ct));
    }

    /// <summary>A released attachment of a public request; null for a private one, another request's, or a request not public.</summary>
    public async Task<(byte[] Content, string Name, string ContentType)?> Attachment(int requestId, long attachmentId, CancellationToken ct)
    {
        if (!await Visible().AnyAsync(p => p.RequestId == requestId, ct))
        {
            return null;
        }

        var found = await db.InboxAttachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && !a.Private && db.Set<RequestTracker.Replies.InboundMessage>().Any(m => m.Id == a.InboundMessageId && m.RequestId == requestId))
            .Select(a => new { a.Content, a.StoredName, a.ContentType }).FirstOrDefaultAsync(ct);
        return found is null ? null : (found.Content, found.StoredName, found.ContentType);
    }

    /// <summary>An authority's newly published requests and released documents, newest first; null while it has no public request.</summary>
    public async Task<PublicFeed?> Feed(int authorityId, CancellationToken ct)
    {
        var published = await Visible().Where(p => p.AuthorityId == authorityId).OrderByDescending(p => p.PublishedAt).Take(50)
            .Join(db.Requests, p => p.RequestId, r => r.Id, (p, r) => new { r.Id, r.Title, p.PublishedAt, Questions = r.Questions.Count, Authority = r.Authority!.Name })
            .ToListAsync(ct);
        if (published.Count == 0)
        {
            return null;
        }

        var visible = Visible().Where(p => p.AuthorityId == authorityId).Select(p => p.RequestId);
        var documents = await db.InboxAttachments.AsNoTracking()
            .Where(a => !a.Private)
            .Join(db.Inbox.Where(m => m.RequestId != null && visible.Contains(m.RequestId.Value)), a => a.InboundMessageId, m => m.Id, (a, m) => new { a.Id, a.StoredName, a.ContentType, a.Size, RequestId = m.RequestId!.Value, m.ReceivedAt })
            .OrderByDescending(x => x.ReceivedAt).Take(50).ToListAsync(ct);
        return new PublicFeed(PublicText.Redact(published[0].Authority), published.Select(p => new FeedEntry($"request-{p.Id}", $"Published: {p.Title}", $"/public/requests/{p.Id}", p.PublishedAt, $"RT-{p.Id}, {p.Questions} question(s)."))
            .Concat(documents.Select(d => new FeedEntry($"document-{d.Id}", $"Released: {d.StoredName} (RT-{d.RequestId})", $"/public/requests/{d.RequestId}/attachments/{d.Id}", d.ReceivedAt, $"{d.ContentType}, {d.Size} bytes, in reply to RT-{d.RequestId}.")))
            .OrderByDescending(e => e.At).Take(50)
            .Select(e => e with { Title = PublicText.Redact(e.Title), Summary = PublicText.Redact(e.Summary) }) // every text of an entry, as on the pages
            .ToList());
    }

    /// <summary>
    /// The batches with a public request, most recently published first, each with how many of its requests are public:
    /// the way into the matrices from the public front page (read through the (BatchId, RequestId) index).
    /// </summary>
    public async Task<IReadOnlyList<PublicBatchLink>> Batches(int limit, CancellationToken ct)
    {
        var rows = await Visible().Where(p => p.BatchId != null).GroupBy(p => p.BatchId!.Value)
            .Select(g => new { Id = g.Key, Requests = g.Count(), At = g.Max(p => p.PublishedAt) })
            .OrderByDescending(g => g.At).ThenByDescending(g => g.Id).Take(limit).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var titles = await db.Set<RequestTracker.Batches.Batch>().AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Title, ct);
        return rows.Select(r => new PublicBatchLink(r.Id, PublicText.Redact(titles.GetValueOrDefault(r.Id) ?? string.Empty), r.Requests)).ToList();
    }

    /// <summary>Every public page, for the sitemap: the requests, and the authorities and batches that have one.</summary>
    public async Task<(List<(int Id, DateTime At)> Requests, List<int> Authorities, List<int> Batches)> Pages(CancellationToken ct)
    {
        var rows = await Visible().OrderBy(p => p.RequestId).Select(p => new { p.RequestId, p.PublishedAt, p.AuthorityId, p.BatchId }).ToListAsync(ct);
        return (rows.Select(r => (r.RequestId, r.PublishedAt)).ToList(), rows.Select(r => r.AuthorityId).Distinct().Order().ToList(),
            rows.Where(r => r.BatchId is not null).Select(r => r.BatchId!.Value).Distinct().Order().ToList());
    }

    private async Task<List<PublicLetter>> Letters(int requestId, CancellationToken ct)
    {
        // Letters to the authority and the bodies above it; never what the service wrote to its own users (a reply to classify, a warning).
        var sent = await db.Outbox.AsNoTracking().Where(o => o.RequestId == requestId && o.Status == OutboxStatus.Sent && !db.Users.Any(u => u.Email == o.RecipientAddress))
            .OrderBy(o => o.SentAt)
            .Select(o => new { o.SentAt, o.RecipientName, o.Subject, o.Template, o.Text }).ToListAsync(ct);
        var received = await db.Inbox.AsNoTracking().Where(m => m.RequestId == requestId).OrderBy(m => m.ReceivedAt)
            .Select(m => new
            {
                m.ReceivedAt,
                m.ReceivedOn,
                m.FromName,
                m.Subject,
                m.TextBody,
                m.Channel,
                Attachments = m.Attachments.Where(a => !a.Private).OrderBy(a => a.Id).Select(a => new PublicAttachment(a.Id, a.StoredName, a.ContentType, a.Size)).ToList(),
            })
            .ToListAsync(ct);
        return sent.Select(o => new PublicLetter("sent", o.SentAt!.Value, $"to {PublicText.Redact(o.RecipientName)}", PublicText.Redact(o.Subject ?? o.Template), PublicText.Redact(o.Text), "email", []))
            .Concat(received.Select(m => new PublicLetter("received", m.ReceivedAt, $"from {PublicText.Redact(m.FromName)}", PublicText.Redact(m.Subject), PublicText.Redact(m.TextBody),
                m.Channel.ToString().ToLowerInvariant(), m.Attachments.Select(a => a with { Name = PublicText.Redact(a.Name), ContentType = PublicText.Redact(a.ContentType) }).ToList())
            { ReceivedOn = m.ReceivedOn }))
            .OrderBy(l => l.At).ToList();
    }
}

/// <summary>A batch on the public front page: its name and how many of its requests are public.</summary>
internal sealed record PublicBatchLink(int Id, string Title, int Requests);

/// <summary>A public search hit: the published request and a snippet with addresses withheld.</summary>
internal sealed record PublicHit(int RequestId, string Title, string AuthorityName, string Snippet);
