using System.Data.Common;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using RequestTracker.Background;

namespace RequestTracker.Mail.Intake;

/// <summary>
/// Reads new mail from one IMAP folder: UIDs above the stored cursor (all of them again if UIDVALIDITY
/// changed — Message-Id dedup makes that safe), each fetched with BODY.PEEK, committed with the cursor,
/// then flagged \Seen. A crash before the commit re-reads the message; after it, the cursor skips it.
/// Waits with IDLE when the server offers it, else polls.
/// </summary>
internal sealed partial class ImapIntakeWorker(IServiceScopeFactory scopes, WorkSignal signal, TimeProvider clock, IOptions<MailOptions> options, ILogger<ImapIntakeWorker> log)
    : PollingWorker(signal, clock, log)
{
    private readonly ImapClient client = new();

    public string Owner { get; } = LeaseOwner.New();

    /// <summary>
    /// Reads and commits every message above the cursor, stopping between two messages if
    /// <paramref name="leaseLost"/> trips; returns how many were taken in.
    /// </summary>
    public async Task<int> ReadNew(IMailFolder folder, CancellationToken ct, CancellationToken leaseLost = default)
    {
        (long UidValidity, long LastUid) position;
        await using (var scope = scopes.CreateAsyncScope())
        {
            position = await scope.ServiceProvider.GetRequiredService<MailboxLease>().Position(folder.FullName, ct);
        }

        var last = position.UidValidity == folder.UidValidity ? position.LastUid : 0;
        if (position.UidValidity != 0 && position.UidValidity != folder.UidValidity)
        {
            LogValidityChanged(folder.FullName, position.UidValidity, folder.UidValidity);
        }

        // "UID SEARCH ALL" filtered here rather than "UID SEARCH UID n:*": every server answers the former
        // (smtp4dev's IMAP fails on the latter). It costs a UID list per poll; a mailbox kept for this app
        // (processed mail archived by the mail system) keeps that list short.
        var uids = await folder.SearchAsync(SearchQuery.All, ct);
        var taken = 0;
        foreach (var uid in uids.Where(u => u.Id > last).OrderBy(u => u.Id))
        {
            if (leaseLost.IsCancellationRequested)
            {
                break; // another replica holds the folder now and reads on from the cursor
            }

            // The bytes as stored (BODY.PEEK[]), parsed here: a message MIME cannot read (no headers, say) is
            // then one more message for the review queue, not an exception before it can be put anywhere.
            byte[] raw;
            await using (var stream = await folder.GetStreamAsync(uid, string.Empty, ct))
            using (var buffer = new MemoryStream())
            {
                await stream.CopyToAsync(buffer, ct);
                raw = buffer.ToArray();
            }

            var at = new MailboxPosition(folder.FullName, folder.UidValidity, uid.Id);
            MimeMessage? message = null;
            try
            {
                using (var bytes = new MemoryStream(raw, writable: false))
                {
                    message = await MimeMessage.LoadAsync(bytes, ct);
                }

                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<IntakeProcessor>().Take(message, raw, at, ct);
                LogTaken(uid.Id, result);
            }
            catch (Exception e) when (e is not (OperationCanceledException or DbException or DbUpdateException))
            {
                // A message that cannot be read or matched must not block the folder: it goes to the review queue whole.
                LogQuarantined(e, uid.Id);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IntakeProcessor>().Quarantine(message, raw, at, e.Message, ct);
            }

            await folder.AddFlagsAsync(uid, MessageFlags.Seen, true, ct);
            taken++;
        }

        return taken;
    }

    protected override string Name => "mail intake";

    protected override bool Enabled => !string.IsNullOrWhiteSpace(options.Value.Imap.Host);

    /// <summary>
    /// Takes the folder's lease, reads what is new, then waits on IDLE or the poll interval, renewing the lease
    /// all the while (<see cref="LeaseHeartbeat"/>). A replica without the lease tries again every third of
    /// a lease, so it takes over within seconds of the holder dying.
    /// </summary>
    protected override async Task<NextRound> Round(CancellationToken ct)
    {
        var settings = options.Value.Imap;
        var lease = TimeSpan.FromSeconds(settings.LeaseSeconds);
        if (!await TakeLease(settings, lease, ct))
        {
            return new NextRound(TimeSpan.FromSeconds(Math.Min(settings.PollSeconds, settings.LeaseSeconds / 3.0)), WakeOnSignal: false);
        }

        await using var heartbeat = LeaseHeartbeat.Start(beat => TakeLease(settings, lease, beat), lease, Clock, log);
        var folder = await Open(client, settings, ct);
        await ReadNew(folder, ct, heartbeat.Lost);
        if (!heartbeat.Lost.IsCancellationRequested)
        {
            await Wait(client, folder, settings, heartbeat.Lost, ct);
        }

        return NextRound.AtOnce;
    }

    private async Task<bool> TakeLease(ImapOptions settings, TimeSpan lease, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MailboxLease>().Take(settings.Folder, Owner, lease, ct);
    }

    /// <summary>Server or database unreachable: nothing was committed for the message in hand; wait 2, 4 ... 60 s.</summary>
    protected override TimeSpan Backoff(int failuresInARow) => TimeSpan.FromSeconds(Math.Min(60, 2 * Math.Pow(2, failuresInARow)));

    protected override Task AfterFailure() => Disconnect(client);

    protected override async ValueTask Stopped()
    {
        await Disconnect(client);
        client.Dispose();
    }

    private static async Task<IMailFolder> Open(ImapClient client, ImapOptions settings, CancellationToken ct)
    {
        if (!client.IsConnected)
        {
            await client.ConnectAsync(settings.Host ?? "localhost", settings.Port, settings.Security, ct);
        }

        if (!client.IsAuthenticated && !string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, ct);
        }

        var folder = settings.Folder.Equals("INBOX", StringComparison.OrdinalIgnoreCase) ? client.Inbox : await client.GetFolderAsync(settings.Folder, ct);
        if (!folder.IsOpen || folder.Access != FolderAccess.ReadWrite)
        {
            await folder.OpenAsync(FolderAccess.ReadWrite, ct);
        }

        return folder;
    }

    /// <summary>
    /// IDLE until the server announces new mail, the poll interval ends or the lease is lost; a plain delay
    /// without IDLE.
    /// </summary>
    private async Task Wait(ImapClient client, IMailFolder folder, ImapOptions settings, CancellationToken leaseLost, CancellationToken ct)
    {
        var interval = TimeSpan.FromSeconds(settings.PollSeconds);
        if (!settings.UseIdle || !client.Capabilities.HasFlag(ImapCapabilities.Idle))
        {
            using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, leaseLost);
            await Task.Delay(interval, Clock, either.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            ct.ThrowIfCancellationRequested();
            return;
        }

        // Ending the IDLE through its done token is graceful (DONE is sent); the connection stays usable.
        using var done = CancellationTokenSource.CreateLinkedTokenSource(ct, leaseLost);
        done.CancelAfter(interval);
        void Arrived(object? sender, EventArgs e) => done.Cancel();
        folder.CountChanged += Arrived;
        try
        {
            await client.IdleAsync(done.Token, ct);
        }
        finally
        {
            folder.CountChanged -= Arrived;
        }
    }

    private static async Task Disconnect(ImapClient client)
    {
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(true, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or ImapProtocolException or ServiceNotConnectedException)
        {
            // Already gone.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail UID {Uid} taken in: {Result}.")]
    private partial void LogTaken(uint uid, IntakeResult result);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail UID {Uid} could not be processed; it waits in the unmatched queue.")]
    private partial void LogQuarantined(Exception e, uint uid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "UIDVALIDITY of {Folder} changed from {Old} to {New}: reading the folder again (duplicates are recognised by Message-Id).")]
    private partial void LogValidityChanged(string folder, long old, long @new);

}
