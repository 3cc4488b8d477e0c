using RequestTracker.Access;
using RequestTracker.Definitions.Calendars;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Overview;

/// <summary>Filters as text from a query string; each bad value is a named field error.</summary>
internal sealed record QuestionFilter(string? Category, string? State, string? AuthorityId, string? LawId, string? OwnerId, string? Overdue, string? DueSoon, string? DueBefore, string? Cursor, string? Limit);

internal sealed record QuestionRow(
    int QuestionId, int RequestId, int Position, string Text, string RequestTitle, int AuthorityId, string AuthorityName, string LawId,
    string OwnerName, string State, string StateLabel, StateCategory Category, string Timeliness, DateTime? DueAt, int EscalationLevel)
{
    /// <summary>The deadline's last day ("2022-02-07") in <see cref="Zone"/>.</summary>
    public string? DueDate { get; init; }

    public string Zone { get; init; } = string.Empty;
}

internal sealed record QuestionRowPage(IReadOnlyList<QuestionRow> Items, string? NextCursor);

/// <summary>
/// Questions with their workflow, newest first, keyset-paged on the question id. Every filter is an
/// indexed column: Workflows (Category, QuestionId), (LawId, QuestionId), (Category, DueAt); Requests
/// (AuthorityId, Id), (OwnerId, Id). Advocates see only their own.
/// </summary>
internal sealed class ListQuestions(AppDbContext db, DefinitionStore definitions, TimeProvider clock)
{
    public const int MaxLimit = 500;

    public async Task<Outcome<QuestionRowPage>> Handle(CurrentUser user, QuestionFilter filter, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var limit = PageCursor.Limit(filter.Limit, errors, 50, MaxLimit);
        var after = 0;
        if (!string.IsNullOrEmpty(filter.Cursor) && !PageCursor.TryDecode(filter.Cursor, out after))
        {
            errors.Add("cursor", $"The cursor is not one this list returned.");
        }

        var category = Categories.Parse(filter.Category);
        if (filter.Category is { Length: > 0 } && category is null)
        {
            errors.Add("category", $"The category must be one of: {Categories.List()}.");
        }

        var authorityId = PositiveInt(filter.AuthorityId, "authorityId", errors);
        var overdue = Flag(filter.Overdue, "overdue", errors);
        var dueSoon = Flag(filter.DueSoon, "dueSoon", errors);
        DateTime? dueBefore = null;
        if (filter.DueBefore is { Length: > 0 } d)
        {
            if (TextRule.TryDay(d, out var day))
            {
                dueBefore = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(1);
            }
            else
            {
                errors.Add("dueBefore", $"The date is written yyyy-mm-dd.");
            }
        }

        if (!errors.IsEmpty)
        {
            return Outcome<QuestionRowPage>.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var workflows = db.Workflows.AsNoTracking();
        workflows = overdue switch
        {
            true => workflows.Where(Standing.IsOverdue(now)),
            false => workflows.Where(Standing.IsNotOverdue(now)),
            _ => workflows,
        };
        workflows = dueSoon is true ? workflows.Where(Standing.IsDueSoon(now)) : workflows;
        var rows =
            from w in workflows
            join q in db.Questions on w.QuestionId equals q.Id
            join r in db.Requests.VisibleTo(user) on w.RequestId equals r.Id
            select new { w, q, r };
        rows = category is { } inCategory ? rows.Where(x => x.w.Category == inCategory) : rows;
        rows = filter.State is { Length: > 0 } state ? rows.Where(x => x.w.State == state) : rows;
        rows = authorityId is { } a ? rows.Where(x => x.r.AuthorityId == a) : rows;
        rows = filter.LawId is { Length: > 0 } law ? rows.Where(x => x.w.LawId == law) : rows;
        rows = filter.OwnerId is { Length: > 0 } owner ? rows.Where(x => x.r.OwnerId == owner) : rows;
        rows = dueBefore is { } before
            ? rows.Where(x => x.w.DueAt < before && (x.w.Category == StateCategory.Open || x.w.Category == StateCategory.Paused || x.w.Category == StateCategory.Escalated))
            : rows;
        rows = after > 0 ? rows.Where(x => x.w.QuestionId < after) : rows;

        var page = await rows.OrderByDescending(x => x.w.QuestionId).Take(limit + 1)
            .Select(x => new
            {
                x.q.Id,
                x.q.RequestId,
                x.q.Position,
                x.q.Text,
                x.r.Title,
                x.r.AuthorityId,
                Authority = x.r.Authority!.Name,
                x.w.LawId,
                Owner = db.Users.Where(u => u.Id == x.r.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
                x.w.State,
                x.w.Category,
                x.w.DueAt,
                x.w.DueOn,
                x.w.Zone,
                x.w.EscalationLevel,
                x.w.LifecycleHash,
            })
            .ToListAsync(ct);
        var labels = new Dictionary<string, LifecycleDefinition>();
        foreach (var hash in page.Select(p => p.LifecycleHash).Distinct())
        {
            labels[hash] = await definitions.Lifecycle(hash, db, ct);
        }

        var items = page.Take(limit).Select(p => Row(p.Id, p.RequestId, p.Position, p.Text, p.Title, p.AuthorityId, p.Authority, p.LawId, p.Owner,
            p.State, labels[p.LifecycleHash].State(p.State).Label, p.Category, p.DueAt, p.DueOn, p.Zone, p.EscalationLevel, now)).ToList();
        return Outcome<QuestionRowPage>.Ok(new QuestionRowPage(items, page.Count > limit ? PageCursor.Encode(page[limit - 1].Id) : null));
    }

    private static QuestionRow Row(
        int id, int requestId, int position, string text, string title, int authorityId, string authority, string lawId, string? owner,
        string state, string label, StateCategory category, DateTime? dueAt, DateOnly? dueOn, string zone, int escalationLevel, DateTime now) =>
        new(id, requestId, position, text, title, authorityId, authority, lawId, owner ?? string.Empty, state, label, category,
            Standing.Of(category, dueAt, now), dueAt, escalationLevel)
        {
            DueDate = Deadline.Format.Iso(dueOn),
            Zone = zone,
        };

    private static int? PositiveInt(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        errors.Add(field, $"The {field} must be a positive integer.");
        return null;
    }

    private static bool? Flag(string? text, string field, ValidationErrors errors)
    {
        switch (text)
        {
            case null or "":
                return null;
            case "true" or "1":
                return true;
            case "false" or "0":
                return false;
            default:
                errors.Add(field, $"The {field} filter is true or false.");
                return null;
        }
    }
}
