using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RequestTracker.Data;

namespace RequestTracker.Requests;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.Property(q => q.Category).HasConversion<string>().HasMaxLength(Lengths.Kind);
        builder.Property(q => q.Text).HasMaxLength(Lengths.QuestionText);
        builder.HasIndex(q => new { q.RequestId, q.Position }).IsUnique();
    }
}
