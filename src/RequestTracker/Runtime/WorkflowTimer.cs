using RequestTracker.Definitions;
using RequestTracker.Background;

namespace RequestTracker.Runtime;

/// <summary>
/// A durable timer. Claimed by a worker with a lease (a conditional update), fired and deleted in the
/// same transaction as its effects; a timer armed for an older <see cref="Sequence"/> is stale and discarded.
/// </summary>
internal sealed class WorkflowTimer : ILeasedRow
{
    public long Id { get; set; }

    public int QuestionId { get; set; }

    public TimerInstant Instant { get; set; }

    public Trigger Trigger { get; set; }

    public DateTime DueAt { get; set; }

    public int Sequence { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTime? LeaseUntil { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedAt { get; set; }
}
