using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Runtime;

namespace RequestTracker.Requests;

/// <summary>The engine's view of requests (<see cref="IWorkflowSubjects"/>), read here where the request tables live.</summary>
internal sealed class RequestSubjects(AppDbContext db) : IWorkflowSubjects
{
    public async Task<IReadOnlyList<int>> QuestionsOf(int requestId, CancellationToken ct) =>
        await db.Questions.Where(q => q.RequestId == requestId).OrderBy(q => q.Position).Select(q => q.Id).ToListAsync(ct);

    /// <summary>Several requests' subjects in one query, keyed by request.</summary>
    public async Task<Dictionary<int, WorkflowSubject>> Of(IReadOnlyCollection<int> requestIds, CancellationToken ct)
    {
        // A join, not a First() subquery for the owner: SQLite ran that as a window over every user.
        var rows = await (
            from r in db.Requests.AsNoTracking()
            join owner in db.Users on r.OwnerId equals owner.Id
            where requestIds.Contains(r.Id)
            select new
            {
                r.Id,
                r.AuthorityId,
                r.OwnerId,
                r.Authority!.LawId,
                r.Authority.Name,
                r.Authority.ContactEmail,
                r.Authority.TimeZone,
                Contacts = r.Authority.EscalationContacts.Select(c => new EscalationAddress(c.Kind, c.Position, c.Name, c.Email)).ToList(),
                owner.DisplayName,
                OwnerEmail = owner.Email,
                r.Language,
                OwnerLanguage = owner.Language,
                r.AutoSend,
                r.SendRecordedAt,
            }).ToListAsync(ct);
        return rows.ToDictionary(
            row => row.Id,
            row => new WorkflowSubject(row.Id, new Addressee(row.Name, row.ContactEmail), row.TimeZone, row.Contacts, new Addressee(row.DisplayName, row.OwnerEmail ?? string.Empty))
            {
                AuthorityId = row.AuthorityId,
                OwnerId = row.OwnerId,
                LawId = row.LawId,
                Language = row.Language,
                // A note to the advocate is in their profile's language; none chosen is English, not the request's language.
                OwnerLanguage = string.IsNullOrEmpty(row.OwnerLanguage) ? Definitions.Templates.MailTemplateSet.DefaultLanguage : row.OwnerLanguage,
                AutoSend = row.AutoSend,
                RecordedAt = row.SendRecordedAt,
            });
    }
}
