using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Api;

/// <summary>A batch's dossier, checked the way VERIFY.txt tells a third party to: sha256sum and the Python script.</summary>
public abstract class DossierApiTests(ApiApp app)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task A_batch_dossier_verifies_with_the_documented_steps_and_a_changed_byte_is_caught()
    {
        var manager = app.Client(TestUser.Manager);
        var advocate = app.Client(TestUser.AdvocateA);
        var first = await TestData.CreateAuthority(manager);
        var second = await TestData.CreateAuthority(manager);
        using var filed = await advocate.PostJson("/api/batches", new
        {
            title = "Dossier case",
            body = "Please provide the documents listed below.",
            questions = new[] { new { category = "timeline", text = "When was the request for assistance made?" } },
            authorities = new[] { new { authorityId = first }, new { authorityId = second } },
        });
        var batch = await filed.Json(HttpStatusCode.Created);
        var id = batch.GetProperty("id").GetInt32();
        using (var send = await advocate.PostAsync($"/api/batches/{id}/send", null))
        {
            await send.Json(HttpStatusCode.OK);
        }

        var requestId = batch.GetProperty("authorities")[0].GetProperty("requestId").GetInt32();
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        long replyId;
        using (var letter = await advocate.PostAsync($"/api/requests/{requestId}/replies", new MultipartFormDataContent
        {
            { new StringContent("post"), "channel" },
            { new StringContent(today), "letterDate" },
            { new StringContent(today), "receivedOn" },
            { new StringContent("Records Office"), "fromName" },
            { new StringContent("Your request 12/3"), "subject" },
            { new StringContent("We enclose the record.\nThe second page follows."), "text" },
            { new ByteArrayContent(Pdf), "files", "record.pdf" },
        }))
        {
            replyId = (await letter.Json(HttpStatusCode.OK)).GetProperty("id").GetInt64();
        }

        using var response = await advocate.GetAsync($"/api/batches/{id}/dossier.zip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        var folder = Directory.CreateTempSubdirectory("rt-dossier-");
        try
        {
            await using (var zip = await response.Content.ReadAsStreamAsync())
            {
                await ZipFile.ExtractToDirectoryAsync(zip, folder.FullName);
            }

            var files = Directory.GetFiles(folder.FullName, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder.FullName, f)).ToList();
            Assert.Contains("timeline.html", files);
            Assert.Contains("VERIFY.txt", files);
            Assert.Contains($"RT-{requestId}/journal.jsonl", files);
            var scan = Assert.Single(files, f => f.StartsWith($"RT-{requestId}/attachments/", StringComparison.Ordinal) && f.EndsWith("-attachment-1.pdf", StringComparison.Ordinal));
            Assert.Equal(Pdf, await File.ReadAllBytesAsync(Path.Combine(folder.FullName, scan)));
            var timeline = await File.ReadAllTextAsync(Path.Combine(folder.FullName, "timeline.html"));
            Assert.Contains("How the deadline was computed", timeline, StringComparison.Ordinal);
            // A letter typed in from post: its text, its sender as recorded (it has no address), its channel and both dates.
            Assert.Contains("We enclose the record.\nThe second page follows.", timeline, StringComparison.Ordinal);
            Assert.Contains("from Records Office", timeline, StringComparison.Ordinal);
            Assert.DoesNotContain("&lt;&gt;", timeline, StringComparison.Ordinal);
            Assert.Contains($"by post, letter of {today}, received on {today}", timeline, StringComparison.Ordinal);
            var typed = $"RT-{requestId}/replies/reply-{replyId}.txt";
            Assert.Contains(typed, files);
            Assert.Contains($"<code>{typed}</code>", timeline, StringComparison.Ordinal);
            var reply = await File.ReadAllTextAsync(Path.Combine(folder.FullName, typed));
            Assert.StartsWith($"Channel: post\nFrom: Records Office\nLetter date: {today}\nReceived on: {today}\nRecorded by: AdvocateA\nRecorded at: ", reply, StringComparison.Ordinal);
            Assert.EndsWith(" UTC\nSubject: Your request 12/3\n\nWe enclose the record.\nThe second page follows.\n", reply, StringComparison.Ordinal);
            Assert.Contains($"  {typed}\n", await File.ReadAllTextAsync(Path.Combine(folder.FullName, "MANIFEST.sha256")), StringComparison.Ordinal);

            // The documented steps, with the standard tools.
            var (sums, sumsOut) = await Run(folder.FullName, "sha256sum", "-c", "MANIFEST.sha256");
            Assert.True(sums == 0, sumsOut);
            Assert.Equal(files.Count - 1, sumsOut.Split('\n').Count(l => l.EndsWith(": OK", StringComparison.Ordinal))); // all but the manifest itself
            var journals = files.Where(f => f.EndsWith("journal.jsonl", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(2, journals.Length);
            var (chain, chainOut) = await Run(folder.FullName, "python3", ["verify_journal.py", .. journals]);
            Assert.True(chain == 0, chainOut);
            Assert.Equal(2, chainOut.Split('\n').Count(l => l.Contains(": intact, ", StringComparison.Ordinal)));
            var verifyText = await File.ReadAllTextAsync(Path.Combine(folder.FullName, "VERIFY.txt"));
            var last = System.Text.Json.JsonDocument.Parse((await File.ReadAllLinesAsync(Path.Combine(folder.FullName, $"RT-{requestId}", "journal.jsonl")))[^1]);
            Assert.Contains($"RT-{requestId}: {last.RootElement.GetProperty("hash").GetString()}", verifyText, StringComparison.Ordinal);

            // One byte of one journal line changed: the manifest and the chain both name it.
            var journal = Path.Combine(folder.FullName, $"RT-{requestId}", "journal.jsonl");
            var lines = await File.ReadAllLinesAsync(journal);
            lines[0] = lines[0].Replace("\"note\":\"S", "\"note\":\"s", StringComparison.Ordinal);
            await File.WriteAllTextAsync(journal, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
            var (sumsAfter, sumsAfterOut) = await Run(folder.FullName, "sha256sum", "-c", "MANIFEST.sha256");
            Assert.NotEqual(0, sumsAfter);
            Assert.Contains($"RT-{requestId}/journal.jsonl: FAILED", sumsAfterOut, StringComparison.Ordinal);
            var (chainAfter, chainAfterOut) = await Run(folder.FullName, "python3", "verify_journal.py", $"RT-{requestId}/journal.jsonl");
            Assert.Equal(1, chainAfter);
            Assert.Contains("(position 1): its content does not match its hash", chainAfterOut, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        using var other = await app.Client(TestUser.AdvocateB).GetAsync($"/api/batches/{id}/dossier.zip");
        await other.Problem(HttpStatusCode.NotFound);
        using var otherRequest = await app.Client(TestUser.AdvocateB).GetAsync($"/api/requests/{requestId}/dossier.zip");
        await otherRequest.Problem(HttpStatusCode.NotFound);
    }

    private static async Task<(int Exit, string Output)> Run(string folder, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}

[Collection(SqliteApi.Name)]
public sealed class SqliteDossierApiTests(SqliteApiApp app) : DossierApiTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresDossierApiTests(PostgresApiApp app) : DossierApiTests(app);
