using Microsoft.EntityFrameworkCore;
using RequestTracker.Definitions;
using RequestTracker.Runtime;

namespace RequestTracker.Tests.Runtime;

/// <summary>Rows from before deadlines were stored as days get, at start-up, the days the engine would have stored.</summary>
public sealed class DeadlineDaysBackfillTests
{
    [Fact]
    public async Task Each_missing_day_is_filled_with_the_day_the_engine_stores_and_a_stored_day_is_never_recomputed()
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

        // Each row misses one day, so each of the backfill's conditions alone must find it; the refused row also holds a
        // day no computation gives, which must survive its other day being filled.
        var kept = new DateOnly(2000, 1, 1);
        await h.Db(db => db.Workflows.Where(w => w.QuestionId == answered).ExecuteUpdateAsync(s => s.SetProperty(w => w.DueOn, (DateOnly?)null)));
        await h.Db(db => db.Workflows.Where(w => w.QuestionId == refused).ExecuteUpdateAsync(s => s.SetProperty(w => w.RightsLapseOn, (DateOnly?)null).SetProperty(w => w.DueOn, kept)));
        await h.Db(db => db.Workflows.Where(w => w.QuestionId == silent).ExecuteUpdateAsync(s => s.SetProperty(w => w.LadderEndOn, (DateOnly?)null)));
        await h.With<DefinitionStore, int>(async definitions => await h.Db(async db =>
        {
            await new DeadlineDaysBackfill(definitions).Run(db, CancellationToken.None);
            return 0;
        }));

        var filled = (await Days(h)).ToDictionary(r => r.QuestionId);
        Assert.Equal(stored[answered], filled[answered]);
        Assert.Equal(stored[silent], filled[silent]);
        Assert.Equal(stored[refused] with { DueOn = kept }, filled[refused]);
    }

    private static Task<List<Row>> Days(EngineHarness h) =>
        h.Db(async db => (await db.Workflows.AsNoTracking().OrderBy(w => w.QuestionId)
            .Select(w => new { w.QuestionId, w.DueOn, w.EarliestDueOn, w.RightsLapseOn, w.LadderEndOn }).ToListAsync())
            .Select(w => new Row(w.QuestionId, w.DueOn, w.EarliestDueOn, w.RightsLapseOn, w.LadderEndOn)).ToList());

    private sealed record Row(int QuestionId, DateOnly? DueOn, DateOnly? EarliestDueOn, DateOnly? RightsLapseOn, DateOnly? LadderEndOn);
}
