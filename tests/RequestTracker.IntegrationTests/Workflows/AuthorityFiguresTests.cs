using RequestTracker.Handling;
using RequestTracker.Correspondence;
using RequestTracker.Overview;
using RequestTracker.Runtime;

namespace RequestTracker.IntegrationTests.Workflows;

/// <summary>An authority's figures, checked by hand against a timeline under Russia's 30 calendar days (Moscow).</summary>
public sealed class AuthorityFiguresTests
{
    private static readonly DateTimeOffset Sent = new(2022, 1, 10, 9, 0, 0, TimeSpan.Zero); // 12:00 in Moscow

    [Fact]
    public async Task Outcomes_count_from_the_replys_arrival_and_a_correction_keeps_it()
    {
        var (harness, advocate) = await RuntimeHarness.Start(Sent);
        await using var _ = harness;
        var authority = await harness.Authority("ru-8-fz");
        var (a, qa) = await harness.Send(advocate, authority, questions: 3);
        var (_, qb) = await harness.Send(advocate, authority, questions: 2);
        var empty = await Figures(harness, authority);
        Assert.Equal((2, 5, 0, 0), (empty.RequestsSent, empty.QuestionsSent, empty.Outcomes, empty.OpenOverdue));
        Assert.Null(empty.MedianDays);

        // 15 January: the advocate records a letter that arrived on the 12th, and classifies it per question.
        harness.Clock.SetUtcNow(Sent.AddDays(5));
        var letter = await harness.With<RecordReply, Outcome<RecordedReply>>(r => r.Handle(advocate, a, new RecordReplyInput("post", "2022-01-12", null, "Letter 1/22", "Enclosed; one refused.", null), [], CancellationToken.None));
        Assert.NotNull(letter.Value);
        Assert.Null((await harness.Act(advocate, qa[0], "answered", new ActionInput(null, "Doc 1", null, null))).Refusal);
        Assert.Null((await harness.Act(advocate, qa[1], "refused", new ActionInput(null, null, "Art. 5", null))).Refusal);
        Assert.Null((await harness.Act(advocate, qa[2], "acknowledged")).Refusal); // the letter only acknowledged question 3

        // A correction: answered was a mistake, reopened, then answered in part. The letter's day stands.
        harness.Clock.SetUtcNow(Sent.AddDays(7));
        Assert.Null((await harness.Act(advocate, qa[0], "reopened", new ActionInput("Recorded by mistake", null, null, null))).Refusal);
        Assert.Null((await harness.Act(advocate, qa[0], "partially-answered", new ActionInput(null, "Doc 1", "Art. 5", null))).Refusal);

        // 24 February: the deadline (end of 9 February, Moscow) has passed; question B1 is recorded as not held, late.
        await harness.RunUntil(Sent.AddDays(45));
        Assert.Null((await harness.Act(advocate, qb[0], "not-held", new ActionInput("Not held", null, null, null))).Refusal);

        var figures = await Figures(harness, authority);
        Assert.Equal(2, figures.RequestsSent);
        Assert.Equal(5, figures.QuestionsSent);
        Assert.Equal(3, figures.Outcomes);
        Assert.Equal((0, 1, 1, 1), (figures.Answered, figures.PartiallyAnswered, figures.Refused, figures.NotHeld));
        Assert.Equal((2, 1), (figures.OnTime, figures.Late));
        Assert.Equal(2.0, figures.MedianDays); // 12 January - 10 January, twice; then 45 days
        Assert.Equal(45, figures.Percentile90Days);
        Assert.Equal(2, figures.OpenOverdue); // A3 (acknowledged, never answered) and B2
        var rows = await harness.Db(db => Task.FromResult(db.Workflows.Where(w => w.AuthorityId == authority).OrderBy(w => w.QuestionId).Select(w => new { w.OutcomeKind, w.OutcomeDays, w.OutcomeOnTime }).ToList()));
        Assert.Equal("partially-answered", rows[0].OutcomeKind);
        Assert.Equal(2, rows[0].OutcomeDays);
    }

    [Fact]
    public async Task A_median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        var (harness, advocate) = await RuntimeHarness.Start(Sent);
        await using var _ = harness;
        var authority = await harness.Authority("ru-8-fz");
        var (_, questions) = await harness.Send(advocate, authority, questions: 4);
        for (var i = 0; i < questions.Count; i++)
        {
            harness.Clock.SetUtcNow(Sent.AddDays(1 + (i * 3))); // 1, 4, 7, 10 days
            await harness.Act(advocate, questions[i], "answered", new ActionInput(null, $"Doc {i}", null, null));
        }

        var figures = await Figures(harness, authority);
        Assert.Equal(5.5, figures.MedianDays);
        Assert.Equal(10, figures.Percentile90Days);
        Assert.Equal(1.0, figures.OnTimeShare);
    }

    private static async Task<AuthorityFiguresView> Figures(RuntimeHarness harness, int authority) =>
        (await harness.With<AuthorityFigures, Outcome<AuthorityFiguresView>>(f => f.Handle(authority, CancellationToken.None))).Value!;
}
