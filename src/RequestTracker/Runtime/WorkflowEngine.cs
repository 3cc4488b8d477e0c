using Microsoft.EntityFrameworkCore;
using NodaTime;
using RequestTracker.Authorities;
using RequestTracker.Background;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Laws;
using RequestTracker.Handling;
using RequestTracker.Requests;

namespace RequestTracker.Runtime;

/// <summary>
/// The one write path. Every change to a question — a user action, a timer, an incoming reply — goes
/// through <see cref="Apply"/>, which updates the instance (its Sequence is the concurrency token),
/// cancels the question's timers, arms the new state's timers, queues emails and appends the journal;
/// the caller commits all of it with one SaveChanges. Nothing is sent or scheduled outside that commit.
/// </summary>
internal sealed class WorkflowEngine(AppDbContext db, DefinitionStore definitions, TimeProvider clock, WorkSignal signal)
{
    /// <summary>Journal actor of a timer firing: "timer@" and the worker's lease owner, so operators see which replica fired it.</summary>
    public const string TimerActor = "timer@";

    /// <summary>Starts one workflow per question of a request being sent; the caller saves.</summary>
    /// <remarks><paramref name="at"/> is for the demo, which replays a case that began weeks ago; otherwise now.</remarks>
    public async Task Start(Request request, Authority authority, string ownerName, string ownerEmail, string actor, CancellationToken ct, Instant? at = null)
    {
        var catalog = definitions.Catalog;
        var lifecycle = catalog.Question;
        var law = catalog.Laws[authority.LawId];
        var calendar = catalog.Calendars[law.CalendarId];
        var now = at ?? Now;
        var due = DeadlineCalculator.Add(now, law.Response, calendar, law.LastDayRollsToWorkingDay);
        foreach (var question in request.Questions)
        {
            var instance = new WorkflowInstance
            {
                QuestionId = question.Id,
                RequestId = request.Id,
                LifecycleId = lifecycle.Id,
                LifecycleVersion = lifecycle.Version,
                LifecycleHash = lifecycle.Hash,
                LawId = law.Id,
                LawHash = law.Hash,
                CalendarHash = definitions.CalendarHash(calendar.Id),
                State = lifecycle.Initial,
                Category = lifecycle.State(lifecycle.Initial).Category,
                Sequence = 1,
                StartedAt = now.ToDateTimeUtc(),
                UpdatedAt = now.ToDateTimeUtc(),
                DueAt = due.Due.ToDateTimeUtc(),
                DueComputation = ComputationRecord.From(due).ToJson(),
            };
            db.Workflows.Add(instance);
            var context = new WorkflowContext(instance, question, request, authority, ownerName, ownerEmail, lifecycle, law, calendar, []);
            Journal(context, "started", null, lifecycle.Initial, actor, now, null,
                $"Sent to {authority.Name}. {due.Explain()}", $"{law.Name}: first response {law.Response}; lifecycle {lifecycle.Id} v{lifecycle.Version}");
            Arm(context, lifecycle.State(lifecycle.Initial), now);
        }

        await Queue(new Addressing(request.Id, null, authority, ownerName, ownerEmail), "request", null, "authority", $"request:{request.Id}:sent", ct);
    }

