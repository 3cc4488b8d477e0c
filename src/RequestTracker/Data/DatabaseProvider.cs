namespace RequestTracker.Data;

internal enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}
