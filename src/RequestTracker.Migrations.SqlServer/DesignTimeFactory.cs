using Microsoft.EntityFrameworkCore.Design;
using RequestTracker.Data;

namespace RequestTracker.Migrations.SqlServer;

/// <summary>Lets `dotnet ef` build the context for this provider without a host; the connection is never opened.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(DatabaseSetup.Options(DatabaseProvider.SqlServer, "Server=localhost;Database=RequestTracker;Trusted_Connection=True;TrustServerCertificate=True"));
}
