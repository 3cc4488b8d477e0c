using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace RequestTracker.Data;

/// <summary>The one DbContext. Handlers use it directly; entity configuration lives beside each entity.</summary>
internal sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>Data-protection keys shared by every replica, so a bearer token issued by one is valid on all.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The registered interceptors that may ask for a failed save to be made again (the journal chain's).</summary>
    private readonly IRepeatableSave[] repeatable = RepeatableSaves.Of(options);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return base.SaveChanges(acceptAllChangesOnSuccess);
            }
            catch (DbUpdateException e) when (CanSaveAgain(e, attempt))
            {
            }
        }
    }

    /// <summary>
    /// Saves; the features' interceptors add what each save must carry (figures' deltas, the journal's chain links).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            catch (DbUpdateException e) when (CanSaveAgain(e, attempt))
            {
            }
        }
    }

    /// <summary>
    /// A save an interceptor can repair (another writer took the journal chain position it read as free): nothing was
    /// written, as the save's own transaction rolled back, so save again and let the interceptors redo their part.
    /// Inside a caller's transaction the database has aborted it (PostgreSQL), so the caller's own retry must run
    /// instead. Saving again here is what keeps an email that was sent from being sent twice: its "sent" record is
    /// saved, not given up.
    /// </summary>
    private bool CanSaveAgain(DbUpdateException e, int attempt) =>
        attempt < 10 && Database.CurrentTransaction is null && repeatable.Repair(e);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC; the converter restores DateTimeKind.Utc on read (SQLite and SQL Server forget it).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
