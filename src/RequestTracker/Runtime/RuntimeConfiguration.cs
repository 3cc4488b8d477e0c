using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RequestTracker.Data;
using RequestTracker.Definitions;

namespace RequestTracker.Runtime;

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    public void Configure(EntityTypeBuilder<WorkflowInstance> builder)
    {
        builder.ToTable("Workflows");
        builder.HasKey(w => w.QuestionId);
        builder.Property(w => w.QuestionId).ValueGeneratedNever();
        builder.Property(w => w.Sequence).IsConcurrencyToken();
        builder.Property(w => w.LifecycleId).HasMaxLength(Lengths.DefinitionId);
        builder.Property(w => w.LifecycleHash).HasMaxLength(Lengths.Hash);
        builder.Property(w => w.LawId).HasMaxLength(Lengths.DefinitionId);
        builder.Property(w => w.LawHash).HasMaxLength(Lengths.Hash);
        builder.Property(w => w.CalendarHash).HasMaxLength(Lengths.Hash);
        builder.Property(w => w.State).HasMaxLength(Lengths.State);
        builder.Property(w => w.OwnerId).HasMaxLength(Lengths.UserId);
        builder.Property(w => w.Zone).HasMaxLength(Lengths.TimeZone);
        builder.Property(w => w.Category).HasMaxLength(Lengths.Category).HasConversion(c => Categories.Word(c), word => Categories.Stored(word));
        builder.Property(w => w.DueComputation).HasMaxLength(Lengths.Computation);
        builder.Property(w => w.DocumentReference).HasMaxLength(Lengths.DocumentReference);
        builder.Property(w => w.Exemption).HasMaxLength(Lengths.Exemption);
        builder.Property(w => w.OutcomeKind).HasMaxLength(Lengths.Trigger);
        builder.HasIndex(w => w.RequestId);
        builder.HasIndex(w => w.CalendarHash); // start-up: the questions still on an older version of a calendar file
        builder.HasIndex(w => new { w.State, w.DueAt });
        builder.HasIndex(w => new { w.Category, w.DueAt });
        // The questions list, newest first, keyset on the id: one range per category for each filter it offers (ListQuestions).
        builder.HasIndex(w => new { w.Category, w.QuestionId });
        builder.HasIndex(w => new { w.State, w.QuestionId });
        builder.HasIndex(w => new { w.LawId, w.Category, w.QuestionId });
        builder.HasIndex(w => new { w.AuthorityId, w.Category, w.QuestionId });
        builder.HasIndex(w => new { w.OwnerId, w.Category, w.QuestionId });
        builder.HasIndex(w => new { w.AuthorityId, w.Category, w.DueAt }); // an authority's oldest late deadline
        builder.HasIndex(w => w.QuestionId).HasFilter(DeadlineDaysBackfill.MissingDaysFilter).HasDatabaseName(DeadlineDaysBackfill.MissingDays);
    }
}

