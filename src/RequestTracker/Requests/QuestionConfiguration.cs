using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RequestTracker.Requests;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.Property(q => q.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(q => q.Text).HasMaxLength(Question.TextMaxLength);
        builder.HasIndex(q => new { q.RequestId, q.Position }).IsUnique();
    }
}
