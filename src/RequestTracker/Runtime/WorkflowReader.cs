using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Runtime;

/// <summary>
/// Reads workflows for a transition: the instance (tracked), its subject, its pinned definitions and its timers.
/// Three queries whatever the number of questions (definitions come from the store's cache).
/// </summary>
internal sealed class WorkflowReader(AppDbContext db, DefinitionStore definitions, IWorkflowSubjects subjects)
{
    /// <summary>The question's workflow (tracked), its subject and its timers; null when the question has no workflow.</summary>
    public async Task<WorkflowContext?> Load(int questionId, CancellationToken ct) =>
        (await LoadMany([questionId], ct)).GetValueOrDefault(questionId);

    /// <summary>Several questions' workflows (tracked) with their subjects and timers, keyed by question.</summary>
    public async Task<Dictionary<int, WorkflowContext>> LoadMany(IReadOnlyCollection<int> questionIds, CancellationToken ct)
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

    /// <summary>The request's authority, its escalation contacts and the advocate, in one query.</summary>
    public async Task<WorkflowSubject> Subject(int requestId, CancellationToken ct) => (await subjects.Of([requestId], ct))[requestId];

    /// <summary>The calendar a workflow counts in: its pinned holidays, in the zone it started with.</summary>
    public static async Task<WorkCalendar> ZonedCalendar(DefinitionStore definitions, AppDbContext db, WorkflowInstance instance, CancellationToken ct)
    {
        var calendar = await definitions.Calendar(instance.CalendarHash, db, ct);
        return calendar.InZone(LocalDays.Zone(instance.Zone, calendar.Zone));
    }
}
