using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Handling;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Questions;

/// <summary>Reads a question and its workflow; visible only through its request (another advocate's is 404).</summary>
internal sealed class GetQuestion(AppDbContext db, DefinitionStore definitions, TimeProvider clock)
{
    public async Task<Outcome<QuestionView>> Handle(CurrentUser user, int id, CancellationToken ct) =>
        (await Many(db.QuestionsVisibleTo(user).Where(q => q.Id == id), ct)) is [var view] ? Outcome<QuestionView>.Ok(view) : Outcome<QuestionView>.NotFound();

    /// <summary>The visible questions of a request in order, each as <see cref="Handle"/> gives it, in five queries whatever their number.</summary>
    public Task<IReadOnlyList<QuestionView>> OfRequest(CurrentUser user, int requestId, CancellationToken ct) =>
        Many(db.QuestionsVisibleTo(user).Where(q => q.RequestId == requestId), ct);

    /// <summary>The visible questions of several requests (a batch's), ordered by request then position, in the same five queries.</summary>
    public Task<IReadOnlyList<QuestionView>> OfRequests(CurrentUser user, IReadOnlyCollection<int> requestIds, CancellationToken ct) =>
        Many(db.QuestionsVisibleTo(user).Where(q => requestIds.Contains(q.RequestId)), ct);

    private async Task<IReadOnlyList<QuestionView>> Many(IQueryable<Question> which, CancellationToken ct)
    {
        var questions = await which.AsNoTracking().OrderBy(q => q.RequestId).ThenBy(q => q.Position).ToListAsync(ct);
        if (questions.Count == 0)
        {
            return [];
        }

        var ids = questions.Select(q => q.Id).ToList();
        var requestIds = questions.Select(q => q.RequestId).Distinct().ToList();
        var instances = await db.Workflows.AsNoTracking().Where(w => ids.Contains(w.QuestionId)).ToDictionaryAsync(w => w.QuestionId, ct);
        var timers = (await db.Timers.AsNoTracking().Where(t => ids.Contains(t.QuestionId)).OrderBy(t => t.DueAt)
            .Select(t => new { t.QuestionId, View = new TimerView(t.Instant, t.Trigger, t.DueAt) }).ToListAsync(ct)).ToLookup(t => t.QuestionId, t => t.View);
        // A question's journal is short (tens of entries): the steps taken and the last change of state come from it.
        var journal = (await db.Journal.AsNoTracking().Where(j => ids.Contains(j.QuestionId)).OrderBy(j => j.Id)
            .Select(j => new Moment(j.QuestionId, j.Event, j.FromState, j.ToState, j.At, j.ScheduledFor)).ToListAsync(ct)).ToLookup(j => j.QuestionId);
        var withdrawn = (await db.Requests.Where(r => requestIds.Contains(r.Id) && r.Status == RequestStatus.Withdrawn).Select(r => r.Id).ToListAsync(ct)).ToHashSet();
        // A rung whose letter still waits for the advocate (to review, or for an address) is drafted, not taken: nothing went out.
        var drafted = (await db.Letters.AsNoTracking()
            .Where(l => requestIds.Contains(l.RequestId) && l.StepId != null && (l.Status == LetterStatus.Draft || l.Status == LetterStatus.NeedsContact))
            .Select(l => new { l.RequestId, l.StepId }).ToListAsync(ct)).Select(l => (l.RequestId, l.StepId!)).ToHashSet();
        var views = new List<QuestionView>(questions.Count);
        foreach (var question in questions)
        {
            views.Add(instances.TryGetValue(question.Id, out var instance)
                ? await View(question, instance, timers[question.Id].FirstOrDefault(), [.. journal[question.Id]], withdrawn.Contains(question.RequestId), drafted, ct)
                : new QuestionView(question.Id, question.RequestId, question.Position, question.Category, question.Text,
                    null, null, null, Standing.Of(null, null, clock.GetUtcNow().UtcDateTime), null, null, null, null, 0, [], null, null, null, null, []));
        }

        return views;
    }

    /// <summary>One journal entry, as much of it as the view needs.</summary>
    private sealed record Moment(int QuestionId, string Event, string? FromState, string? ToState, DateTime At, DateTime? ScheduledFor);

