using Microsoft.EntityFrameworkCore;
using NodaTime;
using RequestTracker.Data;
using RequestTracker.Definitions;

namespace RequestTracker.Runtime;

/// <summary>
/// One transition on a loaded workflow: checks, effects, state, timers, emails, journal. It changes tracked
/// entities only; the caller commits (the instance's Sequence is the concurrency token).
/// </summary>
internal sealed class WorkflowTransition(AppDbContext db, EmailQueue emails)
{
    /// <summary>Applies <paramref name="trigger"/>; the refusal when the state or the law does not allow it as given.</summary>
    /// <remarks>
    /// The law's arithmetic runs from <paramref name="scheduled"/> when a timer fires (the instant it was due,
    /// so a late firing after downtime never shifts the ladder), else from <paramref name="at"/>.
    /// </remarks>
    public async Task<TransitionRefusal?> Apply(
        WorkflowContext context, Trigger trigger, ActionInput input, string actor, Instant at, Instant? scheduled, CancellationToken ct, TimerInstant? firingInstant = null)
    {
        var instance = context.Instance;
        var lifecycle = context.Lifecycle;
        var state = lifecycle.State(instance.State);
        if (!state.On.TryGetValue(trigger, out var target))
        {
            return new TransitionRefusal(false, $"The action '{Triggers.Word(trigger).Replace('-', ' ')}' is not permitted while the question is {state.Label.ToLowerInvariant()}.", lifecycle.Permitted(instance.State));
        }

        if (lifecycle.Required(trigger).FirstOrDefault(field => !input.Has(field)) is { } missing)
        {
            return new TransitionRefusal(true, $"The action '{Triggers.Word(trigger).Replace('-', ' ')}' must give {Evidence.Describe(missing)}.", [], missing);
        }

        if (target == LifecycleDefinition.Previous)
        {
            // The state the question was in when the outcome being corrected was recorded.
            target = await db.Journal.Where(j => j.QuestionId == context.QuestionId && j.ToState == instance.State && j.FromState != null && j.FromState != instance.State)
                .OrderByDescending(j => j.Id).Select(j => j.FromState).FirstOrDefaultAsync(ct) ?? lifecycle.Initial;
        }

        var effect = new TriggerEffects(context, input, scheduled ?? at).Run(trigger);
        if (effect.Refusal is not null)
        {
            return effect.Refusal;
        }

        var from = instance.State;
        var fromCategory = instance.Category;
        instance.MoveTo(target, lifecycle.State(target).Category, at);
        OutcomeRecord.Update(instance, trigger, fromCategory, at, context.Calendar.Zone, input);
        // The entry's time is when it was recorded; the letter's own dates are said in words first.
        var notes = new List<string?> { LetterDates.Note(input.LetterDate, input.ReceivedOn), effect.Note, input.Note };
        // A back-dated request catching up: a letter due before anyone here knew of the request waits for the advocate.
        var beforeRecorded = scheduled is { } due && context.Subject.RecordedAt is { } recorded && due.ToDateTimeUtc() < recorded;
        foreach (var email in effect.Emails)
        {
            notes.Add(await emails.Queue(context.Subject, context.QuestionId, email, at, ct, context.Law, actor, beforeRecorded));
        }

        Journal.Append(db, context.RequestId, context.QuestionId, Triggers.Word(trigger), actor, at, string.Join(" ", notes.Where(n => !string.IsNullOrWhiteSpace(n))),
            effect.Rule, from, target, scheduled);
        db.Timers.RemoveRange(context.Timers);
        context.Timers.Clear();
        Arm(context, lifecycle.State(target), at, firingInstant is { } firingAt ? (firingAt, scheduled!.Value) : null);
        return null;
    }

    /// <summary>Arms the timers of the state the question is now in, each for the instant the instance holds for it.</summary>
    /// <remarks>
    /// A timer is never re-armed for the same instant at or before the one now firing: a self-transition on
    /// a timer trigger whose instant did not move would otherwise fire forever.
    /// </remarks>
    public void Arm(WorkflowContext context, StateDefinition state, Instant at, (TimerInstant Instant, Instant Due)? firing = null)
    {
        var instance = context.Instance;
        foreach (var spec in state.Timers)
        {
            DateTime? dueAt = spec.At switch
            {
                TimerInstant.Deadline => state.ClockStopped ? null : instance.DueAt,
                TimerInstant.NextStep => instance.NextStepAt,
                TimerInstant.LadderEnd => instance.NextStepAt is null ? instance.LadderEndAt : null,
                TimerInstant.RightsWarning => instance.RightsWarningAt,
                TimerInstant.Acknowledgement => instance.AcknowledgeAt,
                _ => null,
            };
            if (dueAt is { } due && (firing is not { } f || f.Instant != spec.At || Instant.FromDateTimeUtc(due) > f.Due))
            {
                var timer = new WorkflowTimer
                {
                    QuestionId = context.QuestionId,
                    Instant = spec.At,
                    Trigger = spec.Fires,
                    DueAt = due,
                    Sequence = instance.Sequence,
                    CreatedAt = at.ToDateTimeUtc(),
                };
                db.Timers.Add(timer);
                context.Timers.Add(timer);
            }
        }
    }
}
