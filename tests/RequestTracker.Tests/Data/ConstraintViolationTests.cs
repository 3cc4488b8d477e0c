using Microsoft.EntityFrameworkCore;
using RequestTracker.Authorities;
using RequestTracker.Data;
using RequestTracker.Tests.Runtime;

namespace RequestTracker.Tests.Data;

/// <summary>The database's own constraint errors, read as "created twice" or "refers to a deleted record" (SQLite here; the same codes for PostgreSQL and SQL Server are in <see cref="ConstraintViolation"/>).</summary>
public class ConstraintViolationTests
{
    [Fact]
    public async Task A_unique_index_and_a_foreign_key_broken_by_a_race_are_told_apart()
    {
        await using var harness = await EngineHarness.Start(DateTimeOffset.Parse("2022-01-10T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var fields = new AuthorityFields("Same name", "Test", "foi@example.org", "Etc/UTC", "io-default", []);

        var unique = await harness.Db(async db =>
        {
            db.Authorities.Add(new Authority(fields, DateTime.UtcNow));
            db.Authorities.Add(new Authority(fields, DateTime.UtcNow));
            return await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });
        var reference = await harness.Db(db => Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "EscalationContacts" ("AuthorityId", "Position", "Kind", "Name", "Email") VALUES (987654, 0, 'Court', 'Court', 'court@example.org')""")));

        Assert.Equal(ConstraintKind.Unique, ConstraintViolation.Of(unique));
        Assert.Equal(ConstraintKind.Reference, ConstraintViolation.Of(new DbUpdateException("raw", reference)));
        Assert.Null(ConstraintViolation.Of(new DbUpdateException("other", new InvalidOperationException())));
    }
}
