using Microsoft.EntityFrameworkCore.Design;
using RequestTracker.Data;

namespace RequestTracker.Migrations.PostgreSql;

/// <summary>Lets `dotnet ef` build the context for this provider without a host; the connection is never opened.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(DatabaseSetup.Options(DatabaseProvider.PostgreSql, "Host=localhost;Database=requesttracker;Username=postgres"));
}
