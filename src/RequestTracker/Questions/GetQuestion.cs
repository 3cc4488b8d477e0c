using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Requests;
using RequestTracker.Runtime;
using RequestTracker.Users;

namespace RequestTracker.Questions;

/// <summary>Reads a question and its workflow; visible only through its request (another advocate's is 404).</summary>
internal sealed class GetQuestion(AppDbContext db, DefinitionStore definitions, TimeProvider clock)
{
    public async Task<Outcome<QuestionView>> Handle(CurrentUser user, int id, CancellationToken ct)
    {
        var question = await db.QuestionsVisibleTo(user).AsNoTracking().FirstOrDefaultAsync(q => q.Id == id, ct);
        if (question is null)
        {
            return Outcome<QuestionView>.NotFound();
        }

        var instance = await db.Workflows.AsNoTracking().FirstOrDefaultAsync(w => w.QuestionId == id, ct);
        if (instance is null)
        {
            return Outcome<QuestionView>.Ok(new QuestionView(question.Id, question.RequestId, question.Position, question.Category, question.Text,
                null, null, null, Standing.Of(null, null, clock.GetUtcNow().UtcDateTime), null, null, null, null, 0, [], null, null, null, null, []));
        }

        var lifecycle = await definitions.Lifecycle(instance.LifecycleHash, db, ct);
        var law = await definitions.Law(instance.LawHash, db, ct);
        var calendar = await WorkflowEngine.ZonedCalendar(definitions, db, instance, ct);
        var next = await db.Timers.AsNoTracking().Where(t => t.QuestionId == id).OrderBy(t => t.DueAt)
            .Select(t => new TimerView(t.Instant, t.Trigger, t.DueAt)).FirstOrDefaultAsync(ct);
        var state = lifecycle.State(instance.State);
        var taken = await db.Journal.AsNoTracking().Where(j => j.QuestionId == id && j.Event == Triggers.StepDue)
            .OrderBy(j => j.Id).Select(j => j.ScheduledFor ?? j.At).ToListAsync(ct);
        var ladder = LadderPlan.Of(instance, law, calendar, taken)
            .Select(r => new LadderStepView(r.Level, r.Step.Id, r.Step.Name, r.Step.To, r.Step.Window.ToString(), r.Status, r.At) { Day = LegalDay.Iso(r.At, calendar.Zone.Id) })
            .ToList();
        var computation = ComputationRecord.FromJson(instance.DueComputation);
        var waiting = Categories.Waiting(state.Category);
        var closedAt = waiting ? null : await db.Journal.AsNoTracking()
            .Where(j => j.QuestionId == id && j.ToState == instance.State && j.FromState != instance.State)
            .OrderByDescending(j => j.Id).Select(j => (DateTime?)j.At).FirstOrDefaultAsync(ct);
        // A withdrawn request's questions take no more actions, not even a correction that would restart one.
        var withdrawn = await db.Requests.AnyAsync(r => r.Id == question.RequestId && r.Status == RequestStatus.Withdrawn, ct);
        var permitted = withdrawn ? [] : lifecycle.Permitted(instance.State);
        return Outcome<QuestionView>.Ok(new QuestionView(
            question.Id, question.RequestId, question.Position, question.Category, question.Text,
            instance.State, state.Label, state.Category, Standing.Of(state.Category, instance.DueAt, clock.GetUtcNow().UtcDateTime),
            new DefinitionRef(lifecycle.Id, lifecycle.Version, lifecycle.Hash), law.Id,
            instance.DueAt, computation, instance.EscalationLevel, ladder, next,
            instance.RightsLapseAt, instance.DocumentReference, instance.Exemption, permitted)
        {
            DeadlineStatus = state.Category switch
            {
                Categories.Open => "running",
                Categories.Paused => "stopped",
                Categories.Escalated => "passed",
                _ => state.Label.ToLowerInvariant(),
            },
            ClosedAt = closedAt,
            DueDate = LegalDay.Iso(instance.DueAt, calendar.Zone.Id),
            Zone = calendar.Zone.Id,
            EarliestDueDate = LegalDay.Iso(instance.EarliestDueAt, calendar.Zone.Id),
            Provisional = computation?.Provisional ?? false,
            RightsLapseDate = LegalDay.Iso(instance.RightsLapseAt, calendar.Zone.Id),
            Requires = permitted.Where(a => lifecycle.Required(a).Count > 0).ToDictionary(a => a, lifecycle.Required),
        });
    }

    /// <summary>Every timer armed for the question (a state may arm several), soonest first.</summary>
    public async Task<IReadOnlyList<TimerView>> Timers(CurrentUser user, int id, CancellationToken ct) =>
        await db.Timers.AsNoTracking()
            .Where(t => t.QuestionId == id && db.QuestionsVisibleTo(user).Any(q => q.Id == id))
            .OrderBy(t => t.DueAt)
            .Select(t => new TimerView(t.Instant, t.Trigger, t.DueAt))
            .ToListAsync(ct);
}
