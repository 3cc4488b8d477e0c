using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RequestTracker.Data;
using RequestTracker.Runtime;

namespace RequestTracker.Overview;

/// <summary>
/// How many of an authority's requests or outcomes fall under one tally and one number of days: "requests"
/// (days 0), or an outcome and its timeliness ("refused:late") by the days it took. An authority has at
/// most a few thousand rows whatever its history, so its figures — percentiles included — are read whole.
/// </summary>
internal sealed class AuthorityTally
{
    public const string Requests = "requests";

    public int AuthorityId { get; set; }

    public string Tally { get; set; } = string.Empty;

    public int Days { get; set; }

    public int Count { get; set; }

    public static string Outcome(string kind, bool onTime) => $"{kind}:{(onTime ? "on-time" : "late")}";
}

/// <summary>A change of a tally, written in the same save as the workflow change; folded like <see cref="CategoryDelta"/>.</summary>
internal sealed class AuthorityTallyDelta
{
    public long Id { get; set; }

    public int AuthorityId { get; set; }

    public string Tally { get; set; } = string.Empty;

    public int Days { get; set; }

    public int Delta { get; set; }

    /// <summary>
    /// A request is counted when its workflows are created (all in the send's one save); an outcome when a
    /// workflow's outcome fields change. Called by <see cref="FiguresOnSave"/> before each save, after
    /// <see cref="CategoryDelta.Record"/> has detected the changes.
    /// </summary>
    public static void Record(ChangeTracker tracker)
    {
        var sums = new Dictionary<(int AuthorityId, string Tally, int Days), int>();
        void Add(int authorityId, string tally, int days, int delta) =>
            sums[(authorityId, tally, days)] = sums.GetValueOrDefault((authorityId, tally, days)) + delta;
        var sent = new HashSet<(int AuthorityId, int RequestId)>();
        foreach (var entry in tracker.Entries<WorkflowInstance>())
        {
            var kind = entry.Property(w => w.OutcomeKind);
            var onTime = entry.Property(w => w.OutcomeOnTime);
            var days = entry.Property(w => w.OutcomeDays);
            var authority = entry.Property(w => w.AuthorityId);
            var was = entry.State is EntityState.Modified or EntityState.Deleted && kind.OriginalValue is { } k0
                ? (authority.OriginalValue, AuthorityTally.Outcome(k0, onTime.OriginalValue ?? true), days.OriginalValue ?? 0) : ((int, string, int)?)null;
            var now = entry.State is EntityState.Modified or EntityState.Added && kind.CurrentValue is { } k1
                ? (authority.CurrentValue, AuthorityTally.Outcome(k1, onTime.CurrentValue ?? true), days.CurrentValue ?? 0) : ((int, string, int)?)null;
            if (was != now)
            {
                if (was is { } w)
                {
                    Add(w.Item1, w.Item2, w.Item3, -1);
                }

                if (now is { } n)
                {
                    Add(n.Item1, n.Item2, n.Item3, 1);
                }
            }

            if (entry.State == EntityState.Added && sent.Add((authority.CurrentValue, entry.Entity.RequestId)))
            {
                Add(authority.CurrentValue, AuthorityTally.Requests, 0, 1);
            }
        }

        foreach (var ((authorityId, tally, days), delta) in sums)
        {
            if (delta != 0)
            {
                tracker.Context.Add(new AuthorityTallyDelta { AuthorityId = authorityId, Tally = tally, Days = days, Delta = delta });
            }
        }
    }
}

internal sealed class AuthorityTallyConfiguration : IEntityTypeConfiguration<AuthorityTally>
{
    public void Configure(EntityTypeBuilder<AuthorityTally> builder)
    {
        builder.ToTable("AuthorityTallies");
        builder.HasKey(t => new { t.AuthorityId, t.Tally, t.Days });
        builder.Property(t => t.Tally).HasMaxLength(Lengths.Tally);
    }
}

internal sealed class AuthorityTallyDeltaConfiguration : IEntityTypeConfiguration<AuthorityTallyDelta>
{
    public void Configure(EntityTypeBuilder<AuthorityTallyDelta> builder)
    {
        builder.ToTable("AuthorityTallyDeltas");
        builder.Property(t => t.Tally).HasMaxLength(Lengths.Tally);
        builder.HasIndex(t => new { t.AuthorityId, t.Id }); // one authority's unfolded changes
    }
}
