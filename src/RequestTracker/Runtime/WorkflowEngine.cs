using Microsoft.EntityFrameworkCore;
using NodaTime;
using RequestTracker.Background;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Laws;
using RequestTracker.Telemetry;

namespace RequestTracker.Runtime;

/// <summary>What an action on one or more questions came to: not found, refused (with which question), or done.</summary>
internal sealed record ActResult(bool Found, TransitionRefusal? Refusal, int? RefusedQuestionId = null);

/// <summary>
/// The one write path. Every change to a question — a user action, a timer, an incoming reply, a
/// withdrawal — goes through <see cref="Apply"/>, which updates the instance (its Sequence is the
/// concurrency token), cancels the question's timers, arms the new state's timers, queues the emails its
/// effects decided and appends the journal; one SaveChanges commits all of it. Nothing is sent or
/// scheduled outside that commit.
/// </summary>
internal sealed partial class WorkflowEngine(AppDbContext db, DefinitionStore definitions, IWorkflowSubjects subjects, TimeProvider clock, WorkSignal signal)
{
    /// <summary>Journal actor of a timer firing: "timer@" and the worker's lease owner, so operators see which replica fired it.</summary>
    public const string TimerActor = "timer@";

    private Instant Now => Instant.FromDateTimeOffset(clock.GetUtcNow());

    /// <summary>Starts one workflow per question of a request being sent and queues the request email; the caller saves.</summary>
    /// <remarks><paramref name="at"/> is for the demo, which replays a case that began weeks ago; otherwise now.</remarks>
    public async Task Start(int requestId, string actor, CancellationToken ct, Instant? at = null)
    {
        var subject = await Subject(requestId, ct);
        var source = await subjects.ToStart(requestId, ct);
        var questionIds = source.QuestionIds;
        var catalog = definitions.Catalog;
        var lifecycle = catalog.Question;
        var law = catalog.Laws[source.LawId];
        // The authority's zone decides the day of receipt and the end of the last day; the calendar its holidays.
        var calendar = catalog.Calendars[law.CalendarId];
        calendar = calendar.InZone(LocalDays.Zone(subject.AuthorityZone, calendar.Zone));
        var now = at ?? Now;
        var (due, earliest, explanation) = FirstDeadline(law, calendar, now);
        foreach (var questionId in questionIds)
        {
            var instance = new WorkflowInstance
            {
                QuestionId = questionId,
                RequestId = requestId,
                AuthorityId = source.AuthorityId,
                LifecycleId = lifecycle.Id,
                LifecycleVersion = lifecycle.Version,
                LifecycleHash = lifecycle.Hash,
                LawId = law.Id,
                LawHash = law.Hash,
                CalendarHash = definitions.CalendarHash(calendar.Id),
                Zone = calendar.Zone.Id,
                State = lifecycle.Initial,
                Category = lifecycle.State(lifecycle.Initial).Category,
                Sequence = 1,
                StartedAt = now.ToDateTimeUtc(),
                UpdatedAt = now.ToDateTimeUtc(),
            };
            instance.SetDue(due, earliest, explanation);
            db.Workflows.Add(instance);
            using (var span = QuestionTraces.Start("question sent", questionId, requestId))
            {
                span?.SetTag("requesttracker.law", law.Id);
                span?.SetTag("requesttracker.due", instance.DueAt);
            }

            var context = new WorkflowContext(instance, subject, lifecycle, law, calendar, []);
            Journal.Append(db, context.RequestId, questionId, JournalEvents.Started, actor, now, $"Sent to {subject.Authority.Name}. {explanation}",
                $"{law.Name}: first response {law.Response}; lifecycle {lifecycle.Id} v{lifecycle.Version}", to: lifecycle.Initial);
            Arm(context, lifecycle.State(lifecycle.Initial), now);
        }

        await Queue(subject, null, new EmailDecision("request", null, Recipients.Authority, $"request:{requestId}:sent"), now, ct);
    }

