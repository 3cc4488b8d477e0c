using RequestTracker.Access;
using RequestTracker.Replies;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Authorities;
using RequestTracker.Data;
using RequestTracker.Dossiers;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Benchmarks;

/// <summary>
/// A request's dossier written by <see cref="Dossier.Write"/> (what the page and API stream) to a counting sink,
/// for a small request (10 emails, one 10 MiB attachment) and a large one (1,000 emails of about 10 KiB and
/// <c>N</c> MiB of attachments in 10 MiB files), in one process. Peak memory is the working set sampled every
/// 5 ms while each is written, above what it was just before: it should not grow with the dossier.
/// </summary>
internal static class DossierBench
{
    private const int Attachment = 10 << 20;

    public static async Task Run(IServiceProvider services, string provider, int megabytes)
    {
        var small = await Seed(services, "small", emails: 10, attachments: 1);
        var large = await Seed(services, "large", emails: 1000, attachments: Math.Max(1, megabytes / 10));
        var (smallTime, smallBytes, smallPeak) = await Measure(services, small);
        var (largeTime, largeBytes, largePeak) = await Measure(services, large);
        Console.WriteLine("| provider | dossier | ZIP size | time | peak memory above start |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {provider} | 10 emails, 10 MiB of attachments | {smallBytes / 1048576.0:N1} MiB | {smallTime:N2} s | {smallPeak / 1048576.0:N0} MiB |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {provider} | 1,000 emails, {megabytes:N0} MiB of attachments | {largeBytes / 1048576.0:N1} MiB | {largeTime:N2} s | {largePeak / 1048576.0:N0} MiB |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {provider} | large / small | {largeBytes / (double)smallBytes:N1}x | {largeTime / smallTime:N1}x | {largePeak / (double)Math.Max(1, smallPeak):N2}x |"));
    }

    private static async Task<(double Seconds, long Bytes, long Peak)> Measure(IServiceProvider services, int requestId)
    {
        await using var scope = services.CreateAsyncScope();
        var dossier = scope.ServiceProvider.GetRequiredService<Dossier>();
        var manager = new CurrentUser("bench-dossier-manager", true, false);
        var plan = (await dossier.ForRequest(manager, requestId, CancellationToken.None))!;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        var peak = before;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                await Task.Delay(5);
            }
        });
        var sink = new CountingSink();
        var watch = Stopwatch.StartNew();
        await dossier.Write(plan, sink, CancellationToken.None);
        var seconds = watch.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await sampler;
        return (seconds, sink.Written, peak - before);
    }

    /// <summary>One sent request with its workflows, then emails and replies with attachments written directly, a few at a time.</summary>
    private static async Task<int> Seed(IServiceProvider services, string tag, int emails, int attachments)
    {
        int requestId;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var owner = new AppUser { UserName = $"dossier-{tag}@example.org", Email = $"dossier-{tag}@example.org", DisplayName = "Advocate" };
            db.Users.Add(owner);
            var authority = new Authority(new AuthorityFields($"Dossier {tag}", "Bench", "foi@example.org", "Europe/Moscow", "ru-8-fz", []), DateTime.UtcNow);
            db.Authorities.Add(authority);
            await db.SaveChangesAsync();
            var now = DateTime.UtcNow;
            var request = new Request(owner.Id, new RequestContent(authority.Id, "Dossier bench", "Body", "8-FZ", Enumerable.Range(1, 5).Select(q => new QuestionContent(QuestionCategory.Other, $"Question {q}")).ToList()), now);
            db.Requests.Add(request);
            await db.SaveChangesAsync();
            request.MarkSent(now);
            await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().Start(request.Id, owner.Id, CancellationToken.None);
            await db.SaveChangesAsync();
            requestId = request.Id;
        }

        var body = string.Concat(Enumerable.Repeat("We refer to your request of 4 November and enclose the following. ", 150));
        for (var done = 0; done < emails; done += 100)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            for (var i = done; i < Math.Min(emails, done + 100); i++)
            {
                var mime = System.Text.Encoding.UTF8.GetBytes($"Message-Id: <bench.{tag}.{i}@example.org>\r\nSubject: Reminder {i}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body} {i}\r\n");
                db.Outbox.Add(new OutboxMessage
                {
                    RequestId = requestId,
                    Template = "reminder",
                    RecipientName = "Ministry",
                    RecipientAddress = "foi@example.org",
                    DedupKey = $"bench:{tag}:{i}",
                    Status = OutboxStatus.Sent,
                    CreatedAt = DateTime.UtcNow,
                    SentAt = DateTime.UtcNow,
                    MessageId = $"bench.{tag}.{i}@example.org",
                    Subject = $"Reminder {i}",
                    Mime = mime,
                    ServerReply = "250 OK",
                    Attempts = 1,
                });
            }

            await db.SaveChangesAsync();
        }

        var random = new Random(7);
        for (var i = 0; i < attachments; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var content = new byte[Attachment];
            random.NextBytes(content); // a scan compresses little; random bytes not at all
            db.Inbox.Add(new InboundMessage
            {
                MessageId = $"reply.{tag}.{i}@ministry.example.org",
                Status = InboundStatus.Matched,
                RequestId = requestId,
                MatchedBy = "bench",
                FromName = "Ministry",
                FromAddress = "foi@example.org",
                Subject = $"Reply {i}",
                ReceivedAt = DateTime.UtcNow,
                TextBody = "See the scan.",
                Raw = System.Text.Encoding.UTF8.GetBytes($"Message-Id: <reply.{tag}.{i}@ministry.example.org>\r\nSubject: Reply {i}\r\n\r\nSee the scan.\r\n"),
                Folder = "INBOX",
                UidValidity = 1,
                Uid = i + 1,
                Attachments = [new InboundAttachment { StoredName = "attachment-1.pdf", OriginalName = $"scan-{i}.pdf", ContentType = "application/pdf", Size = content.Length, Content = content }],
            });
            await db.SaveChangesAsync();
        }

        return requestId;
    }

    /// <summary>Where the ZIP goes: counted, not kept, so the figures are the dossier's own.</summary>
    private sealed class CountingSink : Stream
    {
        public long Written { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Written;

        public override long Position { get => Written; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("A response body refuses synchronous writes; so does this sink.");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Written += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Written += count;
            return Task.CompletedTask;
        }
    }
}