    /// <summary>A user's action on a question; retried on a concurrent change, refused with the permitted actions.</summary>
    public async Task<(bool Found, TransitionRefusal? Refusal)> Act(int questionId, string trigger, ActionInput input, string actor, CancellationToken ct, Instant? at = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var context = await Load(questionId, ct);
            if (context is null)
            {
                return (false, null);
            }

            var refusal = await Apply(context, trigger, input, actor, at ?? Now, scheduled: null, ct);
            if (refusal is not null)
            {
                db.ChangeTracker.Clear();
                return (true, refusal);
            }

            try
            {
                await db.SaveChangesAsync(ct);
                signal.Notify();
                return (true, null);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // A concurrent change of the question, or of the same request's email: reload and decide again.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// Stages a system trigger (an incoming reply) on a question without saving, so several questions and
    /// the message that caused it commit together. Where the state has no transition for it, the event is
    /// still journaled. Returns the loaded context, or null when the question has no workflow.
    /// </summary>
    public async Task<WorkflowContext?> Stage(int questionId, string trigger, string note, string actor, CancellationToken ct)
    {
        var context = await Load(questionId, ct);
        if (context is null)
        {
            return null;
        }

        var refusal = await Apply(context, trigger, new ActionInput(note, null, null, null), actor, Now, scheduled: null, ct);
        if (refusal is not null)
        {
            Journal(context, trigger, context.Instance.State, context.Instance.State, actor, Now, null, note, "No transition in this state; recorded only.");
        }

        return context;
    }

    /// <summary>
    /// Fires one claimed timer. Returns false when it was no longer ours or the question changed
    /// concurrently (the transaction rolled back; the lease expires and the timer is re-examined).
    /// </summary>
    public async Task<bool> FireTimer(long timerId, string leaseOwner, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var timer = await db.Timers.AsNoTracking().FirstOrDefaultAsync(t => t.Id == timerId && t.LeaseOwner == leaseOwner, ct);
            if (timer is null)
            {
                return false;
            }

            var context = await Load(timer.QuestionId, ct);
            var tracked = context?.Timers.FirstOrDefault(t => t.Id == timerId);
            if (context is null || tracked is null)
            {
                return false;
            }

            if (tracked.Sequence != context.Instance.Sequence)
            {
                db.Timers.Remove(tracked); // armed for an older state: discarded, never fired
            }
            else
            {
                var actor = TimerActor + leaseOwner.Split('/')[0];
                var refusal = await Apply(context, timer.Trigger, new ActionInput(null, null, null, null), actor, Now, Instant.FromDateTimeUtc(timer.DueAt), ct, timer.Instant);
                if (refusal is not null)
                {
                    db.Timers.Remove(tracked);
                }
            }

            try
            {
                await db.SaveChangesAsync(ct);
                signal.Notify();
                return true;
            }
            catch (DbUpdateConcurrencyException)
            {
                // The question changed under us: roll back; the timer is re-examined when its lease ends.
                db.ChangeTracker.Clear();
                return false;
            }
            catch (DbUpdateException) when (attempt < 2)
            {
                // Another question of the same request queued the same email a moment earlier (unique
                // dedup key): start again; the retry finds that email and does not queue a second.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The question's workflow, question, request, authority (with its contacts) and owner in one query; then its timers.</summary>
    public async Task<WorkflowContext?> Load(int questionId, CancellationToken ct)
    {
        var row = await (
            from w in db.Workflows
            where w.QuestionId == questionId
            join q in db.Questions on w.QuestionId equals q.Id
            join r in db.Requests on w.RequestId equals r.Id
            select new
            {
                Instance = w,
                Question = q,
                Request = r,
                r.Authority,
                Owner = db.Users.Where(u => u.Id == r.OwnerId).Select(u => new { u.DisplayName, u.Email }).First(),
            }).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var timers = await db.Timers.Where(t => t.QuestionId == questionId).ToListAsync(ct);
        return new WorkflowContext(
            row.Instance, row.Question, row.Request, row.Authority!, row.Owner.DisplayName, row.Owner.Email ?? string.Empty,
            await definitions.Lifecycle(row.Instance.LifecycleHash, db, ct),
            await definitions.Law(row.Instance.LawHash, db, ct),
            await definitions.Calendar(row.Instance.CalendarHash, db, ct),
            timers);
    }

    private Instant Now => Instant.FromDateTimeOffset(clock.GetUtcNow());

    /// <summary>The transition itself: checks, effects, state, timers, journal. Mutates tracked entities only.</summary>
    /// <remarks>
    /// The law's arithmetic runs from <paramref name="scheduled"/> when a timer fires (the instant it was due,
    /// so a late firing after downtime never shifts the ladder), else from <paramref name="at"/>.
    /// </remarks>
    private async Task<TransitionRefusal?> Apply(
        WorkflowContext context, string trigger, ActionInput input, string actor, Instant at, Instant? scheduled, CancellationToken ct, string? firingInstant = null)
    {
        var instance = context.Instance;
        var state = context.Lifecycle.State(instance.State);
        if (!state.On.TryGetValue(trigger, out var target))
        {
            return new TransitionRefusal(false, $"'{trigger}' is not permitted while the question is {state.Label.ToLowerInvariant()}.", context.Lifecycle.Permitted(instance.State));
        }

        var effect = await new TriggerEffects(this, context, input, scheduled ?? at).Run(trigger, ct);
        if (effect.Refusal is not null)
        {
            return effect.Refusal;
        }

        var from = instance.State;
        instance.State = target;
        instance.Category = context.Lifecycle.State(target).Category;
        instance.Sequence++;
        instance.UpdatedAt = at.ToDateTimeUtc();
        var note = string.Join(" ", new[] { effect.Note, input.Note }.Where(n => !string.IsNullOrWhiteSpace(n)));
        Journal(context, trigger, from, target, actor, at, scheduled, note, effect.Rule);
        db.Timers.RemoveRange(context.Timers);
        Arm(context, context.Lifecycle.State(target), at, firingInstant is null ? null : (firingInstant, scheduled!.Value));
        return null;
    }

    /// <remarks>
    /// A timer is never re-armed for the same instant at or before the one now firing: a self-transition on
    /// a timer trigger whose instant did not move would otherwise fire forever.
    /// </remarks>
    private void Arm(WorkflowContext context, StateDefinition state, Instant at, (string Instant, Instant Due)? firing = null)
    {
        var instance = context.Instance;
        foreach (var spec in state.Timers)
        {
            DateTime? dueAt = spec.At switch
            {
                "deadline" => state.ClockStopped ? null : instance.DueAt,
                "next-step" => instance.NextStepAt,
                "ladder-end" => instance.NextStepAt is null ? instance.LadderEndAt : null,
                "rights-warning" => instance.RightsWarningAt,
                _ => null,
            };
            if (dueAt is { } due && (firing is not { } f || f.Instant != spec.At || Instant.FromDateTimeUtc(due) > f.Due))
            {
                db.Timers.Add(new WorkflowTimer
                {
                    QuestionId = context.Question.Id,
                    Instant = spec.At,
                    Trigger = spec.Fires,
                    DueAt = due,
                    Sequence = instance.Sequence,
                    CreatedAt = at.ToDateTimeUtc(),
                });
            }
        }
    }

    private void Journal(WorkflowContext context, string @event, string? from, string? to, string actor, Instant at, Instant? scheduled, string note, string rule) =>
        db.Journal.Add(new JournalEntry
        {
            QuestionId = context.Question.Id,
            RequestId = context.Request.Id,
            At = at.ToDateTimeUtc(),
            ScheduledFor = scheduled?.ToDateTimeUtc(),
            Event = @event,
            FromState = from,
            ToState = to,
            Actor = actor,
            Note = Clip.To(note, Lengths.JournalNote),
            Rule = Clip.To(rule, Lengths.JournalRule),
        });

    internal Task<string> Queue(WorkflowContext context, string template, string? stepId, string to, string dedupKey, CancellationToken ct) =>
        Queue(new Addressing(context.Request.Id, context.Question.Id, context.Authority, context.OwnerName, context.OwnerEmail), template, stepId, to, dedupKey, ct);

    /// <summary>Queues one email unless the same decision already queued it (another question of the request).</summary>
    private async Task<string> Queue(Addressing addressing, string template, string? stepId, string to, string dedupKey, CancellationToken ct)
    {
        var (name, address, note) = Recipient(addressing, to);
        if (db.Outbox.Local.Any(o => o.DedupKey == dedupKey) || await db.Outbox.AnyAsync(o => o.DedupKey == dedupKey, ct))
        {
            return $"Email '{template}' to {name} already queued for this request.";
        }

        db.Outbox.Add(new OutboxMessage
        {
            RequestId = addressing.RequestId,
            QuestionId = addressing.QuestionId,
            Template = template,
            StepId = stepId,
            RecipientName = name,
            RecipientAddress = address,
            DedupKey = dedupKey,
            Status = OutboxStatus.Queued,
            CreatedAt = Now.ToDateTimeUtc(),
        });
        return $"Email '{template}' queued to {name} <{address}>.{note}";
    }

    /// <summary>Who an email goes to. A missing escalation contact falls back to the advocate: nothing is dropped.</summary>
    private static (string Name, string Address, string Note) Recipient(Addressing context, string to)
    {
        if (to == "authority")
        {
            return (context.Authority.Name, context.Authority.ContactEmail, string.Empty);
        }

        if (to.StartsWith("escalation:", StringComparison.Ordinal) && LawParser.EscalationKind(to) is { } kind)
        {
            if (context.Authority.EscalationContacts.OrderBy(c => c.Position).FirstOrDefault(c => c.Kind == kind) is { } contact)
            {
                return (contact.Name, contact.Email, string.Empty);
            }

            return (context.OwnerName, context.OwnerEmail, $" {context.Authority.Name} has no {kind} contact on record, so the advocate is asked to send it.");
        }

        return (context.OwnerName, context.OwnerEmail, string.Empty);
    }

    /// <summary>What choosing an email's recipient needs: the authority, its contacts, the advocate.</summary>
    private sealed record Addressing(int RequestId, int? QuestionId, Authority Authority, string OwnerName, string OwnerEmail);

}
