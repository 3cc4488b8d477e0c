using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RequestTracker.Data;
using RequestTracker.Runtime;

namespace RequestTracker.Overview;

/// <summary>
/// How many of one advocate's questions stand in one state of one lifecycle, as of the last fold: the workflow page's
/// count per state, which an advocate sees for their own questions and a manager for everyone's.
/// </summary>
internal sealed class StateCount
{
    public long Id { get; set; }

    public string LifecycleId { get; set; } = string.Empty;

    public string State { get; set; } = string.Empty;

    public string OwnerId { get; set; } = string.Empty;

    public int Count { get; set; }
}

/// <summary>
/// One save's change to a state count, written in that save (see <see cref="CategoryDelta"/>: inserts only, so
/// concurrent writers never contend; <see cref="StateCounter.Fold"/> moves them into the counts).
/// </summary>
internal sealed class StateDelta
{
    public long Id { get; set; }

    public string LifecycleId { get; set; } = string.Empty;

    public string State { get; set; } = string.Empty;

    public string OwnerId { get; set; } = string.Empty;

    public int Delta { get; set; }

    /// <summary>Adds a delta for every workflow the context is about to insert, move to another state or delete (<see cref="FiguresOnSave"/>).</summary>
    public static void Record(ChangeTracker tracker)
    {
        var sums = new Dictionary<(string Lifecycle, string State, string Owner), int>();
        void Add(string lifecycle, string state, string owner, int delta) =>
            sums[(lifecycle, state, owner)] = sums.GetValueOrDefault((lifecycle, state, owner)) + delta;
        foreach (var entry in tracker.Entries<WorkflowInstance>())
        {
            var lifecycle = entry.Property(w => w.LifecycleId);
            var state = entry.Property(w => w.State);
            var owner = entry.Property(w => w.OwnerId);
            switch (entry.State)
            {
                case EntityState.Added:
                    Add(lifecycle.CurrentValue, state.CurrentValue, owner.CurrentValue, 1);
                    break;
                case EntityState.Deleted:
                    Add(lifecycle.OriginalValue, state.OriginalValue, owner.OriginalValue, -1);
                    break;
                case EntityState.Modified when state.OriginalValue != state.CurrentValue || lifecycle.OriginalValue != lifecycle.CurrentValue || owner.OriginalValue != owner.CurrentValue:
                    Add(lifecycle.OriginalValue, state.OriginalValue, owner.OriginalValue, -1);
                    Add(lifecycle.CurrentValue, state.CurrentValue, owner.CurrentValue, 1);
                    break;
            }
        }

        foreach (var ((lifecycle, state, owner), delta) in sums)
        {
            if (delta != 0)
            {
                tracker.Context.Add(new StateDelta { LifecycleId = lifecycle, State = state, OwnerId = owner, Delta = delta });
            }
        }
    }
}

internal sealed class StateCountConfiguration : IEntityTypeConfiguration<StateCount>
{
    public void Configure(EntityTypeBuilder<StateCount> builder)
    {
        builder.ToTable("StateCounts");
        builder.Property(c => c.LifecycleId).HasMaxLength(Lengths.DefinitionId);
        builder.Property(c => c.State).HasMaxLength(Lengths.State);
        builder.Property(c => c.OwnerId).HasMaxLength(Lengths.UserId);
        builder.HasIndex(c => new { c.LifecycleId, c.OwnerId, c.State }).IsUnique();
    }
}

internal sealed class StateDeltaConfiguration : IEntityTypeConfiguration<StateDelta>
{
    public void Configure(EntityTypeBuilder<StateDelta> builder)
    {
        builder.ToTable("StateDeltas");
        builder.Property(d => d.LifecycleId).HasMaxLength(Lengths.DefinitionId);
        builder.Property(d => d.State).HasMaxLength(Lengths.State);
        builder.Property(d => d.OwnerId).HasMaxLength(Lengths.UserId);
    }
}
