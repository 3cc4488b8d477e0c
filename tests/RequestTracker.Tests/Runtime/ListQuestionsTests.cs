using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Overview;
using RequestTracker.Runtime;

namespace RequestTracker.Tests.Runtime;

/// <summary>
/// The questions list reads each category's index range on its own and merges them: for every filter it offers, alone
/// and combined, paged two at a time, it lists exactly the questions a plain filter of every row finds, newest first.
/// </summary>
public sealed class ListQuestionsTests
{
    [Fact]
    public async Task Every_filter_alone_and_combined_lists_what_a_plain_filter_finds_page_after_page()
    {
        await using var h = await EngineHarness.Start(new DateTimeOffset(2021, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await h.Send(2);
        h.Clock.SetUtcNow(new DateTimeOffset(2022, 1, 10, 9, 0, 0, TimeSpan.Zero));
        await h.Send(3);
        await h.Act((await h.Send(2)).QuestionIds[0], "answered", documentReference: "A-1");
        await h.Act((await h.Send(1)).QuestionIds[0], "refused", exemption: "s.27");
        await h.Act((await h.Send(1)).QuestionIds[0], "partially-answered", documentReference: "A-2", exemption: "s.23");
        await h.Act((await h.Send(2)).QuestionIds[1], "clarification-asked");
        await h.RunUntil(new DateTimeOffset(2022, 2, 3, 12, 0, 0, TimeSpan.Zero));
        var now = h.Clock.GetUtcNow().UtcDateTime;
        var rows = await h.Db(db => db.Workflows.AsNoTracking().ToListAsync());
        Assert.Contains(rows, w => w.Category == StateCategory.Escalated);
        Assert.Contains(rows, w => Standing.Of(w.Category, w.DueAt, now) == Timeliness.DueSoon);
        var authority = rows[0].AuthorityId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var owner = rows[0].OwnerId;
        Assert.Equal(h.Advocate.Id, owner);

        var filters = new (string Name, QuestionFilter Filter, Func<WorkflowInstance, bool> Expected)[]
        {
            ("none", Filter(), _ => true),
            ("overdue", Filter(overdue: "true"), w => Standing.Of(w.Category, w.DueAt, now) == Timeliness.Overdue),
            ("not overdue", Filter(overdue: "false"), w => Standing.Of(w.Category, w.DueAt, now) != Timeliness.Overdue),
            ("due soon", Filter(dueSoon: "true"), w => Standing.Of(w.Category, w.DueAt, now) == Timeliness.DueSoon),
            ("due before", Filter(dueBefore: "2022-02-07"), w => Categories.Waiting(w.Category) && w.DueAt < new DateTime(2022, 2, 8, 0, 0, 0, DateTimeKind.Utc)),
            ("state", Filter(state: "escalating"), w => w.State == "escalating"),
            ("unknown state", Filter(state: "no-such-state"), _ => false),
            ("authority", Filter(authorityId: authority), w => w.AuthorityId == rows[0].AuthorityId),
            ("law", Filter(lawId: "uk-foia-2000"), w => w.LawId == "uk-foia-2000"),
            ("other law", Filter(lawId: "us-foia"), _ => false),
            ("advocate", Filter(ownerId: owner), w => w.OwnerId == owner),
            ("authority, not overdue", Filter(authorityId: authority, overdue: "false"), w => Standing.Of(w.Category, w.DueAt, now) != Timeliness.Overdue),
            ("open and overdue", Filter(category: "open", overdue: "true"), w => w.Category == StateCategory.Open && w.DueAt <= now),
            ("escalated, advocate", Filter(category: "escalated", ownerId: owner), w => w.Category == StateCategory.Escalated),
            ("due soon and overdue", Filter(overdue: "true", dueSoon: "true"), _ => false),
            ("state and category that disagree", Filter(state: "escalating", category: "open"), _ => false),
        };
        filters = [.. filters, .. Categories.All.Select(c => ($"category {Categories.Word(c)}", Filter(category: Categories.Word(c)), (Func<WorkflowInstance, bool>)(w => w.Category == c)))];

        foreach (var (name, filter, expected) in filters)
        {
            var want = rows.Where(expected).Select(w => w.QuestionId).OrderDescending().ToList();
            Assert.Equal(want, await All(h, h.Manager, filter));
            // An advocate's list holds their own questions only; another advocate's is empty.
            Assert.Equal(want, await All(h, h.Advocate, filter));
            Assert.Empty(await All(h, h.OtherAdvocate, filter));
        }

        Assert.Empty(await All(h, h.OtherAdvocate, Filter(ownerId: owner)));
    }

    private static QuestionFilter Filter(string? category = null, string? state = null, string? authorityId = null, string? lawId = null, string? ownerId = null,
        string? overdue = null, string? dueSoon = null, string? dueBefore = null) => new(category, state, authorityId, lawId, ownerId, overdue, dueSoon, dueBefore, null, "2");

    /// <summary>Every page of the list, two at a time, following the cursor.</summary>
    private static async Task<List<int>> All(EngineHarness h, CurrentUser user, QuestionFilter filter)
    {
        var ids = new List<int>();
        for (string? cursor = null; ;)
        {
            var page = (await h.With<ListQuestions, Outcome<QuestionRowPage>>(l => l.Handle(user, filter with { Cursor = cursor }, CancellationToken.None))).Value!;
            Assert.True(page.Items.Count <= 2);
            ids.AddRange(page.Items.Select(i => i.QuestionId));
            if (page.NextCursor is null)
            {
                return ids;
            }

            cursor = page.NextCursor;
        }
    }
}
