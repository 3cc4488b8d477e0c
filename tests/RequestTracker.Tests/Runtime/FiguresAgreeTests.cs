using RequestTracker.Definitions;
using RequestTracker.Definitions.Templates;
using RequestTracker.Handling;
using RequestTracker.Overview;
using RequestTracker.Overview.Digest;
using RequestTracker.Runtime;

namespace RequestTracker.Tests.Runtime;

/// <summary>The dashboard, the digest, the questions list and the workflow view count the same questions the same way.</summary>
public sealed class FiguresAgreeTests
{
    [Fact]
    public async Task Dashboard_digest_list_and_workflow_view_agree_on_every_count()
    {
        // One request sent on 1 December 2021 (long overdue and escalating by February), six on 10 January 2022.
        await using var h = await EngineHarness.Start(new DateTimeOffset(2021, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await h.Send(1);
        h.Clock.SetUtcNow(new DateTimeOffset(2022, 1, 10, 9, 0, 0, TimeSpan.Zero));
        var open = (await h.Send(1)).QuestionIds[0];
        await h.Act((await h.Send(1)).QuestionIds[0], "answered", documentReference: "A-1");
        await h.Act((await h.Send(1)).QuestionIds[0], "refused", exemption: "s.27");
        await h.Act((await h.Send(1)).QuestionIds[0], "partially-answered", documentReference: "A-2", exemption: "s.23");
        await h.Act((await h.Send(1)).QuestionIds[0], "clarification-asked");
        // 3 February 2022, noon: the January deadlines end with Monday 7 February, within 7 days.
        await h.RunUntil(new DateTimeOffset(2022, 2, 3, 12, 0, 0, TimeSpan.Zero));

        var figures = await h.With<Figures, FiguresView>(f => f.Handle(CancellationToken.None));
        var digest = await h.With<DigestComposer, RenderedMail>(d => d.Render(new OutboxMessage { Template = "manager-digest", RecipientName = "Maria", RecipientAddress = "m@example.org" }, CancellationToken.None));
        var workflow = (await h.With<DescribeWorkflows, Outcome<WorkflowView>>(d => d.Get(h.Manager, "question", null, CancellationToken.None))).Value!;
        async Task<int> Listed(string? category = null, string? overdue = null, string? dueSoon = null) =>
            (await h.With<ListQuestions, Outcome<QuestionRowPage>>(l => l.Handle(h.Manager, new QuestionFilter(category, null, null, null, null, overdue, dueSoon, null, null, "500"), CancellationToken.None))).Value!.Items.Count;

        // Counted by hand from the set-up above.
        Assert.Equal((1, 1), (figures.Overdue, figures.DueSoon));
        Assert.Equal(1, (await h.Question(open)).Value is { Timeliness: Timeliness.DueSoon } ? 1 : 0);
        foreach (var category in Categories.All)
        {
            var expected = category is StateCategory.Closed ? 0 : 1;
            Assert.Equal(expected, figures.Category(category));
            Assert.Equal(expected, await Listed(Categories.Word(category)));
            Assert.Equal(expected, workflow.States.Where(s => s.Category == category).Sum(s => s.Questions));
        }

        Assert.Equal(figures.Overdue, await Listed(overdue: "true"));
        Assert.Equal(6 - figures.Overdue, await Listed(overdue: "false"));
        Assert.Equal(figures.DueSoon, await Listed(dueSoon: "true"));
        Assert.Contains($"Overdue questions (time run out, escalated ones included): {figures.Overdue}\n", digest.Text, StringComparison.Ordinal);
        Assert.Contains($"Escalated questions: {figures.Category(StateCategory.Escalated)}\n", digest.Text, StringComparison.Ordinal);
        Assert.Contains($"Due in the next 7 days: {figures.DueSoon}\n", digest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_advocate_sees_workflow_counts_of_their_own_questions_only()
    {
        await using var h = await EngineHarness.Start(new DateTimeOffset(2022, 1, 10, 9, 0, 0, TimeSpan.Zero));
        await h.Send(2);

        var own = (await h.With<DescribeWorkflows, Outcome<WorkflowView>>(d => d.Get(h.Advocate, "question", null, CancellationToken.None))).Value!;
        var other = (await h.With<DescribeWorkflows, Outcome<WorkflowView>>(d => d.Get(h.OtherAdvocate, "question", null, CancellationToken.None))).Value!;

        Assert.Equal(2, own.States.Sum(s => s.Questions));
        Assert.Equal(0, other.States.Sum(s => s.Questions));
    }
}
