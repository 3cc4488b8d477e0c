using System.Diagnostics;
using System.Globalization;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MimeKit;
using RequestTracker.Authorities;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Mail;
using RequestTracker.Mail.Delivery;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Benchmarks;

/// <summary>
/// Delivers N queued request emails through the real delivery worker (lease claim, render, commit of the
/// MIME, send over one connection, record and journal) and, in the same process to the same SMTP server,
/// N already-rendered messages through a bare MailKit loop on one connection. Prints both rates and the ratio.
/// </summary>
internal static class MailBench
{
    public static async Task Run(string root, int count, int smtpPort)
    {
        var folder = Directory.CreateTempSubdirectory("rt-mailbench-").FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = root, EnvironmentName = "Production" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:RequestTracker"] = $"Data Source={Path.Combine(folder, "bench.db")}",
            ["Workflows:Path"] = Path.Combine(root, "workflows"),
            ["Mail:From"] = "RequestTracker <requests@bench.test>",
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Mail:Smtp:Security"] = "None",
            ["Mail:Delivery:BatchSize"] = "100",
        });
        builder.Services.AddAppDatabase();
        builder.Services.AddRequestTrackerHandlers();
        using var host = builder.Build();
        await DatabaseMigrator.Migrate(host.Services, CancellationToken.None);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await host.Services.GetRequiredService<DefinitionStore>().StoreSnapshots(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
        }

        Console.WriteLine($"mail: seeding {count:N0} queued emails twice (bare run, worker run)...");
        var bareIds = await Seed(host.Services, count, "bare");
        var messages = await Render(host.Services, bareIds);
        await Seed(host.Services, count, "worker");

        var bareWatch = Stopwatch.StartNew();
        using (var client = new SmtpClient())
        {
            await client.ConnectAsync("127.0.0.1", smtpPort, SecureSocketOptions.None);
            foreach (var message in messages)
            {
                await client.SendAsync(message);
            }

            await client.DisconnectAsync(true);
        }

        var bareRate = count / bareWatch.Elapsed.TotalSeconds;

        var worker = host.Services.GetRequiredService<DeliveryWorker>();
        var workerWatch = Stopwatch.StartNew();
        var sent = 0;
        for (int batch; (batch = (await worker.RunOnce(CancellationToken.None)).Claimed) > 0;)
        {
            sent += batch;
        }

        var workerRate = sent / workerWatch.Elapsed.TotalSeconds;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var recorded = await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Sent && o.DedupKey.StartsWith("bench:worker:"));
            if (recorded != count)
            {
                throw new InvalidOperationException($"The worker recorded {recorded} of {count} emails as sent.");
            }
        }

        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"| mail (SQLite, smtp4dev) | {count:N0} | {workerRate:N0} | {bareRate:N0} | {workerRate / bareRate:P0} | {self.PeakWorkingSet64 / (1024 * 1024):N0} MiB |");
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>N sent requests of one question each, with their request email queued.</summary>
    private static async Task<List<long>> Seed(IServiceProvider services, int count, string tag)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var owner = new AppUser { UserName = $"bench-{tag}@example.org", Email = $"bench-{tag}@example.org", DisplayName = "Bench Advocate" };
        db.Users.Add(owner);
        var authority = new Authority(new AuthorityFields($"Bench {tag}", "Bench", "foi@authority.test", "Europe/London", "uk-foia-2000", []), DateTime.UtcNow);
        db.Authorities.Add(authority);
        await db.SaveChangesAsync();
        var ids = new List<long>();
        for (var done = 0; done < count;)
        {
            var requests = new List<Request>();
            for (var i = 0; i < 200 && done < count; i++, done++)
            {
                var request = new Request(owner.Id, new RequestContent(authority.Id, $"Bench {tag} {done}", "Please provide the documents.", "FOIA s.1",
                    [new QuestionContent(QuestionCategory.RequestText, "The official text of the request for assistance")]), DateTime.UtcNow);
                request.MarkSent(DateTime.UtcNow);
                requests.Add(request);
            }

            db.Requests.AddRange(requests);
            await db.SaveChangesAsync();
            var rows = requests.Select(r => new OutboxMessage
            {
                RequestId = r.Id,
                Template = "request",
                RecipientName = authority.Name,
                RecipientAddress = authority.ContactEmail,
                DedupKey = $"bench:{tag}:{r.Id}",
                Status = OutboxStatus.Queued,
                CreatedAt = DateTime.UtcNow,
            }).ToList();
            db.Outbox.AddRange(rows);
            await db.SaveChangesAsync();
            ids.AddRange(rows.Select(o => o.Id));
            db.ChangeTracker.Clear();
        }

        return ids;
    }

    /// <summary>The bare loop's messages, rendered by the same composer before its clock starts.</summary>
    private static async Task<List<MimeMessage>> Render(IServiceProvider services, List<long> ids)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var composer = scope.ServiceProvider.GetRequiredService<MailComposer>();
        var messages = new List<MimeMessage>(ids.Count);
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var row in await db.Outbox.AsNoTracking().Where(o => chunk.Contains(o.Id)).ToListAsync())
            {
                messages.Add((await composer.Compose(row, CancellationToken.None)).Message);
            }

            db.ChangeTracker.Clear();
        }

        // The bare loop must not touch the outbox: its rows are marked sent without the worker.
        await db.Outbox.Where(o => ids.Contains(o.Id)).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutboxStatus.Sent));
        return messages;
    }
}
