using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Publishing;
using RequestTracker.Replies;
using RequestTracker.Requests;

namespace RequestTracker.Search;

/// <summary>
/// The public pages' search: published content only (<see cref="SearchFilter.PublicAt"/>), seen as the public pages
/// show it. Each hit's text is read again and passed through <see cref="PublicText.Redact"/>; the snippet is cut
/// from that, never from the engine's own highlight (which an address could straddle), and a hit whose words are
/// found only inside withheld addresses is dropped — else searching for an address would tell who wrote it.
/// </summary>
internal sealed class PublicSearch(AppDbContext db)
{
    public async Task<Outcome<IReadOnlyList<PublicHit>>> Handle(string? q, DateTime now, CancellationToken ct)
    {
        var terms = SearchTerms.Parse(q);
        if (terms.Count == 0)
        {
            var errors = new ValidationErrors();
            errors.Add("q", $"Type a word to search for (letters or digits).");
            return Outcome<IReadOnlyList<PublicHit>>.Invalid(errors);
        }

        var raw = (await SearchAll.EngineFor(db).Find(new SearchFilter(terms, null, null, false, null, null, null, null, SearchAll.DefaultLimit) { PublicAt = now }, ct))
            .Where(h => h.RequestId is not null).ToList();
        var ids = raw.Select(h => h.RequestId!.Value).Distinct().ToList();
        var requests = await db.Requests.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.Title, Authority = r.Authority!.Name }).ToDictionaryAsync(r => r.Id, ct);
        var texts = await Texts(raw, ct);
        return Outcome<IReadOnlyList<PublicHit>>.Ok(raw
            .Where(h => requests.ContainsKey(h.RequestId!.Value) && texts.TryGetValue((h.Kind, h.ItemId), out var text) && SearchTerms.AllIn(text, terms))
            .Select(h => new PublicHit(h.RequestId!.Value, PublicText.Redact(requests[h.RequestId!.Value].Title), PublicText.Redact(requests[h.RequestId!.Value].Authority),
                Plain(SearchTerms.Mark(texts[(h.Kind, h.ItemId)], terms))))
            .ToList());
    }

    /// <summary>What the public pages show of each item found, addresses withheld; one query per kind found.</summary>
    private async Task<Dictionary<(string Kind, long Id), string>> Texts(List<RawHit> hits, CancellationToken ct)
    {
        List<long> Of(string kind) => hits.Where(h => h.Kind == kind).Select(h => h.ItemId).ToList();
        var texts = new Dictionary<(string, long), string>();
        void Add(string kind, long id, params string?[] parts) => texts[(kind, id)] = PublicText.Redact(string.Join("\n", parts.Where(p => !string.IsNullOrEmpty(p))));

        if (Of("request") is { Count: > 0 } requestIds)
        {
            var ints = requestIds.Select(i => (int)i).ToList();
            foreach (var r in await db.Requests.AsNoTracking().Where(r => ints.Contains(r.Id)).Select(r => new { r.Id, r.Title, r.LegalBasis, r.Body }).ToListAsync(ct))
            {
                Add("request", r.Id, r.Title, r.LegalBasis, r.Body);
            }
        }

        if (Of("question") is { Count: > 0 } questionIds)
        {
            var ints = questionIds.Select(i => (int)i).ToList();
            foreach (var x in await db.Questions.AsNoTracking().Where(x => ints.Contains(x.Id)).Select(x => new { x.Id, x.Text }).ToListAsync(ct))
            {
                Add("question", x.Id, x.Text);
            }
        }

        if (Of("received") is { Count: > 0 } receivedIds)
        {
            foreach (var m in await db.Inbox.AsNoTracking().Where(m => receivedIds.Contains(m.Id)).Select(m => new { m.Id, m.FromName, m.Subject, m.TextBody }).ToListAsync(ct))
            {
                Add("received", m.Id, m.FromName, m.Subject, m.TextBody);
            }
        }

        if (Of("attachment") is { Count: > 0 } attachmentIds)
        {
            foreach (var a in await db.InboxAttachments.AsNoTracking().Where(a => attachmentIds.Contains(a.Id)).Select(a => new { a.Id, a.OriginalName }).ToListAsync(ct))
            {
                Add("attachment", a.Id, a.OriginalName);
            }
        }

        return texts;
    }

    private static string Plain(string marked) =>
        marked.Replace(SearchText.Start.ToString(), string.Empty, StringComparison.Ordinal).Replace(SearchText.End.ToString(), string.Empty, StringComparison.Ordinal);
}
