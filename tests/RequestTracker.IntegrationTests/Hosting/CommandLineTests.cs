using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Hosting;

/// <summary>What a newcomer does at a shell: start the app on its embedded default, with the demo, create an admin.</summary>
public sealed partial class CommandLineTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("rt-cli-");

    private Dictionary<string, string> Environment => new() { ["DataPath"] = _data.FullName };

    [Fact]
    public async Task Demo_mode_creates_the_sqlite_file_prints_each_user_and_serves_the_case()
    {
        await using var app = AppProcess.Start(Environment, "--demo", "--urls", "http://127.0.0.1:0");
        var address = await app.Listening();

        Assert.True(File.Exists(Path.Combine(_data.FullName, "requesttracker.db")));
        var users = app.Output.Select(l => DemoUserLine().Match(l)).Where(m => m.Success).ToList();
        Assert.Equal(["Admin", "Advocate", "Advocate", "Manager"], users.Select(m => m.Groups[2].Value).Order());
        var manager = users.Single(m => m.Groups[2].Value == "Manager");
        using var client = await SignIn(address, manager.Groups[1].Value, manager.Groups[3].Value);
        var requests = await client.GetFromJsonAsync<JsonElement>("/api/requests");
        var authorities = await client.GetFromJsonAsync<JsonElement>("/api/authorities");
        Assert.Equal(9, requests.GetProperty("items").GetArrayLength()); // five alone, four in the batch
        Assert.Equal(5, authorities.GetArrayLength());
        var batch = (await client.GetFromJsonAsync<JsonElement>("/api/batches")).GetProperty("items").EnumerateArray().Single();
        Assert.Equal(4, batch.GetProperty("authorities").GetInt32());

        // The demo is in motion: deadlines that passed weeks ago are escalated by the worker at start-up.
        var progress = await Eventually.Get(
            async () =>
            {
                var items = (await client.GetFromJsonAsync<JsonElement>("/api/requests")).GetProperty("items");
                var seen = items.EnumerateArray().Select(r => r.GetProperty("progress").GetString()!).ToHashSet();
                return seen.Contains("escalated") ? seen : null;
            },
            "an escalated demo request");
        Assert.Superset(new HashSet<string> { "escalated", "awaiting", "draft" }, progress);

        // No mail server configured: the demo's emails are .eml files in the pickup folder, one per email marked sent.
        var pickup = Path.Combine(_data.FullName, "mail-pickup");
        await Eventually.True(async () => (await Outbox(client, "queued")).Count == 0, "the demo's outbox emptied");
        var sent = await Outbox(client, "sent");
        var emails = Directory.GetFiles(pickup, "*.eml");
        Assert.NotEmpty(sent);
        Assert.Equal(sent.Order(StringComparer.Ordinal), emails.Select(e => MimeKit.MimeMessage.Load(e).MessageId).Order(StringComparer.Ordinal));
        var first = await MimeKit.MimeMessage.LoadAsync(emails.Order(StringComparer.Ordinal).First());
        Assert.Matches(@"^rt\.\d+\.[a-z2-7]{8}@", first.MessageId);
        Assert.StartsWith(first.MessageId!.Replace('@', '_'), Path.GetFileName(emails.Order(StringComparer.Ordinal).First()), StringComparison.Ordinal);
        var states = new List<string>();
        for (var id = 1; id <= 8; id++)
        {
            states.Add((await client.GetFromJsonAsync<JsonElement>($"/api/questions/{id}")).GetProperty("timeliness").GetString()!);
        }

        Assert.Superset(new HashSet<string> { "onTime", "dueSoon", "overdue", "closed" }, states.ToHashSet());

        // The case told truthfully: the Russian ministry's silent request has its complaint waiting for review and its
        // court claim waiting to be filed, nothing of either emailed; the letters to Russian bodies are in Russian.
        var silent = (await client.GetFromJsonAsync<JsonElement>("/api/requests")).GetProperty("items").EnumerateArray()
            .Single(r => r.GetProperty("title").GetString() == RequestTracker.Demo.DemoTexts.Requests[2].Title).GetProperty("id").GetInt32();
        var letters = (await client.GetFromJsonAsync<JsonElement>($"/api/requests/{silent}/letters")).EnumerateArray().ToList();
        Assert.Equal([("Letter", "Draft"), ("Filing", "Draft")], letters.Select(l => (l.GetProperty("kind").GetString(), l.GetProperty("status").GetString())));
        Assert.DoesNotContain(emails.Select(e => MimeKit.MimeMessage.Load(e)), m => m.To.ToString().Contains("minister@mid.example.org", StringComparison.Ordinal));
        var russianLetter = emails.Select(e => MimeKit.MimeMessage.Load(e)).First(m => m.To.ToString().Contains("info@mid.example.org", StringComparison.Ordinal) && m.Subject!.StartsWith("Запрос информации", StringComparison.Ordinal));
        Assert.Contains("На основании статей 8 и 18 Федерального закона от 9 февраля 2009 г. № 8-ФЗ", russianLetter.TextBody, StringComparison.Ordinal);
        Assert.Contains("Почтовый адрес для ответа: 050000, г. Алматы", russianLetter.TextBody, StringComparison.Ordinal);
        var toUn = emails.Select(e => MimeKit.MimeMessage.Load(e)).First(m => m.To.ToString().Contains("president.sc@un.example.org", StringComparison.Ordinal));
        Assert.DoesNotContain("must", toUn.TextBody, StringComparison.Ordinal);
        await AssertPublicPagesLeakNothing(address);
        await app.DisposeAsync();

        // The journal's hash chains hold; one byte changed in one row in the database is named by its id.
        await using (var verify = AppProcess.Start(Environment, "journal", "verify"))
        {
            Assert.Equal(0, await verify.Exited());
            Assert.Contains(verify.Output, l => l.StartsWith("intact: ", StringComparison.Ordinal));
        }

        long tampered;
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_data.FullName, "requesttracker.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var pick = connection.CreateCommand();
            pick.CommandText = """SELECT "Id" FROM "Journal" WHERE "Event" = 'deadline-passed' ORDER BY "Id" LIMIT 1""";
            tampered = (long)(await pick.ExecuteScalarAsync())!;
            await using var change = connection.CreateCommand();
            change.CommandText = """UPDATE "Journal" SET "Note" = 'X' || substr("Note", 2) WHERE "Id" = $id""";
            change.Parameters.AddWithValue("$id", tampered);
            Assert.Equal(1, await change.ExecuteNonQueryAsync());
        }

        await using var broken = AppProcess.Start(Environment, "journal", "verify");
        Assert.Equal(1, await broken.Exited());
        Assert.Contains(broken.Output, l => l.Contains($"journal entry {tampered} ", StringComparison.Ordinal) && l.Contains("does not match its hash", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Users_create_makes_an_admin_who_signs_in_and_manages_users()
    {
        await using var create = AppProcess.Start(Environment, "users", "create", "--email", "admin@example.org", "--role", "Admin", "--name", "First Admin");
        Assert.Equal(0, await create.Exited());
        var password = create.Output.Select(l => PasswordLine().Match(l)).Single(m => m.Success).Groups[1].Value;

        await using var app = AppProcess.Start(Environment, "--urls", "http://127.0.0.1:0");
        using var admin = await SignIn(await app.Listening(), "admin@example.org", password);
        using var response = await admin.PostJson("/api/users", new { email = "advocate@example.org", role = "Advocate", password = "a long enough passphrase" });

        await response.Json(HttpStatusCode.Created);
        Assert.DoesNotContain(app.Output, l => l.Contains("Demo user", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_command_takes_configuration_keys_on_its_command_line_as_the_app_does()
    {
        // The environment says one data folder; the command line another, in both forms a key takes.
        var other = _data.CreateSubdirectory("other").FullName;
        await using (var create = AppProcess.Start(Environment, "users", "create", "--email", "keys@example.org", "--DataPath=" + other, "--role", "Manager"))
        {
            Assert.Equal(0, await create.Exited());
        }

        await using (var there = AppProcess.Start(Environment, "users", "list", "--DataPath", other))
        {
            Assert.Equal(0, await there.Exited());
            Assert.Contains(there.Output, l => l.StartsWith("keys@example.org\tManager", StringComparison.Ordinal));
        }

        await using (var here = AppProcess.Start(Environment, "users", "list"))
        {
            Assert.Equal(0, await here.Exited());
            Assert.DoesNotContain(here.Output, l => l.Contains("keys@example.org", StringComparison.Ordinal));
        }

        Assert.True(File.Exists(Path.Combine(other, "requesttracker.db")));
        await using (var verify = AppProcess.Start(Environment, "journal", "verify", "--DataPath=" + other))
        {
            Assert.Equal(0, await verify.Exited());
        }

        // A workflows folder named by its key: a broken copy is what gets validated.
        var folder = Path.Combine(other, "workflows");
        CopyFolder(Path.Combine(TestWorkflows.RepositoryRoot(), "workflows"), folder);
        var calendar = Path.Combine(folder, "calendars", "uk.yaml");
        await File.WriteAllTextAsync(calendar, (await File.ReadAllTextAsync(calendar)).Replace("timeZone: Europe/London", "timeZone: Europe/Londres", StringComparison.Ordinal));
        await using var validate = AppProcess.Start(Environment, "workflows", "validate", "--Workflows:Path=" + folder);
        Assert.Equal(1, await validate.Exited());
        Assert.Contains(validate.Output, l => l.Contains("uk.yaml:", StringComparison.Ordinal) && l.Contains("not an IANA time zone", StringComparison.Ordinal));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task Users_create_refuses_a_duplicate_email_with_a_non_zero_exit()
    {
        await using (var first = AppProcess.Start(Environment, "users", "create", "--email", "twice@example.org", "--role", "Manager"))
        {
            Assert.Equal(0, await first.Exited());
        }

        await using var second = AppProcess.Start(Environment, "users", "create", "--email", "twice@example.org", "--role", "Manager");

        Assert.Equal(1, await second.Exited());
        Assert.Contains(second.Output, l => l.Contains("already exists", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_database_provider_stops_the_app_with_a_clear_message()
    {
        var environment = Environment;
        environment["Database__Provider"] = "Oracle";
        await using var app = AppProcess.Start(environment, "--urls", "http://127.0.0.1:0");

        Assert.NotEqual(0, await app.Exited());
        Assert.Contains(app.Output, l => l.Contains("Database:Provider 'Oracle' is not supported", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Published_and_started_from_another_folder_the_app_serves_its_pages_with_their_styles()
    {
        // The published layout (the build output with wwwroot beside it), its entry files copied so the app's folder is this one.
        var published = _data.CreateSubdirectory("published").FullName;
        foreach (var entry in Directory.EnumerateFileSystemEntries(AppProcess.BuildOutput))
        {
            var target = Path.Combine(published, Path.GetFileName(entry));
            if (Path.GetFileName(entry).StartsWith("RequestTracker.Web.", StringComparison.Ordinal))
            {
                File.Copy(entry, target);
            }
            else
            {
                File.CreateSymbolicLink(target, entry);
            }
        }

        Directory.CreateSymbolicLink(Path.Combine(published, "wwwroot"), Path.Combine(AppProcess.WebProject, "wwwroot"));
        var elsewhere = _data.CreateSubdirectory("elsewhere").FullName;
        var environment = Environment;
        environment["Workflows__Path"] = Path.Combine(TestWorkflows.RepositoryRoot(), "workflows");

        await using var app = AppProcess.StartIn(Path.Combine(published, "RequestTracker.Web.dll"), elsewhere, environment, "--urls", "http://127.0.0.1:0");
        using var client = new HttpClient { BaseAddress = await app.Listening() };

        var page = await client.GetStringAsync("/login");
        var stylesheet = StylesheetLink().Match(page);
        Assert.True(stylesheet.Success, page);
        using var css = await client.GetAsync(stylesheet.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(AppProcess.WebProject, "wwwroot", "css", "site.css")), await css.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Demo_2022_tells_the_case_on_its_own_dates_and_replays_what_followed_up_to_today()
    {
        await using var app = AppProcess.Start(Environment, "--demo", "2022", "--urls", "http://127.0.0.1:0");
        var address = await app.Listening();
        var manager = app.Output.Select(l => DemoUserLine().Match(l)).Single(m => m.Success && m.Groups[2].Value == "Manager");
        using var client = await SignIn(address, manager.Groups[1].Value, manager.Groups[3].Value);

        // The first request went to the Russian ministry on 10 January 2022, four days after the deployment was decided.
        var silent = (await client.GetFromJsonAsync<JsonElement>("/api/requests")).GetProperty("items").EnumerateArray()
            .Single(r => r.GetProperty("title").GetString() == RequestTracker.Demo.DemoTexts.Requests[2].Title).GetProperty("id").GetInt32();
        var request = await client.GetFromJsonAsync<JsonElement>($"/api/requests/{silent}");
        Assert.Equal(new DateTime(2022, 1, 10, 9, 0, 0, DateTimeKind.Utc), request.GetProperty("sentAt").GetDateTime().ToUniversalTime());
        var question = request.GetProperty("questions")[0].GetProperty("id").GetInt32();
        var journal = (await client.GetFromJsonAsync<JsonElement>($"/api/questions/{question}/journal")).EnumerateArray().ToList();
        Assert.Equal(2022, journal[0].GetProperty("at").GetDateTime().Year);
        // Four years of silence since: every rung of the 8-FZ ladder came due in 2022, and the ladder has run out.
        Assert.All(journal.Where(e => e.GetProperty("event").GetString() == "step-due"), e => Assert.Equal(2022, e.GetProperty("at").GetDateTime().Year));
        Assert.Equal("ladder-exhausted", (await client.GetFromJsonAsync<JsonElement>($"/api/questions/{question}")).GetProperty("state").GetString());
    }

    public void Dispose() => _data.Delete(recursive: true);

    /// <summary>
    /// Every public page of the demo, as a crawler reaches them (the sitemap, each page, its released documents,
    /// each authority's feed, the search): no advocate's or manager's address, no reply token, no private
    /// attachment (name or content), no title of a request that is not published; the embargoed one is a 404.
    /// </summary>
    private static async Task AssertPublicPagesLeakNothing(Uri address)
    {
        using var anonymous = new HttpClient { BaseAddress = address };
        var sitemap = await anonymous.GetStringAsync("/sitemap.xml");
        var paths = Regex.Matches(sitemap, "<loc>([^<]+)</loc>").Select(m => new Uri(m.Groups[1].Value).PathAndQuery).ToList();
        Assert.Contains("/public/batches/1", paths);
        Assert.Equal(4, paths.Count(p => p.StartsWith("/public/requests/", StringComparison.Ordinal)));
        var seen = new System.Text.StringBuilder(sitemap);
        foreach (var path in paths.Concat(["/public", "/robots.txt", "/public?q=appeal", "/public?q=cover", "/public?q=routing"]))
        {
            var page = await anonymous.GetStringAsync(path);
            seen.Append(page);
            foreach (var document in Regex.Matches(page, "/public/requests/[0-9]+/attachments/[0-9]+").Select(m => m.Value).Distinct())
            {
                seen.Append(await anonymous.GetStringAsync(document));
            }
        }

        foreach (var authority in paths.Where(p => p.StartsWith("/public/authorities/", StringComparison.Ordinal)))
        {
            seen.Append(await anonymous.GetStringAsync($"{authority}/feed.atom"));
        }

        var all = seen.ToString();
        Assert.Contains("appeal-text.txt", all, StringComparison.Ordinal); // the released enclosure is there
        foreach (var secret in new[] { RequestTracker.Demo.DemoCase.AdvocateA, RequestTracker.Demo.DemoCase.AdvocateB, RequestTracker.Demo.DemoCase.Manager, "cover-note-internal.txt", "Сопроводительный лист" }
            .Concat(RequestTracker.Demo.DemoTexts.Requests.Select(r => r.Title)))
        {
            Assert.DoesNotContain(secret, all, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(@"\+r[0-9]+\.[a-z0-9]+@", all); // a reply address with its token
        using var embargoed = await anonymous.GetAsync("/public/requests/2");
        Assert.Equal(HttpStatusCode.NotFound, embargoed.StatusCode);
    }

    private static async Task<HttpClient> SignIn(Uri address, string email, string password)
    {
        var client = new HttpClient { BaseAddress = address };
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password });
        var token = (await response.Json(HttpStatusCode.OK)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [GeneratedRegex(@"^Demo user: (\S+)  role: (\w+)  password: (\S+)$")]
    private static partial Regex DemoUserLine();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex StylesheetLink();

    [GeneratedRegex(@"^Password: (\S+)$")]
    private static partial Regex PasswordLine();

    private static async Task<List<string>> Outbox(HttpClient client, string status)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/outbox?status={status}&limit=100");
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("messageId").GetString()!).ToList();
    }
}
