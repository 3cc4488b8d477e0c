using Microsoft.EntityFrameworkCore;
using RequestTracker.Definitions;
using RequestTracker.Runtime;

namespace RequestTracker.Tests.Runtime;

/// <summary>Rows from before deadlines were stored as days get, at start-up, the days the engine would have stored.</summary>
public sealed class DeadlineDaysBackfillTests
{
    [Fact]
    public async Task Rows_without_their_days_get_the_days_the_engine_stores_and_rows_with_them_are_left_alone()
    {
        await using var h = await EngineHarness.Start(new DateTimeOffset(2022, 1, 10, 9, 0, 0, TimeSpan.Zero));
        var silent = (await h.Send(1)).QuestionIds[0];
        await h.Act((await h.Send(1)).QuestionIds[0], "refused", exemption: "s.27");
        await h.Send(1);
        await h.RunUntil(new DateTimeOffset(2022, 9, 1, 9, 0, 0, TimeSpan.Zero)); // the silent ones climb the whole ladder
        var stored = await Days(h);
        Assert.All(stored, row => Assert.NotNull(row.DueOn));
        Assert.Contains(stored, row => row.RightsLapseOn is not null);
        Assert.Contains(stored, row => row.QuestionId == silent && row.LadderEndOn is not null);

        await h.Db(db => db.Workflows.Where(w => w.QuestionId != silent).ExecuteUpdateAsync(s => s
            .SetProperty(w => w.DueOn, (DateOnly?)null).SetProperty(w => w.EarliestDueOn, (DateOnly?)null)
            .SetProperty(w => w.RightsLapseOn, (DateOnly?)null).SetProperty(w => w.LadderEndOn, (DateOnly?)null)));
        await h.Db(db => db.Workflows.Where(w => w.QuestionId == silent).ExecuteUpdateAsync(s => s.SetProperty(w => w.DueOn, new DateOnly(2000, 1, 1))));
        await h.With<DefinitionStore, int>(async definitions => await h.Db(async db =>
        {
            await new DeadlineDaysBackfill(definitions).Run(db, CancellationToken.None);
            return 0;
        }));

        var filled = await Days(h);
        Assert.Equal(stored.Where(r => r.QuestionId != silent), filled.Where(r => r.QuestionId != silent));
        Assert.Equal(new DateOnly(2000, 1, 1), filled.Single(r => r.QuestionId == silent).DueOn); // a stored day is never recomputed
    }

    private static Task<List<(int QuestionId, DateOnly? DueOn, DateOnly? EarliestDueOn, DateOnly? RightsLapseOn, DateOnly? LadderEndOn)>> Days(EngineHarness h) =>
        h.Db(async db => (await db.Workflows.AsNoTracking().OrderBy(w => w.QuestionId)
            .Select(w => new { w.QuestionId, w.DueOn, w.EarliestDueOn, w.RightsLapseOn, w.LadderEndOn }).ToListAsync())
            .Select(w => (w.QuestionId, w.DueOn, w.EarliestDueOn, w.RightsLapseOn, w.LadderEndOn)).ToList());
}
