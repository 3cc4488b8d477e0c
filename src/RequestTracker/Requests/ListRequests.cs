using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Handling;
using RequestTracker.Runtime;

namespace RequestTracker.Requests;

/// <summary>Query-string input, as text, so a bad value gets a field-level message rather than a binding failure.</summary>
internal sealed record ListRequestsQuery(string? Status, string? AuthorityId, string? Cursor, string? Limit);

/// <summary>
/// Newest first, keyset-paged on the primary key: each page is one index range scan whatever the
/// page number (indexes on (OwnerId, Id), (Status, Id) and (AuthorityId, Id) serve the filters).
/// </summary>
internal sealed class ListRequests(AppDbContext db, TimeProvider clock)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public async Task<Outcome<RequestPage>> Handle(CurrentUser user, ListRequestsQuery query, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var limit = PageCursor.Limit(query.Limit, errors, DefaultLimit, MaxLimit);
        var afterId = 0;
        if (!string.IsNullOrEmpty(query.Cursor) && !PageCursor.TryDecode(query.Cursor, out afterId))
        {
            errors.Add("cursor", $"The cursor is not one this API returned.");
        }

        var status = errors.OptionalEnum<RequestStatus>("status", query.Status);

        int? authorityId = null;
        if (!string.IsNullOrEmpty(query.AuthorityId))
        {
            if (int.TryParse(query.AuthorityId, out var parsedId) && parsedId > 0)
            {
                authorityId = parsedId;
            }
            else
            {
                errors.Add("authorityId", $"The authorityId must be a positive integer.");
            }
        }

        if (!errors.IsEmpty)
        {
            return Outcome<RequestPage>.Invalid(errors);
        }

        var requests = db.Requests.AsNoTracking().VisibleTo(user);
        if (status is not null)
        {
            requests = requests.Where(r => r.Status == status);
        }

        if (authorityId is not null)
        {
            requests = requests.Where(r => r.AuthorityId == authorityId);
        }

        if (afterId > 0)
        {
            requests = requests.Where(r => r.Id < afterId);
        }

        var rows = await requests
            .OrderByDescending(r => r.Id)
            .Take(limit + 1)
            // The page's workflows in a second query: joined in, the question count would be counted again for each of them.
            .AsSplitQuery()
            .Select(r => new
            {
                r.Id,
                r.OwnerId,
                r.AuthorityId,
                AuthorityName = r.Authority!.Name,
                r.Title,
                r.Status,
                QuestionCount = r.Questions.Count,
                r.CreatedAt,
                r.UpdatedAt,
                Workflows = db.Set<WorkflowInstance>().Where(w => w.RequestId == r.Id).Select(w => new { w.Category, w.DueAt, w.DueOn, w.Zone }).ToList(),
            })
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var items = rows.Take(limit).Select(r =>
        {
            var nearest = r.Workflows.Where(w => w.Category is StateCategory.Open or StateCategory.Paused).MinBy(w => w.DueAt);
            return new RequestSummary(
                r.Id, r.OwnerId, r.AuthorityId, r.AuthorityName, r.Title, r.Status,
                RequestProgress.Of(r.Status, r.Workflows.Select(w => (w.Category, w.DueAt)), now),
                r.QuestionCount,
                nearest?.DueAt,
                r.CreatedAt, r.UpdatedAt)
            {
                NearestDueDate = Deadline.Format.Iso(nearest?.DueOn),
                Zone = nearest?.Zone,
            };
        }).ToList();
        var next = rows.Count > limit ? PageCursor.Encode(rows[limit - 1].Id) : null;
        return Outcome<RequestPage>.Ok(new RequestPage(items, next));
    }
}
