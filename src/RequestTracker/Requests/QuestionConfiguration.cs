using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RequestTracker.Data;
using RequestTracker.Runtime;

namespace RequestTracker.Requests;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.ToTable("Questions");
        builder.Property(q => q.Category).HasConversion<string>().HasMaxLength(Lengths.Kind);
        builder.Property(q => q.Text).HasMaxLength(Lengths.QuestionText);
        builder.HasIndex(q => new { q.RequestId, q.Position }).IsUnique();
        // Where a transferred question went on: one seek from the first request's page. Only transferred questions are in it:
        // over every row, all but a few of them empty, SQLite's statistics made a scan of every question look as cheap.
        builder.HasIndex(q => q.OriginId).HasFilter("\"OriginId\" IS NOT NULL");
        // Configured from this side so that the engine's table knows nothing of questions: one workflow per question.
        builder.HasOne<WorkflowInstance>().WithOne().HasForeignKey<WorkflowInstance>(w => w.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}