    private async Task<QuestionView> View(
        Question question, WorkflowInstance instance, TimerView? next, List<Moment> journal, bool withdrawn, HashSet<(int RequestId, string StepId)> drafted, CancellationToken ct)
    {
        var lifecycle = await definitions.Lifecycle(instance.LifecycleHash, db, ct);
        var law = await definitions.Law(instance.LawHash, db, ct);
        var calendar = await WorkflowReader.ZonedCalendar(definitions, db, instance, ct);
        var state = lifecycle.State(instance.State);
        var taken = journal.Where(j => j.Event == Triggers.StepDue).Select(j => j.ScheduledFor ?? j.At).ToList();
        var ladder = LadderPlan.Of(instance, law, calendar, taken).Select(r =>
        {
            var status = r.Status == LadderPlan.Done && drafted.Contains((question.RequestId, r.Step.Id)) ? LadderPlan.Drafted : r.Status;
            // A rung with no window (a note to the advocate, a public statement) waits for no reply: it has none to show.
            return new LadderStepView(r.Level, r.Step.Id, r.Step.Name, r.Step.To.Word, r.Step.Window.Amount == 0 ? string.Empty : r.Step.Window.ToString(), status, r.At)
            {
                Day = r.At is { } fires ? Deadline.Format.Iso(LocalDays.DayEnding(fires, calendar.Zone)) : null,
            };
        }).ToList();
        var computation = ComputationRecord.FromJson(instance.DueComputation);
        var waiting = Categories.Waiting(state.Category);
        var closedAt = waiting ? null : journal.LastOrDefault(j => j.ToState == instance.State && j.FromState != instance.State)?.At;
        // A withdrawn request's questions take no more actions, not even a correction that would restart one.
        var permitted = withdrawn ? [] : lifecycle.Permitted(instance.State);
        return new QuestionView(
            question.Id, question.RequestId, question.Position, question.Category, question.Text,
            instance.State, state.Label, state.Category, Standing.Of(state.Category, instance.DueAt, clock.GetUtcNow().UtcDateTime),
            new DefinitionRef(lifecycle.Id, lifecycle.Version, lifecycle.Hash), law.Id,
            instance.DueAt, computation, instance.EscalationLevel, ladder, next,
            instance.RightsLapseAt, instance.DocumentReference, instance.Exemption, permitted)
        {
            DeadlineStatus = state.Category switch
            {
                StateCategory.Open => "running",
                StateCategory.Paused => "stopped",
                StateCategory.Escalated => "passed",
                _ => state.Label.ToLowerInvariant(),
            },
            ClosedAt = closedAt,
            OutcomeLetterDate = instance.OutcomeLetterDate,
            OutcomeReceivedOn = instance.OutcomeReceivedOn,
            ReplyArrivedOn = instance.RepliedAt is { } replied
                ? NodaTime.Instant.FromDateTimeUtc(DateTime.SpecifyKind(replied, DateTimeKind.Utc)).InZone(calendar.Zone).Date.ToDateOnly()
                : null,
            DueDate = Deadline.Format.Iso(instance.DueOn),
            Zone = calendar.Zone.Id,
            EarliestDueDate = Deadline.Format.Iso(instance.EarliestDueOn),
            Provisional = computation?.Provisional ?? false,
            SoftDeadline = law.Soft,
            AcknowledgeDate = waiting ? Deadline.Format.Iso(instance.AcknowledgeOn) : null,
            RightsLapseDate = Deadline.Format.Iso(instance.RightsLapseOn),
            Requires = permitted.Where(a => lifecycle.Required(a).Count > 0).ToDictionary(a => a, lifecycle.Required),
        };
    }

    /// <summary>Every timer armed for the question (a state may arm several), soonest first.</summary>
    public async Task<IReadOnlyList<TimerView>> Timers(CurrentUser user, int id, CancellationToken ct) =>
        await db.Timers.AsNoTracking()
            .Where(t => t.QuestionId == id && db.QuestionsVisibleTo(user).Any(q => q.Id == id))
            .OrderBy(t => t.DueAt)
            .Select(t => new TimerView(t.Instant, t.Trigger, t.DueAt))
            .ToListAsync(ct);
}
