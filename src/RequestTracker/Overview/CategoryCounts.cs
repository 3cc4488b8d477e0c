using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Runtime;

namespace RequestTracker.Overview;

/// <summary>How many questions of one authority are in one category, as of the last fold.</summary>
internal sealed class CategoryCount
{
    public StateCategory Category { get; set; }

    public int AuthorityId { get; set; }

    public int Count { get; set; }
}

/// <summary>
/// One change of a category count (the sum of one save's changes), written in the same SaveChanges as the workflow change it
/// counts, so it commits or rolls back with it. Deltas are inserts, never updates of a shared row, so
/// concurrent writers never contend; <see cref="CategoryCounter.Fold"/> moves them into the counts.
/// </summary>
internal sealed class CategoryDelta
{
    public long Id { get; set; }

    public StateCategory Category { get; set; }

    public int AuthorityId { get; set; }

    public int Delta { get; set; }

    /// <summary>
    /// Adds a delta for every workflow the context is about to insert, re-categorize or delete. Called by
    /// <see cref="FiguresOnSave"/> before each save, so no write path can forget it.
    /// </summary>
    public static void Record(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        // Summed per authority and category: a batch of 50 timer firings moving questions from open to overdue
        // writes two rows, not a hundred, and changes that cancel out write none.
        var sums = new Dictionary<(StateCategory Category, int AuthorityId), int>();
        void Add(StateCategory category, int authorityId, int delta) =>
            sums[(category, authorityId)] = sums.GetValueOrDefault((category, authorityId)) + delta;
        foreach (var entry in tracker.Entries<WorkflowInstance>())
        {
            var category = entry.Property(w => w.Category);
            var authority = entry.Property(w => w.AuthorityId);
            switch (entry.State)
            {
                case EntityState.Added:
                    Add(category.CurrentValue, authority.CurrentValue, 1);
                    break;
                case EntityState.Deleted:
                    Add(category.OriginalValue, authority.OriginalValue, -1);
                    break;
                case EntityState.Modified when category.OriginalValue != category.CurrentValue || authority.OriginalValue != authority.CurrentValue:
                    Add(category.OriginalValue, authority.OriginalValue, -1);
                    Add(category.CurrentValue, authority.CurrentValue, 1);
                    break;
            }
        }

        foreach (var ((category, authorityId), delta) in sums)
        {
            if (delta != 0)
            {
                tracker.Context.Add(new CategoryDelta { Category = category, AuthorityId = authorityId, Delta = delta });
            }
        }
    }
}

internal sealed class CategoryCountConfiguration : IEntityTypeConfiguration<CategoryCount>
{
    public void Configure(EntityTypeBuilder<CategoryCount> builder)
    {
        builder.ToTable("CategoryCounts");
        builder.HasKey(c => new { c.Category, c.AuthorityId });
        builder.Property(c => c.Category).HasMaxLength(Lengths.Category).HasConversion(c => Categories.Word(c), word => Categories.Stored(word));
    }
}

internal sealed class CategoryDeltaConfiguration : IEntityTypeConfiguration<CategoryDelta>
{
    public void Configure(EntityTypeBuilder<CategoryDelta> builder)
    {
        builder.ToTable("CategoryDeltas");
        builder.Property(d => d.Category).HasMaxLength(Lengths.Category).HasConversion(c => Categories.Word(c), word => Categories.Stored(word));
    }
}
