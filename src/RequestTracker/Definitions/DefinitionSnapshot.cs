using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RequestTracker.Data;

namespace RequestTracker.Definitions;

/// <summary>Every definition file the app has run, by content hash, so pinned questions never lose their rules.</summary>
internal sealed class DefinitionSnapshot
{
    public string Hash { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string DefinitionId { get; set; } = string.Empty;

    public int Version { get; set; }

    public string File { get; set; } = string.Empty;

    public string Content { get; set; } = string.Empty;

    public DateTime StoredAt { get; set; }
}

internal sealed class DefinitionSnapshotConfiguration : IEntityTypeConfiguration<DefinitionSnapshot>
{
    public void Configure(EntityTypeBuilder<DefinitionSnapshot> builder)
    {
        builder.ToTable("DefinitionSnapshots");
        builder.HasKey(d => d.Hash);
        builder.Property(d => d.Hash).HasMaxLength(Lengths.Hash);
        builder.Property(d => d.Kind).HasMaxLength(Lengths.Status);
        builder.Property(d => d.DefinitionId).HasMaxLength(Lengths.DefinitionId);
        builder.Property(d => d.File).HasMaxLength(Lengths.DefinitionFile);
        builder.HasIndex(d => new { d.Kind, d.DefinitionId, d.Version });
    }
}
