using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RequestTracker.Data;
using RequestTracker.Runtime;

namespace RequestTracker.Overview;

/// <summary>How many questions of one authority are in one category, as of the last fold.</summary>
internal sealed class CategoryCount
{
    public string Category { get; set; } = string.Empty;

    public int AuthorityId { get; set; }

    public int Count { get; set; }
}

/// <summary>
/// One change of a category count (+1 or -1), written in the same SaveChanges as the workflow change it
/// counts, so it commits or rolls back with it. Deltas are inserts, never updates of a shared row, so
/// concurrent writers never contend; <see cref="CategoryCounter.Fold"/> moves them into the counts.
/// </summary>
internal sealed class CategoryDelta
{
    public long Id { get; set; }

    public string Category { get; set; } = string.Empty;

    public int AuthorityId { get; set; }

    public int Delta { get; set; }

    /// <summary>
    /// Adds a delta for every workflow the context is about to insert, re-categorize or delete. Called by
    /// <see cref="AppDbContext"/> before each save, so no write path can forget it.
    /// </summary>
    public static void Record(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        var deltas = new List<CategoryDelta>();
        foreach (var entry in tracker.Entries<WorkflowInstance>())
        {
            var category = entry.Property(w => w.Category);
            var authority = entry.Property(w => w.AuthorityId);
            switch (entry.State)
            {
                case EntityState.Added:
                    deltas.Add(new CategoryDelta { Category = category.CurrentValue, AuthorityId = authority.CurrentValue, Delta = 1 });
                    break;
                case EntityState.Deleted:
                    deltas.Add(new CategoryDelta { Category = category.OriginalValue, AuthorityId = authority.OriginalValue, Delta = -1 });
                    break;
                case EntityState.Modified when category.OriginalValue != category.CurrentValue:
                    deltas.Add(new CategoryDelta { Category = category.OriginalValue, AuthorityId = authority.OriginalValue, Delta = -1 });
                    deltas.Add(new CategoryDelta { Category = category.CurrentValue, AuthorityId = authority.CurrentValue, Delta = 1 });
                    break;
            }
        }

        if (deltas.Count > 0)
        {
            tracker.Context.AddRange(deltas);
        }
    }
}

internal sealed class CategoryCountConfiguration : IEntityTypeConfiguration<CategoryCount>
{
    public void Configure(EntityTypeBuilder<CategoryCount> builder)
    {
        builder.ToTable("CategoryCounts");
        builder.HasKey(c => new { c.Category, c.AuthorityId });
        builder.Property(c => c.Category).HasMaxLength(Lengths.Category);
    }
}

internal sealed class CategoryDeltaConfiguration : IEntityTypeConfiguration<CategoryDelta>
{
    public void Configure(EntityTypeBuilder<CategoryDelta> builder)
    {
        builder.ToTable("CategoryDeltas");
        builder.Property(d => d.Category).HasMaxLength(Lengths.Category);
    }
}