    /// <summary>
    /// The first response deadline. Where the law counts from registration, the ladder waits for the latest
    /// possible deadline (registered on the last day allowed) and the earliest is kept to be shown beside it.
    /// </summary>
    private static (DeadlineComputation Due, DeadlineComputation? Earliest, string Explanation) FirstDeadline(LawDefinition law, WorkCalendar calendar, Instant received)
    {
        var roll = law.LastDayRollsToWorkingDay;
        var fromReceipt = DeadlineCalculator.Add(received, law.Counted, calendar, roll);
        if (law.Registration is not { } registration)
        {
            return (fromReceipt, null, Cited(law, fromReceipt));
        }

        var registered = DeadlineCalculator.Add(received, registration, calendar, roll);
        var latest = DeadlineCalculator.After(registered.Due, law.Counted, calendar, roll);
        var lastRegistration = registered.Deadline.Brief("en");
        var earliestDay = fromReceipt.Deadline.Brief("en");
        return (latest, fromReceipt,
            $"The period runs from registration, due within {registration} of receipt (by the end of {lastRegistration}). " +
            $"Registered on the day of receipt, the deadline would be the end of {earliestDay}; registered on the last day allowed: {latest.Explain()} " +
            $"Escalation waits for this later date.{Sources(law, latest, "registration")}");
    }

    /// <summary>An explanation with the sections of the law it applies.</summary>
    private static string Cited(LawDefinition law, DeadlineComputation computation) => computation.Explain() + Sources(law, computation);

    private static string Sources(LawDefinition law, DeadlineComputation computation, params string[] also)
    {
        var rules = also.Append("response").Concat(computation.RolledForward ? ["lastDayRollsToWorkingDay"] : [])
            .Where(law.Sources.ContainsKey).Select(r => $"{Describe(r)}: {law.Sources[r]}").ToList();
        return rules.Count == 0 ? string.Empty : $" Sources — {string.Join("; ", rules)}.";
    }

    private static string Describe(string rule) => rule switch
    {
        "registration" => "registration",
        "response" => "response time",
        "lastDayRollsToWorkingDay" => "a last day that is not a working day",
        _ => rule,
    };

    /// <summary>
    /// A user's action on one or more questions of one request, in one transaction: all of them, or none
    /// (the first refusal names its question). Retried on a concurrent change.
    /// </summary>
    public Task<ActResult> Act(IReadOnlyList<int> questionIds, string trigger, ActionInput input, string actor, CancellationToken ct, Instant? at = null) =>
        ActEach(questionIds.Select(id => (id, trigger, input)).ToList(), actor, ct, at);

    /// <summary>Each question its own action (a reply classified question by question), all in one transaction or none.</summary>
    public Task<ActResult> ActEach(IReadOnlyList<(int QuestionId, string Trigger, ActionInput Input)> actions, string actor, CancellationToken ct, Instant? at = null) =>
        // A concurrent change of a question, or of the same request's email: reload and decide again.
        Conflicts.Retry(db, async () =>
        {
            foreach (var (questionId, trigger, input) in actions)
            {
                var context = await Load(questionId, ct);
                if (context is null)
                {
                    db.ChangeTracker.Clear();
                    return new ActResult(false, null, questionId);
                }

                var refusal = await Apply(context, trigger, input, actor, at ?? Now, scheduled: null, ct);
                if (refusal is not null)
                {
                    db.ChangeTracker.Clear();
                    return new ActResult(true, refusal, questionId);
                }
            }

            await db.SaveChangesAsync(ct);
            signal.Notify();
            return new ActResult(true, null);
        });

    /// <summary>
    /// Stages a system trigger (an incoming reply, a withdrawal) on a question without saving, so several
    /// questions and what caused it commit together. Where the state has no transition for it, the event is
    /// still journaled. Returns the loaded context, or null when the question has no workflow.
    /// </summary>
    /// <remarks>
    /// <paramref name="arrivedOn"/>: for a reply that came by post (or another way a person records later), the
    /// day it arrived — its start in the workflow's zone is when the authority replied, for its figures.
    /// </remarks>
    public async Task<WorkflowContext?> Stage(int questionId, string trigger, string note, string actor, CancellationToken ct, bool recordIfNotPermitted = true, DateOnly? arrivedOn = null)
    {
        var context = await Load(questionId, ct);
        if (context is null)
        {
            return null;
        }

        var refusal = await Apply(context, trigger, new ActionInput(note, null, null, null), actor, Now, scheduled: null, ct);
        if (refusal is null && arrivedOn is { } day && context.Instance.RepliedAt is not null)
        {
            context.Instance.RepliedAt = LetterDates.Arrival(day, context.Calendar.Zone, Now).ToDateTimeUtc();
        }

        if (refusal is not null && recordIfNotPermitted)
        {
            Journal.Append(db, context.RequestId, questionId, trigger, actor, Now, note, "No transition in this state; recorded only.", context.Instance.State, context.Instance.State);
        }

        return context;
    }

