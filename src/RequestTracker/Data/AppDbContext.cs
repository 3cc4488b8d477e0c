using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using RequestTracker.Authorities;
using RequestTracker.Definitions;
using RequestTracker.Mail;
using RequestTracker.Requests;
using RequestTracker.Runtime;
using RequestTracker.Users;

namespace RequestTracker.Data;

/// <summary>The one DbContext. Handlers use it directly; entity configuration lives beside each entity.</summary>
internal sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Authority> Authorities => Set<Authority>();

    public DbSet<Request> Requests => Set<Request>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<Batches.Batch> Batches => Set<Batches.Batch>();

    public DbSet<Publishing.Publication> Publications => Set<Publishing.Publication>();

    public DbSet<WorkflowInstance> Workflows => Set<WorkflowInstance>();

    public DbSet<WorkflowTimer> Timers => Set<WorkflowTimer>();

    public DbSet<JournalEntry> Journal => Set<JournalEntry>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<Letter> Letters => Set<Letter>();

    public DbSet<Mail.Intake.InboundMessage> Inbox => Set<Mail.Intake.InboundMessage>();

    public DbSet<Mail.Intake.InboundAttachment> InboxAttachments => Set<Mail.Intake.InboundAttachment>();

    public DbSet<Mail.Intake.MailboxCursor> MailboxCursors => Set<Mail.Intake.MailboxCursor>();

    public DbSet<AppSecret> Secrets => Set<AppSecret>();

    public DbSet<DefinitionSnapshot> DefinitionSnapshots => Set<DefinitionSnapshot>();

    /// <summary>Data-protection keys shared by every replica, so a bearer token issued by one is valid on all.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        Overview.CategoryDelta.Record(ChangeTracker);
        Overview.AuthorityTallyDelta.Record(ChangeTracker);
        for (var attempt = 0; ; attempt++)
        {
            Runtime.JournalChain.LinkNow(this);
            try
            {
                return base.SaveChanges(acceptAllChangesOnSuccess);
            }
            catch (DbUpdateException e) when (CanRelink(e, attempt))
            {
            }
        }
    }

    /// <summary>
    /// Every save records the category changes it makes (<see cref="Overview.CategoryDelta"/>), in itself, and links the
    /// journal entries it adds into their request's hash chain (<see cref="Runtime.JournalChain"/>).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        Overview.CategoryDelta.Record(ChangeTracker);
        Overview.AuthorityTallyDelta.Record(ChangeTracker);
        for (var attempt = 0; ; attempt++)
        {
            await Runtime.JournalChain.Link(this, cancellationToken);
            try
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            catch (DbUpdateException e) when (CanRelink(e, attempt))
            {
            }
        }
    }

    /// <summary>
    /// Another writer took the chain position this save read as free: nothing was written (the save's own
    /// transaction rolled back), so link again from the new head and save again. Inside a caller's transaction
    /// the database has aborted it (PostgreSQL), so the caller's own retry must run instead. Saving again here is
    /// what keeps an email that was sent from being sent twice: its "sent" record is saved, not given up.
    /// </summary>
    private bool CanRelink(DbUpdateException e, int attempt) => attempt < 10 && Database.CurrentTransaction is null && Runtime.JournalChain.IsFork(e);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        builder.Entity<AppUser>().Property(u => u.DisplayName).HasMaxLength(Lengths.Name);
        builder.Entity<AppUser>().Property(u => u.PostalAddress).HasMaxLength(Lengths.Address);
        builder.Entity<AppUser>().Property(u => u.Phone).HasMaxLength(Lengths.Phone);
        builder.Entity<AppUser>().Property(u => u.Language).HasMaxLength(Lengths.Language);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC; the converter restores DateTimeKind.Utc on read (SQLite and SQL Server forget it).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
