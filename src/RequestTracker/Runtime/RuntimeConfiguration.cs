using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RequestTracker.Definitions;
using RequestTracker.Requests;

namespace RequestTracker.Runtime;

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    public void Configure(EntityTypeBuilder<WorkflowInstance> builder)
    {
        builder.HasKey(w => w.QuestionId);
        builder.Property(w => w.QuestionId).ValueGeneratedNever();
        builder.HasOne<Question>().WithOne().HasForeignKey<WorkflowInstance>(w => w.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(w => w.Sequence).IsConcurrencyToken();
        builder.Property(w => w.LifecycleId).HasMaxLength(64);
        builder.Property(w => w.LifecycleHash).HasMaxLength(64);
        builder.Property(w => w.LawId).HasMaxLength(64);
        builder.Property(w => w.LawHash).HasMaxLength(64);
        builder.Property(w => w.CalendarHash).HasMaxLength(64);
        builder.Property(w => w.State).HasMaxLength(64);
        builder.Property(w => w.Category).HasMaxLength(16);
        builder.Property(w => w.DueComputation).HasMaxLength(8000);
        builder.Property(w => w.DocumentReference).HasMaxLength(500);
        builder.Property(w => w.Exemption).HasMaxLength(1000);
        builder.HasIndex(w => w.RequestId);
        builder.HasIndex(w => new { w.State, w.DueAt });
        builder.HasIndex(w => new { w.Category, w.DueAt });
        builder.HasIndex(w => new { w.Category, w.QuestionId }); // the questions list filtered by state, keyset on id
        builder.HasIndex(w => new { w.LawId, w.QuestionId });
    }
}

internal sealed class WorkflowTimerConfiguration : IEntityTypeConfiguration<WorkflowTimer>
{
    public void Configure(EntityTypeBuilder<WorkflowTimer> builder)
    {
        builder.Property(t => t.Instant).HasMaxLength(32);
        builder.Property(t => t.Trigger).HasMaxLength(32);
        builder.Property(t => t.LeaseOwner).HasMaxLength(64);
        builder.HasIndex(t => t.DueAt);
        builder.HasIndex(t => t.QuestionId);
    }
}

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("Journal");
        builder.Property(j => j.Event).HasMaxLength(32);
        builder.Property(j => j.FromState).HasMaxLength(64);
        builder.Property(j => j.ToState).HasMaxLength(64);
        builder.Property(j => j.Actor).HasMaxLength(450);
        builder.Property(j => j.Note).HasMaxLength(4000);
        builder.Property(j => j.Rule).HasMaxLength(2000);
        builder.HasIndex(j => new { j.QuestionId, j.Id });
        builder.HasIndex(j => new { j.RequestId, j.Id });
        builder.HasIndex(j => new { j.Event, j.At }); // "escalations fired today" on the dashboard
    }
}

internal sealed class DefinitionSnapshotConfiguration : IEntityTypeConfiguration<DefinitionSnapshot>
{
    public void Configure(EntityTypeBuilder<DefinitionSnapshot> builder)
    {
        builder.HasKey(d => d.Hash);
        builder.Property(d => d.Hash).HasMaxLength(64);
        builder.Property(d => d.Kind).HasMaxLength(16);
        builder.Property(d => d.DefinitionId).HasMaxLength(64);
        builder.Property(d => d.File).HasMaxLength(400);
        builder.HasIndex(d => new { d.Kind, d.DefinitionId, d.Version });
    }
}