    /// <summary>Queues an email a caller decided outside a transition (the advocate told of a reply, a withdrawal notice); the caller saves.</summary>
    public async Task<string> Queue(int requestId, int? questionId, EmailDecision email, CancellationToken ct) =>
        await Queue(await Subject(requestId, ct), questionId, email, Now, ct);

    /// <summary>The question's workflow (tracked), its subject and its timers; null when the question has no workflow.</summary>
    public async Task<WorkflowContext?> Load(int questionId, CancellationToken ct) =>
        (await LoadMany([questionId], ct)).GetValueOrDefault(questionId);

    /// <summary>
    /// Several questions' workflows (tracked) with their subjects and timers, keyed by question: three
    /// queries whatever the count (definitions come from the store's cache).
    /// </summary>
    private async Task<Dictionary<int, WorkflowContext>> LoadMany(IReadOnlyCollection<int> questionIds, CancellationToken ct)
    {
        var instances = await db.Workflows.Where(w => questionIds.Contains(w.QuestionId)).ToListAsync(ct);
        if (instances.Count == 0)
        {
            return [];
        }

        var timers = (await db.Timers.Where(t => questionIds.Contains(t.QuestionId)).ToListAsync(ct)).ToLookup(t => t.QuestionId);
        var byRequest = await subjects.Of(instances.Select(i => i.RequestId).Distinct().ToList(), ct);
        var contexts = new Dictionary<int, WorkflowContext>(instances.Count);
        foreach (var instance in instances)
        {
            contexts[instance.QuestionId] = new WorkflowContext(
                instance,
                byRequest[instance.RequestId],
                await definitions.Lifecycle(instance.LifecycleHash, db, ct),
                await definitions.Law(instance.LawHash, db, ct),
                await ZonedCalendar(definitions, db, instance, ct),
                timers[instance.QuestionId].ToList());
        }

        return contexts;
    }

    /// <summary>The calendar a workflow counts in: its pinned holidays, in the zone it started with.</summary>
    public static async Task<WorkCalendar> ZonedCalendar(DefinitionStore definitions, AppDbContext db, WorkflowInstance instance, CancellationToken ct)
    {
        var calendar = await definitions.Calendar(instance.CalendarHash, db, ct);
        return calendar.InZone(LocalDays.Zone(instance.Zone, calendar.Zone));
    }

    /// <summary>The request's authority, its escalation contacts and the advocate, in one query.</summary>
    private async Task<WorkflowSubject> Subject(int requestId, CancellationToken ct) => (await subjects.Of([requestId], ct))[requestId];

