using NodaTime;
using RequestTracker.Background;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Laws;
using RequestTracker.Telemetry;

namespace RequestTracker.Runtime;

/// <summary>
/// How a request starts when it is not sent from here: passed on (the letter that tells the new body, instead of the request),
/// or sent by the advocate themselves and recorded (no letter: <paramref name="Template"/> null); and the journal's opening
/// words for each question (where it came from, from when its time runs).
/// </summary>
internal sealed record StartFrom(string? Template, string Note)
{
    /// <summary>When it was recorded here, if later than the moment its time runs from: the journal's time for the opening entry.</summary>
    public Instant? RecordedAt { get; init; }
}

/// <summary>What an action on one or more questions came to: not found, refused (with which question), or done.</summary>
internal sealed record ActResult(bool Found, TransitionRefusal? Refusal, int? RefusedQuestionId = null);

/// <summary>
/// The one write path. Every change to a question — a user action, a timer (<see cref="TimerFiring"/>), an
/// incoming reply, a withdrawal — is a <see cref="WorkflowTransition"/> on workflows the <see cref="WorkflowReader"/>
/// loaded: it updates the instance (its Sequence is the concurrency token), cancels the question's timers, arms
/// the new state's timers, queues the emails its effects decided (<see cref="EmailQueue"/>) and appends the
/// journal; one SaveChanges commits all of it. Nothing is sent or scheduled outside that commit.
/// </summary>
internal sealed class WorkflowEngine(AppDbContext db, DefinitionStore definitions, WorkflowReader reader, WorkflowTransition transition, EmailQueue emails, IWorkflowSubjects subjects, TimeProvider clock, WorkSignal signal)
{
    private Instant Now => Instant.FromDateTimeOffset(clock.GetUtcNow());

    /// <summary>Starts one workflow per question of a request being sent and queues the request email; the caller saves.</summary>
    /// <remarks>
    /// <paramref name="at"/>: when the authority received it, if not now — the demo replays a case that began weeks ago,
    /// and a transferred request counts from its first receipt or from the transfer (<paramref name="from"/>).
    /// </remarks>
    public async Task Start(int requestId, string actor, CancellationToken ct, Instant? at = null, StartFrom? from = null)
    {
        var subject = await reader.Subject(requestId, ct);
        var catalog = definitions.Catalog;
        var lifecycle = catalog.Question;
        var law = catalog.Laws[subject.LawId];
        // The authority's zone decides the day of receipt and the end of the last day; the calendar its holidays.
        var calendar = catalog.Calendars[law.CalendarId];
        calendar = calendar.InZone(LocalDays.Zone(subject.AuthorityZone, calendar.Zone));
        var now = at ?? Now;
        var first = FirstDeadline.Of(law, calendar, now);
        foreach (var questionId in await subjects.QuestionsOf(requestId, ct))
        {
            var instance = WorkflowInstance.Begin(questionId, subject, lifecycle, law, definitions.CalendarHash(calendar.Id), calendar.Zone, now);
            instance.SetDue(first.Due, first.Earliest, first.Explanation);
            instance.ExpectAcknowledgement(law.Acknowledgement is { } acknowledge ? DeadlineCalculator.Add(now, acknowledge, calendar, law.LastDayRollsToWorkingDay) : null);
            db.Workflows.Add(instance);
            using (var span = QuestionTraces.Start("question sent", questionId, requestId))
            {
                span?.SetTag("requesttracker.law", law.Id);
                span?.SetTag("requesttracker.due", instance.DueAt);
            }

            var context = new WorkflowContext(instance, subject, lifecycle, law, calendar, []);
            Journal.Append(db, context.RequestId, questionId, JournalEvents.Started, actor, from?.RecordedAt ?? now, $"{from?.Note ?? $"Sent to {subject.Authority.Name}."} {first.Explanation}",
                $"{law.Name}: first response {law.Response}; {lifecycle.Name}, version {lifecycle.Version}", to: lifecycle.Initial);
            transition.Arm(context, lifecycle.State(lifecycle.Initial), now);
        }

        if (from is not { Template: null })
        {
            await emails.Queue(subject, null, new EmailDecision(from?.Template ?? "request", null, Recipient.Authority, $"request:{requestId}:sent"), now, ct);
        }
    }

    /// <summary>
    /// Stages one action on one question without saving, so it commits with what the caller does beside it (a transfer
    /// creates the request the question goes on in). The refusal when the state or the law does not allow it.
    /// </summary>
    public async Task<TransitionRefusal?> StageAction(int questionId, Trigger trigger, ActionInput input, string actor, CancellationToken ct)
    {
        var context = await reader.Load(questionId, ct);
        return context is null
            ? new TransitionRefusal(false, "The question has no workflow: its request has not been sent.", [])
            : await transition.Apply(context, trigger, input, actor, Now, scheduled: null, ct);
    }

    /// <summary>
    /// A user's action on one or more questions of one request, in one transaction: all of them, or none
    /// (the first refusal names its question). Retried on a concurrent change.
    /// </summary>
    public Task<ActResult> Act(IReadOnlyList<int> questionIds, Trigger trigger, ActionInput input, string actor, CancellationToken ct, Instant? at = null) =>
        ActEach(questionIds.Select(id => (id, trigger, input)).ToList(), actor, ct, at);

    /// <summary>Each question its own action (a reply classified question by question), all in one transaction or none.</summary>
    public Task<ActResult> ActEach(IReadOnlyList<(int QuestionId, Trigger Trigger, ActionInput Input)> actions, string actor, CancellationToken ct, Instant? at = null) =>
        // A concurrent change of a question, or of the same request's email: reload and decide again.
        Conflicts.Retry(db, async () =>
        {
            foreach (var (questionId, trigger, input) in actions)
            {
                var context = await reader.Load(questionId, ct);
                if (context is null)
                {
                    db.ChangeTracker.Clear();
                    return new ActResult(false, null, questionId);
                }

                var refusal = await transition.Apply(context, trigger, input, actor, at ?? Now, scheduled: null, ct);
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
    public async Task<WorkflowContext?> Stage(int questionId, Trigger trigger, string note, string actor, CancellationToken ct, bool recordIfNotPermitted = true, DateOnly? arrivedOn = null)
    {
        var context = await reader.Load(questionId, ct);
        if (context is null)
        {
            return null;
        }

        var refusal = await transition.Apply(context, trigger, new ActionInput(note, null, null, null), actor, Now, scheduled: null, ct);
        if (refusal is null && arrivedOn is { } day && context.Instance.RepliedAt is not null)
        {
            context.Instance.ReplyArrived(LetterDates.Arrival(day, context.Calendar.Zone, Now));
        }

        if (refusal is not null && recordIfNotPermitted)
        {
            Journal.Append(db, context.RequestId, questionId, Triggers.Word(trigger), actor, Now, note, "No transition in this state; recorded only.", context.Instance.State, context.Instance.State);
        }

        return context;
    }

    /// <summary>Queues an email a caller decided outside a transition (the advocate told of a reply, a withdrawal notice); the caller saves.</summary>
    public async Task<string> Queue(int requestId, int? questionId, EmailDecision email, CancellationToken ct) =>
        await emails.Queue(await reader.Subject(requestId, ct), questionId, email, Now, ct);
}
