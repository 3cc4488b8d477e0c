using Microsoft.EntityFrameworkCore;
using RequestTracker.Definitions;
using RequestTracker.Runtime;

namespace RequestTracker.Tests.Runtime;

/// <summary>Rows from before deadlines were stored as days get, at start-up, the days the engine would have stored.</summary>
public sealed class DeadlineDaysBackfillTests
{
    [Fact]
    public async Task Rows_without_their_days_get_the_days_the_engine_stores_and_a_stored_day_is_never_recomputed()
    {
        await using var h = await EngineHarness.Start(new DateTimeOffset(2022, 1, 10, 9, 0, 0, TimeSpan.Zero));
        var silent = (await h.Send(1)).QuestionIds[0];
        var refused = (await h.Send(1)).QuestionIds[0];
        var answered = (await h.Send(1)).QuestionIds[0];
        await h.Act(refused, "refused", exemption: "s.27");
        await h.Act(answered, "answered", documentReference: "A-1");
        await h.RunUntil(new DateTimeOffset(2022, 9, 1, 9, 0, 0, TimeSpan.Zero)); // the silent one climbs the whole ladder
        var stored = (await Days(h)).ToDictionary(r => r.QuestionId);
        Assert.All(stored.Values, row => Assert.NotNull(row.DueOn));
        Assert.NotNull(stored[refused].RightsLapseOn);
        Assert.NotNull(stored[silent].LadderEndOn);

        // As a row from before: every day missing. The refused row also holds a day no computation gives, which a row
        // still missing its deadline day must keep; a row that has its deadline day is not touched at all.
        var kept = new DateOnly(2000, 1, 1);
        await h.Db(db => db.Workflows.Where(w => w.QuestionId != answered).ExecuteUpdateAsync(s => s
            .SetProperty(w => w.DueOn, (DateOnly?)null).SetProperty(w => w.EarliestDueOn, (DateOnly?)null).SetProperty(w => w.LadderEndOn, (DateOnly?)null)));
        await h.Db(db => db.Workflows.Where(w => w.QuestionId == refused).ExecuteUpdateAsync(s => s.SetProperty(w => w.RightsLapseOn, kept)));
        await h.Db(db => db.Workflows.Where(w => w.QuestionId == silent).ExecuteUpdateAsync(s => s.SetProperty(w => w.RightsLapseOn, (DateOnly?)null)));
        await h.Db(db => db.Workflows.Where(w => w.QuestionId == answered).ExecuteUpdateAsync(s => s.SetProperty(w => w.LadderEndOn, kept)));
        await h.With<DefinitionStore, int>(async definitions => await h.Db(async db =>
        {
            // Batch after batch until none is left, as the background upgrade runs it.
            while (await DeadlineDaysBackfill.FillBatch(db, definitions, CancellationToken.None) > 0)
            {
            }

            return 0;
        }));

        var filled = (await Days(h)).ToDictionary(r => r.QuestionId);
        Assert.Equal(stored[silent], filled[silent]);
        Assert.Equal(stored[refused] with { RightsLapseOn = kept }, filled[refused]);
        Assert.Equal(stored[answered] with { LadderEndOn = kept }, filled[answered]);
    }

    private static Task<List<Row>> Days(EngineHarness h) =>
        h.Db(async db => (await db.Workflows.AsNoTracking().OrderBy(w => w.QuestionId)
            .Select(w => new { w.QuestionId, w.DueOn, w.EarliestDueOn, w.RightsLapseOn, w.LadderEndOn }).ToListAsync())
            .Select(w => new Row(w.QuestionId, w.DueOn, w.EarliestDueOn, w.RightsLapseOn, w.LadderEndOn)).ToList());

    private sealed record Row(int QuestionId, DateOnly? DueOn, DateOnly? EarliestDueOn, DateOnly? RightsLapseOn, DateOnly? LadderEndOn);
}