internal sealed class WorkflowTimerConfiguration : IEntityTypeConfiguration<WorkflowTimer>
{
    public void Configure(EntityTypeBuilder<WorkflowTimer> builder)
    {
        builder.ToTable("Timers");
        builder.Property(t => t.Instant).HasMaxLength(Lengths.Trigger).HasConversion(i => Instants.Word(i), word => Instants.Stored(word));
        builder.Property(t => t.Trigger).HasMaxLength(Lengths.Trigger).HasConversion(t => Triggers.Word(t), word => Triggers.Stored(word));
        builder.Property(t => t.LeaseOwner).HasMaxLength(Lengths.LeaseOwner);
        builder.HasIndex(t => t.DueAt);
        builder.HasIndex(t => t.QuestionId);
        builder.HasIndex(t => t.LeaseUntil); // the earliest lease end (next wake-up) without a table scan
    }
}

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("Journal");
        builder.Property(j => j.Event).HasMaxLength(Lengths.Trigger);
        builder.Property(j => j.FromState).HasMaxLength(Lengths.State);
        builder.Property(j => j.ToState).HasMaxLength(Lengths.State);
        builder.Property(j => j.Actor).HasMaxLength(Lengths.Actor);
        builder.Property(j => j.Note).HasMaxLength(Lengths.JournalNote);
        builder.Property(j => j.Rule).HasMaxLength(Lengths.JournalRule);
        builder.HasIndex(j => new { j.QuestionId, j.Id });
        builder.HasIndex(j => new { j.RequestId, j.Id });
        builder.HasIndex(j => new { j.Event, j.At }); // "escalations fired today" on the dashboard
        builder.Property(j => j.PrevHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(j => j.Hash).HasMaxLength(64).IsUnicode(false);
        // One entry per chain position: two writers that read the same head collide here instead of forking the chain.
        builder.HasIndex(j => new { j.RequestId, j.ChainSeq }).IsUnique().HasDatabaseName(JournalChain.Index);
        // Start-up looks for entries not yet in a chain; this index holds only those (none, once sealed), so the look
        // costs nothing at any journal size. The filter is the same SQL on all three databases.
        builder.HasIndex(j => j.RequestId).HasFilter("\"Hash\" IS NULL").HasDatabaseName("IX_Journal_Unsealed");
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.Property(o => o.Template).HasMaxLength(Lengths.Template);
        builder.Property(o => o.StepId).HasMaxLength(Lengths.DefinitionId);
        builder.Property(o => o.Language).HasMaxLength(Lengths.Language);
        builder.Property(o => o.RecipientName).HasMaxLength(Lengths.Name);
        builder.Property(o => o.RecipientAddress).HasMaxLength(Lengths.Email);
        builder.Property(o => o.DedupKey).HasMaxLength(Lengths.DedupKey);
        builder.HasIndex(o => o.DedupKey).IsUnique();
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(Lengths.Status);
        builder.Property(o => o.MessageId).HasMaxLength(Lengths.MessageId);
        builder.HasIndex(o => o.MessageId);
        builder.Property(o => o.Subject).HasMaxLength(Lengths.Subject);
        builder.Property(o => o.Covers).HasMaxLength(Lengths.Covers);
        builder.Property(o => o.LeaseOwner).HasMaxLength(Lengths.LeaseOwner);
        builder.Property(o => o.ServerReply).HasMaxLength(Lengths.ServerReply);
        builder.Property(o => o.LastError).HasMaxLength(Lengths.ServerReply);
        builder.HasIndex(o => new { o.Status, o.Id });
        builder.HasIndex(o => new { o.Status, o.NextAttemptAt });
        builder.HasIndex(o => new { o.Status, o.LeaseUntil }); // the earliest lease end among queued emails
        builder.HasIndex(o => new { o.RequestId, o.Id });
    }
}

internal sealed class LetterConfiguration : IEntityTypeConfiguration<Letter>
{
    public void Configure(EntityTypeBuilder<Letter> builder)
    {
        builder.ToTable("Letters");
        builder.Property(l => l.Purpose).HasConversion<string>().HasMaxLength(Lengths.Kind);
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(Lengths.Kind);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(Lengths.Status);
        builder.Property(l => l.StepId).HasMaxLength(Lengths.DefinitionId);
        builder.Property(l => l.Template).HasMaxLength(Lengths.Template);
        builder.Property(l => l.Language).HasMaxLength(Lengths.Language);
        builder.Property(l => l.To).HasMaxLength(Lengths.DefinitionId).HasConversion(to => to.Word, word => Recipient.Stored(word));
        builder.Property(l => l.DedupKey).HasMaxLength(Lengths.DedupKey);
        builder.HasIndex(l => l.DedupKey).IsUnique(); // one decision, one letter, even when several questions reach a step together
        builder.Property(l => l.DraftSubject).HasMaxLength(Lengths.Subject);
        builder.Property(l => l.Subject).HasMaxLength(Lengths.Subject);
        builder.Property(l => l.DraftText).HasMaxLength(Lengths.Body);
        builder.Property(l => l.Text).HasMaxLength(Lengths.Body);
        builder.Property(l => l.RecipientName).HasMaxLength(Lengths.Name);
        builder.Property(l => l.RecipientAddress).HasMaxLength(Lengths.Email);
        builder.Property(l => l.CreatedBy).HasMaxLength(Lengths.Actor);
        builder.Property(l => l.DecidedBy).HasMaxLength(Lengths.Actor);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasIndex(l => new { l.RequestId, l.Id });
        builder.HasIndex(l => new { l.Status, l.Id }); // the letters waiting for someone, across requests (dashboard, /letters)
    }
}
