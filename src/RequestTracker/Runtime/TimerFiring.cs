using Microsoft.EntityFrameworkCore;
using NodaTime;
using RequestTracker.Background;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Telemetry;

namespace RequestTracker.Runtime;

/// <summary>Timer firing: a claimed batch through one context and one commit, one by one only on a conflict.</summary>
internal sealed class TimerFiring(AppDbContext db, WorkflowReader reader, WorkflowTransition transition, TimeProvider clock, WorkSignal signal)
{
    /// <summary>Journal actor of a timer firing: "timer@" and the worker's lease owner, so operators see which replica fired it.</summary>
    public const string TimerActor = "timer@";

    private Instant Now => Instant.FromDateTimeOffset(clock.GetUtcNow());

    /// <summary>
    /// Fires claimed timers and returns how many fired. All of them are staged in this context and committed
    /// together: one transaction, each question's Sequence still checked and each deleted timer still
    /// required to exist, so a question another replica changed meanwhile fails the commit. Then each is
    /// fired on its own, so the conflict costs only its own timer (re-examined when its lease ends).
    /// </summary>
    public async Task<int> FireTimers(IReadOnlyList<long> timerIds, string leaseToken, CancellationToken ct)
    {
        if (timerIds.Count > 1)
        {
            try
            {
                return await FireTogether(timerIds, leaseToken, ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
            }
        }

        var fired = 0;
        foreach (var id in timerIds)
        {
            fired += await FireAlone(id, leaseToken, ct) ? 1 : 0;
        }

        return fired;
    }

    /// <summary>One timer in a transaction of its own, after its chunk failed together.</summary>
    /// <remarks>
    /// Another question of the same request may have queued the same email a moment earlier (unique dedup key): the
    /// retry finds that email and does not queue a second. A concurrent change of the question itself is not retried:
    /// the timer is re-examined when its lease ends.
    /// </remarks>
    private Task<bool> FireAlone(long timerId, string leaseToken, CancellationToken ct) =>
        Conflicts.Retry(
            db,
            async () =>
            {
                try
                {
                    return await FireTogether([timerId], leaseToken, ct) > 0;
                }
                catch (DbUpdateConcurrencyException)
                {
                    db.ChangeTracker.Clear();
                    return false;
                }
            },
            retries: 2);

    /// <summary>Stages the firing of every timer still held under the token, then commits once (throws on a conflict).</summary>
    private async Task<int> FireTogether(IReadOnlyList<long> timerIds, string leaseToken, CancellationToken ct)
    {
        var timers = await db.Timers.AsNoTracking().Where(t => timerIds.Contains(t.Id) && t.LeaseOwner == leaseToken).ToListAsync(ct);
        if (timers.Count == 0)
        {
            return 0;
        }

        var contexts = await reader.LoadMany(timers.Select(t => t.QuestionId).Distinct().ToList(), ct);
        var actor = TimerActor + LeaseOwner.OwnerOf(leaseToken);
        var staged = 0;
        var spans = new List<System.Diagnostics.Activity>();
        try
        {
            foreach (var timer in timers.OrderBy(t => t.DueAt).ThenBy(t => t.Id))
            {
                if (!contexts.TryGetValue(timer.QuestionId, out var context))
                {
                    continue;
                }

                var span = FiringSpan(context, timer, timerIds.Count);
                if (await StageFiring(context, timer, actor, ct))
                {
                    staged++;
                }

                span?.SetTag("requesttracker.state.to", context.Instance.State);
                if (span is not null)
                {
                    spans.Add(span);
                }
            }

            if (staged > 0)
            {
                await db.SaveChangesAsync(ct);
                signal.Notify();
            }

            return staged;
        }
        catch (Exception e)
        {
            spans.ForEach(span => span.SetStatus(System.Diagnostics.ActivityStatusCode.Error, $"Rolled back: {e.Message}"));
            throw;
        }
        finally
        {
            spans.ForEach(span => span.Dispose());
        }
    }

    /// <summary>A firing's span, in its question's trace: what fired, how late, under which law, from which state.</summary>
    private System.Diagnostics.Activity? FiringSpan(WorkflowContext context, WorkflowTimer timer, int chunk)
    {
        var span = QuestionTraces.Start("timer fired", context.QuestionId, context.RequestId);
        span?.SetTag("requesttracker.trigger", Triggers.Word(timer.Trigger));
        span?.SetTag("requesttracker.timer.instant", Instants.Word(timer.Instant));
        span?.SetTag("requesttracker.timer.due", timer.DueAt);
        span?.SetTag("requesttracker.timer.lag_ms", (Now - Instant.FromDateTimeUtc(timer.DueAt)).TotalMilliseconds);
        span?.SetTag("requesttracker.law", context.Law.Id);
        span?.SetTag("requesttracker.state.from", context.Instance.State);
        span?.SetTag("requesttracker.batch", chunk);
        return span;
    }

    /// <summary>
    /// One timer's firing on its question's tracked context. False when an earlier firing in the same
    /// batch already replaced the question's timers (that commit deletes this one).
    /// </summary>
    private async Task<bool> StageFiring(WorkflowContext context, WorkflowTimer timer, string actor, CancellationToken ct)
    {
        var tracked = context.Timers.FirstOrDefault(t => t.Id == timer.Id);
        if (tracked is null)
        {
            return false;
        }

        if (tracked.Sequence == context.Instance.Sequence &&
            await transition.Apply(context, timer.Trigger, ActionInput.None, actor, Now, Instant.FromDateTimeUtc(timer.DueAt), ct, timer.Instant) is null)
        {
            return true;
        }

        // Armed for an older state, or refused in this one: discarded, never fired.
        db.Timers.Remove(tracked);
        context.Timers.Remove(tracked);
        return true;
    }
}