    /// <summary>The transition itself: checks, effects, state, timers, emails, journal. Mutates tracked entities only.</summary>
    /// <remarks>
    /// The law's arithmetic runs from <paramref name="scheduled"/> when a timer fires (the instant it was due,
    /// so a late firing after downtime never shifts the ladder), else from <paramref name="at"/>.
    /// </remarks>
    private async Task<TransitionRefusal?> Apply(
        WorkflowContext context, string trigger, ActionInput input, string actor, Instant at, Instant? scheduled, CancellationToken ct, string? firingInstant = null)
    {
        var instance = context.Instance;
        var lifecycle = context.Lifecycle;
        var state = lifecycle.State(instance.State);
        if (!state.On.TryGetValue(trigger, out var target))
        {
            return new TransitionRefusal(false, $"'{trigger}' is not permitted while the question is {state.Label.ToLowerInvariant()}.", lifecycle.Permitted(instance.State));
        }

        if (lifecycle.Required(trigger).FirstOrDefault(field => !input.Has(field)) is { } missing)
        {
            return new TransitionRefusal(true, $"'{trigger}' must give {Evidence.Describe(missing)}.", [], missing);
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
        instance.State = target;
        instance.Category = lifecycle.State(target).Category;
        OutcomeRecord.Update(instance, trigger, fromCategory, at, context.Calendar.Zone, input);
        instance.Sequence++;
        instance.UpdatedAt = at.ToDateTimeUtc();
        // The entry's time is when it was recorded; the letter's own dates are said in words first.
        var notes = new List<string?> { LetterDates.Note(input.LetterDate, input.ReceivedOn), effect.Note, input.Note };
        foreach (var email in effect.Emails)
        {
            notes.Add(await Queue(context.Subject, context.QuestionId, email, at, ct, context.Law, actor));
        }

        Journal.Append(db, context.RequestId, context.QuestionId, trigger, actor, at, string.Join(" ", notes.Where(n => !string.IsNullOrWhiteSpace(n))),
            effect.Rule, from, target, scheduled);
        db.Timers.RemoveRange(context.Timers);
        context.Timers.Clear();
        Arm(context, lifecycle.State(target), at, firingInstant is null ? null : (firingInstant, scheduled!.Value));
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
                Instants.Deadline => state.ClockStopped ? null : instance.DueAt,
                Instants.NextStep => instance.NextStepAt,
                Instants.LadderEnd => instance.NextStepAt is null ? instance.LadderEndAt : null,
                Instants.RightsWarning => instance.RightsWarningAt,
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

    /// <summary>
    /// Queues one email unless the same decision already queued it (another question of the request). A ladder step's
    /// complaint, appeal or filing is not emailed but drafted for the advocate (<see cref="LetterDrafts"/>): they read
    /// it, may change it, and send or file it; so is any letter whose recipient has no address yet.
    /// </summary>
    private async Task<string> Queue(WorkflowSubject subject, int? questionId, EmailDecision email, Instant at, CancellationToken ct, LawDefinition? law = null, string actor = "runtime")
    {
        var step = email.StepId is { } stepId ? law?.Ladder.FirstOrDefault(s => s.Id == stepId) : null;
        var recipient = Recipient(subject, email.To);
        if (step is { Kind: not StepKind.Note } && (step.Kind == StepKind.Filing || (step.Review && !subject.AutoSend) || recipient is null))
        {
            return await LetterDrafts.Draft(db, subject, questionId, email, step, recipient is null, at, actor, ct);
        }

        if (db.Outbox.Local.Any(o => o.DedupKey == email.DedupKey) || await db.Outbox.AnyAsync(o => o.DedupKey == email.DedupKey, ct))
        {
            return $"Email '{email.Template}' to {recipient?.Name ?? subject.Owner.Name} already queued for this request.";
        }

        var (name, address) = recipient ?? (subject.Owner.Name, subject.Owner.Email);
        db.Outbox.Add(new OutboxMessage
        {
            RequestId = subject.RequestId,
            QuestionId = questionId,
            Template = email.Template,
            StepId = email.StepId,
            Language = email.To == Recipients.Advocate ? subject.OwnerLanguage : subject.Language,
            RecipientName = name,
            RecipientAddress = address,
            DedupKey = email.DedupKey,
            Status = OutboxStatus.Queued,
            CreatedAt = at.ToDateTimeUtc(),
        });
        return $"Email '{email.Template}' queued to {name} <{address}>.";
    }

    /// <summary>Who an email goes to; null when it is an escalation contact the authority does not have (the letter then waits for one).</summary>
    internal static (string Name, string Address)? Recipient(WorkflowSubject subject, string to)
    {
        if (to == Recipients.Authority)
        {
            return (subject.Authority.Name, subject.Authority.Email);
        }

        if (to.StartsWith(Recipients.EscalationPrefix, StringComparison.Ordinal) && LawParser.EscalationKind(to) is { } kind)
        {
            return subject.Contacts.OrderBy(c => c.Position).FirstOrDefault(c => c.Kind == kind) is { } contact ? (contact.Name, contact.Email) : null;
        }

        return (subject.Owner.Name, subject.Owner.Email);
    }
}
