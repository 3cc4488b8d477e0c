using System.Linq.Expressions;
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
/// Questions with their workflow, newest first, keyset-paged on the question id. Every filter is a column of the
/// workflow row, read one category at a time through an index that ends in the id; advocates see only their own.
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
        // Each category is read on its own, as one index range in id order that stops after a page (WorkflowInstance's
        // indexes: the category with the authority, law or advocate before it, the id after); the ranges merge into
        // the page. So a filter that few rows of a million match (overdue, an authority's) reads a page, not the table.
        var branches = Categories.All.ToDictionary(c => c, _ => new List<Expression<Func<WorkflowInstance, bool>>>());
        void Narrow(Func<StateCategory, Expression<Func<WorkflowInstance, bool>>?> rule)
        {
            foreach (var c in branches.Keys.ToList())
            {
                if (rule(c) is { } condition)
                {
                    branches[c].Add(condition);
                }
                else
                {
                    branches.Remove(c);
                }
            }
        }

        if (overdue is { } late)
        {
            Narrow(c => late ? Standing.OverdueIn(c, now) : Standing.NotOverdueIn(c, now));
        }

        if (dueSoon is true)
        {
            Narrow(c => Standing.DueSoonIn(c, now));
        }

        if (dueBefore is { } before)
        {
            Narrow(c => Categories.Waiting(c) ? w => w.DueAt < before : null);
        }

        if (category is { } only)
        {
            Narrow(c => c == only ? w => true : null);
        }

        if (filter.State is { Length: > 0 } state)
        {
            // The categories the state has in the loaded lifecycles (one, in practice): other ranges cannot hold it.
            var holding = definitions.Catalog.Lifecycles.Values.SelectMany(l => l.States).Where(s => s.Id == state).Select(s => s.Category).ToHashSet();
            Narrow(c => holding.Contains(c) ? w => w.State == state : null);
        }

        // No category can hold a match, or an advocate asked for another advocate's questions: nothing to read.
        if (branches.Count == 0 || (!user.SeesAll && filter.OwnerId is { Length: > 0 } other && other != user.Id))
        {
            return Outcome<QuestionRowPage>.Ok(new QuestionRowPage([], null));
        }

        var owner = user.SeesAll ? filter.OwnerId is { Length: > 0 } chosen ? chosen : null : user.Id;
        IQueryable<WorkflowInstance> Range(StateCategory c, IEnumerable<Expression<Func<WorkflowInstance, bool>>> conditions)
        {
            var range = db.Workflows.AsNoTracking().Where(w => w.Category == c);
            range = conditions.Aggregate(range, (q, condition) => q.Where(condition));
            range = authorityId is { } a ? range.Where(w => w.AuthorityId == a) : range;
            range = filter.LawId is { Length: > 0 } law ? range.Where(w => w.LawId == law) : range;
            range = owner is not null ? range.Where(w => w.OwnerId == owner) : range;
            range = after > 0 ? range.Where(w => w.QuestionId < after) : range;
            return range.OrderByDescending(w => w.QuestionId).Take(limit + 1);
        }

        // The page is cut from the merged ranges before anything is joined to it: the joins then seek a page of rows.
        var merged = branches.Select(b => Range(b.Key, b.Value)).Aggregate((x, y) => x.Concat(y)).OrderByDescending(w => w.QuestionId).Take(limit + 1);
        var rows =
            from w in merged
            join q in db.Questions on w.QuestionId equals q.Id
            join r in db.Requests on w.RequestId equals r.Id
            select new { w, q, r };
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
