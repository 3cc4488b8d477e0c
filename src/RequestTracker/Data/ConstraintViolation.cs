using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace RequestTracker.Data;

internal enum ConstraintKind
{
    /// <summary>A unique index: the same thing was created twice at the same moment.</summary>
    Unique,

    /// <summary>A foreign key: what the row refers to was deleted meanwhile (or never existed).</summary>
    Reference,
}

/// <summary>
/// One reading of the constraint errors of the three databases, so that a race the checks before a write
/// cannot exclude (two requests creating the same user, a user deleted while their token is used) answers
/// 409 with a reason, never 500.
/// </summary>
internal static class ConstraintViolation
{
    public static ConstraintKind? Of(DbUpdateException exception) => exception.InnerException is System.Data.Common.DbException db ? Of(db) : null;

    public static ConstraintKind? Of(System.Data.Common.DbException exception) => exception switch
    {
        // SQLite: SQLITE_CONSTRAINT with the extended codes UNIQUE (2067), PRIMARYKEY (1555), FOREIGNKEY (787).
        SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } => ConstraintKind.Unique,
        SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 787 } => ConstraintKind.Reference,
        // PostgreSQL: unique_violation and foreign_key_violation.
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => ConstraintKind.Unique,
        PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } => ConstraintKind.Reference,
        // SQL Server: duplicate key in a unique index (2601) or constraint (2627); a reference conflict (547).
        Microsoft.Data.SqlClient.SqlException { Number: 2601 or 2627 } => ConstraintKind.Unique,
        Microsoft.Data.SqlClient.SqlException { Number: 547 } => ConstraintKind.Reference,
        _ => null,
    };

    public static string Describe(ConstraintKind kind) => kind switch
    {
        ConstraintKind.Unique => "The same record was created by another request at the same moment; nothing was saved. Reload and check before trying again.",
        _ => "A record this refers to no longer exists (it was deleted meanwhile); nothing was saved.",
    };
}
