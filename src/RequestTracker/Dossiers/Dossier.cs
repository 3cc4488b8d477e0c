using RequestTracker.Access;
using RequestTracker.Replies;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RequestTracker.Batches;
using RequestTracker.Data;
using RequestTracker.Questions;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Dossiers;

/// <summary>What a dossier covers, decided (and access checked) before the first byte is sent.</summary>
internal sealed record DossierPlan(string Name, string Title, CurrentUser User, IReadOnlyList<int> RequestIds);

/// <summary>
/// A request's or a batch's dossier for an ombudsman or a court: a printable timeline, every email as its stored
/// .eml, every attachment, the journal as JSON Lines with its hash chain, a SHA-256 manifest, and VERIFY.txt with
/// a script. Written as a stream: one email or attachment in memory at a time, whatever the dossier's size.
/// </summary>
internal sealed class Dossier(AppDbContext db, GetRequest requests, GetQuestion questions, DossierTimeline timeline, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<DossierPlan?> ForRequest(CurrentUser user, int id, CancellationToken ct) =>
        (await requests.Handle(user, id, ct)).Value is { } request ? new DossierPlan($"RT-{id}", request.Title, user, [id]) : null;

    public async Task<DossierPlan?> ForBatch(CurrentUser user, int id, CancellationToken ct)
    {
        var batch = await db.Batches.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(b => b.Id == id, ct);
        if (batch is null)
        {
            return null;
        }

        var ids = await db.Requests.VisibleTo(user).Where(r => r.BatchId == id).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);
        return new DossierPlan($"B-{id}", batch.Title, user, ids);
    }

    public async Task Write(DossierPlan plan, Stream output, CancellationToken ct)
    {
        await using var zip = await DossierZip.Create(output, ct);
        var parts = new List<TimelinePart>();
        var heads = new List<(int RequestId, string? Head)>();
        foreach (var requestId in plan.RequestIds)
        {
            var request = (await requests.Handle(plan.User, requestId, ct)).Value!;
            var folder = $"RT-{requestId}";
            var sent = await db.Outbox.AsNoTracking().Where(o => o.RequestId == requestId).OrderBy(o => o.Id)
                .Select(o => new SentMail(o.Id, o.Template, o.RecipientName, o.RecipientAddress, o.Subject, o.Status.ToString(), o.SentAt, o.CreatedAt, o.MessageId, o.ServerReply, o.Mime != null))
                .ToListAsync(ct);
            foreach (var mail in sent.Where(m => m.HasMime))
            {
                var mime = await db.Outbox.AsNoTracking().Where(o => o.Id == mail.Id).Select(o => o.Mime!).SingleAsync(ct);
                await zip.Add(mail.Path(folder), mime, ct);
            }

            // A request the advocate sent themselves: its proof is the evidence of sending, kept under its own name.
            if (request.SentBy is { } by)
            {
                var proof = await db.Sendings.AsNoTracking().Where(x => x.RequestId == requestId).Select(x => x.Proof).SingleAsync(ct);
                await zip.Add($"{folder}/sent-by-{by.Channel}-{Path.GetFileName(by.ProofName)}", proof, ct);
            }

            var received = await db.Inbox.AsNoTracking().Where(m => m.RequestId == requestId).OrderBy(m => m.Id)
                .Select(m => new ReceivedMail(m.Id, m.Channel, m.FromName, m.FromAddress, m.Subject, m.ReceivedAt, m.ReceivedOn, m.MessageId, m.MatchedBy,
                    m.Attachments.OrderBy(a => a.Id).Select(a => new AttachmentFile(a.Id, a.StoredName, a.OriginalName, a.ContentType, a.Size)).ToList())
                {
                    Text = m.TextBody,
                    LetterDate = m.LetterDate,
                    RecordedBy = db.Users.Where(u => u.Id == m.RecordedBy).Select(u => u.DisplayName).FirstOrDefault(),
                })
                .ToListAsync(ct);
            foreach (var mail in received)
            {
                if (mail.Channel == ReplyChannel.Email)
                {
                    var raw = await db.Inbox.AsNoTracking().Where(m => m.Id == mail.Id).Select(m => m.Raw).SingleAsync(ct);
                    await zip.Add(mail.Path(folder), raw, ct);
                }
                else
                {
                    // A letter typed in has no stored email: its record is this file, listed in the manifest like any other.
                    await zip.Add(mail.TypedPath(folder), DossierTimeline.TypedIn(mail), ct);
                }

                foreach (var file in mail.Attachments)
                {
                    var content = await db.InboxAttachments.AsNoTracking().Where(a => a.Id == file.Id).Select(a => a.Content).SingleAsync(ct);
                    await zip.Add(file.Path(folder, mail.Id), content, ct);
                }
            }

            var chain = new ChainWalk();
            var journal = new List<JournalView>();
            await zip.AddLines($"{folder}/journal.jsonl", JournalLines(requestId, chain, journal, ct), ct);
            heads.Add((requestId, chain.Last));
            var owner = await db.Users.Where(u => u.Id == request.OwnerId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? request.OwnerId;
            parts.Add(new TimelinePart(request, owner, await questions.OfRequest(plan.User, requestId, ct), sent, received, await Named(journal, ct), folder, chain.Last));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await zip.Add("timeline.html", timeline.Render(plan, parts, now), ct);
        await zip.Add("verify_journal.py", DossierVerify.Script, ct);
        await zip.Add("VERIFY.txt", DossierVerify.Instructions(plan, heads, now), ct);
        await zip.AddManifest("MANIFEST.sha256", ct);
    }

    /// <summary>
    /// The request's journal in chain order, one JSON object per line, with the fields its hash covers; each entry also
    /// kept for the timeline, so both show the same entries from one read.
    /// </summary>
    private async IAsyncEnumerable<string> JournalLines(int requestId, ChainWalk chain, List<JournalView> seen, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var entries = db.Journal.AsNoTracking().Where(j => j.RequestId == requestId).OrderBy(j => j.ChainSeq).ThenBy(j => j.Id).AsAsyncEnumerable();
        await foreach (var e in entries.WithCancellation(ct))
        {
            chain.Step(e);
            seen.Add(new JournalView(e.Id, e.At, e.ScheduledFor, e.Event, e.FromState, e.ToState, e.Actor, e.Note, e.Rule) { QuestionId = e.QuestionId });
            yield return JsonSerializer.Serialize(
                new
                {
                    e.Id,
                    e.RequestId,
                    e.QuestionId,
                    e.ChainSeq,
                    At = JournalChain.Instant(e.At),
                    ScheduledFor = e.ScheduledFor is { } s ? JournalChain.Instant(s) : null,
                    e.Event,
                    e.FromState,
                    e.ToState,
                    e.Actor,
                    e.Note,
                    e.Rule,
                    e.PrevHash,
                    e.Hash,
                },
                Json);
        }
    }

    /// <summary>The entries in time order, each actor named as the journal pages name them.</summary>
    private async Task<IReadOnlyList<JournalView>> Named(List<JournalView> entries, CancellationToken ct)
    {
        var actors = entries.Select(e => e.Actor).Distinct().ToList();
        var names = await db.Users.Where(u => actors.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return entries.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => e with { By = ReadJournal.Name(e.Actor, names) }).ToList();
    }
}

internal sealed record SentMail(long Id, string Template, string RecipientName, string RecipientAddress, string? Subject, string Status, DateTime? SentAt, DateTime CreatedAt, string? MessageId, string? ServerReply, bool HasMime)
{
    public string Path(string folder) => $"{folder}/emails/sent-{Id}.eml";
}

/// <summary>
/// A message received: an email read in, or a letter a person typed in (<see cref="ReceivedOn"/>, <see cref="LetterDate"/>
/// and <see cref="RecordedBy"/> are its; <see cref="ReceivedAt"/> is when it was recorded).
/// </summary>
internal sealed record ReceivedMail(long Id, ReplyChannel Channel, string FromName, string FromAddress, string Subject, DateTime ReceivedAt, DateOnly? ReceivedOn, string MessageId, string? MatchedBy, List<AttachmentFile> Attachments)
{
    public string Text { get; init; } = string.Empty;

    public DateOnly? LetterDate { get; init; }

    public string? RecordedBy { get; init; }

    /// <summary>The sender as recorded: a name and an address, or a name alone (a letter has no address).</summary>
    public string Sender => FromAddress.Length == 0 ? FromName : $"{FromName} <{FromAddress}>".Trim();

    public string Path(string folder) => $"{folder}/emails/received-{Id}.eml";

    /// <summary>Where a typed-in letter's text is in the dossier.</summary>
    public string TypedPath(string folder) => $"{folder}/replies/reply-{Id}.txt";
}

internal sealed record AttachmentFile(long Id, string StoredName, string OriginalName, string ContentType, long Size)
{
    public string Path(string folder, long mailId) => $"{folder}/attachments/{mailId}-{StoredName}";
}

/// <summary>One request's part of the timeline, with where its files are in the ZIP.</summary>
internal sealed record TimelinePart(RequestResponse Request, string Owner, IReadOnlyList<QuestionView> Questions, IReadOnlyList<SentMail> Sent, IReadOnlyList<ReceivedMail> Received, IReadOnlyList<JournalView> Journal, string Folder, string? Head);
