using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace RequestTracker.IntegrationTests.Api;

/// <summary>
/// Generated bodies (<see cref="FuzzBodies"/>) thrown at every write endpoint of the API, found in the app's own
/// endpoint list so a new one is covered without a word here. Whatever comes, the answer is 2xx or 4xx, never 5xx,
/// and a refusal (4xx) changes nothing: every table's rows are counted (and versions summed) before and after.
/// The seed is fixed and printed; <c>RT_FUZZ_SEED</c> runs another.
/// </summary>
public abstract class WriteEndpointFuzzTests(FuzzApp app, ITestOutputHelper output)
{
    private const int Seed = 20_261_207;
    private const int Cases = 400;

    [Fact]
    public async Task Every_write_endpoint_answers_generated_bodies_with_2xx_or_4xx_and_a_refusal_changes_nothing()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("RT_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var given) ? given : Seed;
        output.WriteLine($"seed {seed} (RT_FUZZ_SEED replays another)");
        var random = new Random(seed);
        var endpoints = WriteEndpoints();
        Assert.Contains(endpoints, e => e.Multipart); // the replies endpoint, read from its metadata like every other
        var weighted = endpoints.SelectMany(e => Enumerable.Repeat(e, e.Multipart ? 3 : 1)).ToList();
        var records = await FuzzRecords.Create(app);
        var bodies = new FuzzBodies(random, name => records.Known(name));
        var counts = new TableCounts(app.Host);
        var statuses = new SortedDictionary<int, int>();
        var watch = Stopwatch.StartNew();
        var previous = "nothing";
        for (var i = 0; i < Math.Max(Cases, endpoints.Count * 6); i++)
        {
            if (i > 0 && i % 80 == 0)
            {
                records = await FuzzRecords.Create(app); // earlier cases may have withdrawn or published what they act on
            }

            // Each endpoint once, then at random, a form endpoint three times as often: a form has more ways to be wrong.
            var endpoint = i < endpoints.Count ? endpoints[i] : weighted[random.Next(weighted.Count)];
            var path = endpoint.Path(records, random);
            var ownKind = random.NextDouble() < 0.9; // nine times in ten the kind of body the endpoint reads, else the other kind
            var body = endpoint.Multipart == ownKind ? bodies.Multipart(endpoint.Fields) : bodies.Json(endpoint.Body);
            if (endpoint.Body is null && body.Content?.Headers.ContentLength > 200_000)
            {
                // An endpoint that reads no body answers before it arrives, and Kestrel closes the connection on a body it
                // cannot drain (over the 256 KiB limit): legal HTTP, but the client never sees the answer to check.
                body.Content.Dispose();
                body = bodies.Json(null);
            }
            var before = await counts.Read();
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path) { Content = body.Content };
            // As curl does: a server that refuses a body (too large, of the wrong type) answers before it is sent, rather
            // than closing the connection on a client still writing it.
            request.Headers.ExpectContinue = body.Content?.Headers.ContentLength > 64 * 1024;
            // A server may close a connection after answering a request whose body it did not read (it cannot drain it);
            // one connection per case keeps that from failing the next case, which is not the one at fault.
            request.Headers.ConnectionClose = true;
            var where = $"seed {seed}, case {i}: {endpoint.Method} {path} as {endpoint.Caller}, {body.Description}";
            HttpResponseMessage sent;
            try
            {
                sent = await app.Client(endpoint.Caller).SendAsync(request);
            }
            catch (HttpRequestException e)
            {
                Assert.Fail($"{where}\nno answer: {e.Message} {e.InnerException?.Message}\nafter {previous}");
                throw;
            }

            using var response = sent;
            previous = where;
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            where += $" → {status}";
            Assert.True(status < 500, $"{where}\n{await response.Content.ReadAsStringAsync()}");
            if (status >= 400)
            {
                var changed = TableCounts.Changes(before, await counts.Read());
                Assert.True(changed.Count == 0, $"{where}\nrefused, yet changed: {string.Join(", ", changed)}");
            }
        }

        output.WriteLine($"{endpoints.Count} endpoints, {watch.Elapsed.TotalSeconds:F1} s; answers: {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}");
    }

    /// <summary>Every endpoint under /api that writes (POST, PUT, PATCH, DELETE), with who may call it and the body it reads.</summary>
    private List<WriteEndpoint> WriteEndpoints()
    {
        var found = new List<WriteEndpoint>();
        foreach (var endpoint in app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            if (endpoint.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) != true)
            {
                continue;
            }

            foreach (var method in methods.Where(m => m is "POST" or "PUT" or "PATCH" or "DELETE"))
            {
                var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>();
                var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
                var caller = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null ? Caller.Anonymous
                    : policies.Contains("api-admin") ? Caller.Admin
                    : policies.Contains("api-manager") ? Caller.Manager
                    : Caller.Advocate;
                found.Add(new WriteEndpoint(method, endpoint.RoutePattern, caller, accepts?.RequestType, accepts?.ContentTypes.Contains("multipart/form-data") == true));
            }
        }

        output.WriteLine(string.Join(Environment.NewLine, found.Select(e => $"{e.Method} {e.RoutePattern.RawText} ({e.Caller}{(e.Multipart ? ", multipart" : e.Body is null ? string.Empty : $", {e.Body.Name}")})")));
        return found.OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal).ToList();
    }
}

public enum Caller
{
    Anonymous,
    Advocate,
    Manager,
    Admin,
}

/// <summary>A write endpoint and how to call it: its route filled with the records the fuzz acts on (now and then a wrong id).</summary>
public sealed record WriteEndpoint(string Method, RoutePattern RoutePattern, Caller Caller, Type? Body, bool Multipart)
{
    /// <summary>The multipart fields: the body type's constructor parameters, camelCase, as the form names them.</summary>
    public IReadOnlyList<string> Fields =>
        Body?.GetConstructors().MaxBy(c => c.GetParameters().Length)?.GetParameters().Select(p => char.ToLowerInvariant(p.Name![0]) + p.Name[1..]).ToList() ?? [];

    public string Path(FuzzRecords records, Random random)
    {
        var path = new List<string>();
        string? previous = null;
        foreach (var segment in RoutePattern.PathSegments)
        {
            var text = string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternParameterPart parameter => random.NextDouble() < 0.08
                    ? new[] { "0", "-1", "999999", "2147483648", "abc" }[random.Next(5)]
                    : records.RouteValue(previous, parameter.Name, random),
                _ => string.Empty,
            }));
            previous = segment.Parts is [RoutePatternLiteralPart only] ? only.Content : previous;
            path.Add(text);
        }

        return "/" + string.Join('/', path);
    }
}

/// <summary>The records a fuzz run acts on, made through the API as the advocate who owns them (and a manager and an admin).</summary>
public sealed class FuzzRecords
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.OrdinalIgnoreCase);

    public static async Task<FuzzRecords> Create(FuzzApp app)
    {
        var records = new FuzzRecords();
        var manager = app.Client(TestUser.Manager);
        var advocate = app.Client(TestUser.AdvocateA);
        var (request, questions) = await TestData.SendRequest(manager, advocate);
        var requestId = request.GetProperty("id").GetInt32();
        var authorityId = request.GetProperty("authorityId").GetInt32();
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("post"), "channel" },
            { new StringContent(today), "receivedOn" },
            { new StringContent("The documents are enclosed."), "text" },
            { new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()), "files", "scan.pdf" },
        };
        using var reply = await advocate.PostAsync($"/api/requests/{requestId}/replies", form);
        var replyId = (await reply.Json(System.Net.HttpStatusCode.OK)).GetProperty("id").GetInt64();
        using var correspondence = await advocate.GetAsync($"/api/requests/{requestId}/correspondence");
        var received = (await correspondence.Json(System.Net.HttpStatusCode.OK)).EnumerateArray().Single(m => m.GetProperty("direction").GetString() == "received");
        using var outbox = await manager.GetAsync("/api/outbox?limit=1");
        var emails = (await outbox.Json(System.Net.HttpStatusCode.OK)).GetProperty("items");
        using var batch = await advocate.PostJson("/api/batches", new
        {
            title = "The same questions",
            body = "Please provide the documents.",
            legalBasis = "Federal Law No. 8-FZ",
            questions = new[] { new { category = "timeline", text = "When?" }, new { category = "voteRecords", text = "Who voted how?" } },
            authorities = new[] { new { authorityId }, new { authorityId = await TestData.CreateAuthority(manager) } },
        });
        using var user = await app.Client(TestUser.Admin).PostJson("/api/users", new { email = $"fuzz.{Guid.NewGuid():N}@test.example.org", displayName = "Fuzz", role = "Advocate", password = ApiApp.Password });

        records._ids["request"] = records._ids["requestId"] = $"{requestId}";
        records._ids["question"] = records._ids["questionId"] = $"{questions[0]}";
        records._ids["authority"] = records._ids["authorityId"] = $"{authorityId}";
        records._ids["replyId"] = records._ids["inbox"] = $"{replyId}";
        records._ids["attachmentId"] = $"{received.GetProperty("attachments")[0].GetProperty("id").GetInt64()}";
        records._ids["outbox"] = emails.GetArrayLength() > 0 ? $"{emails[0].GetProperty("id").GetInt64()}" : "1";
        records._ids["batch"] = $"{(await batch.Json(System.Net.HttpStatusCode.Created)).GetProperty("id").GetInt32()}";
        records._ids["user"] = (await user.Json(System.Net.HttpStatusCode.Created)).GetProperty("id").GetString()!;
        records._ids["channel"] = "post";
        records._ids["receivedOn"] = records._ids["from"] = today;
        records._ids["key"] = Guid.NewGuid().ToString();
        records._ids["action"] = "answered";
        records._ids["lawId"] = "ru-8-fz";
        records._ids["timeZone"] = "Europe/Moscow";
        records._ids["role"] = "Advocate";
        records._ids["password"] = "a passphrase long enough";
        records._ids["email"] = records._ids["contactEmail"] = records._ids["to"] = "clerk@ministry.example.org";
        return records;
    }

    /// <summary>A plausible value for a field of that name (an id of these records, a day, a channel ...), or null.</summary>
    public string? Known(string field) => _ids.GetValueOrDefault(field);

    /// <summary>The value of a route parameter, by the collection it follows (<c>requests/{id}</c>) or its own name.</summary>
    public string RouteValue(string? collection, string parameter, Random random) => parameter switch
    {
        "position" => $"{random.Next(0, 4)}",
        "replyId" or "attachmentId" => _ids[parameter],
        _ => collection switch
        {
            "requests" => _ids["request"],
            "questions" => _ids["question"],
            "authorities" => _ids["authority"],
            "batches" => _ids["batch"],
            "outbox" => _ids["outbox"],
            "inbox" => _ids["inbox"],
            "users" => _ids["user"],
            _ => "1",
        },
    };
}

/// <summary>The fuzz's own app (its database, its sign-in throttle) with the workers off, so only requests change rows.</summary>
public abstract class FuzzApp : ApiApp
{
    public HttpClient Client(Caller caller) => caller switch
    {
        Caller.Anonymous => _anonymous ??= Anonymous(),
        Caller.Admin => Client(TestUser.Admin),
        Caller.Manager => Client(TestUser.Manager),
        _ => Client(TestUser.AdvocateA),
    };

    private HttpClient? _anonymous;

    protected override Task<IReadOnlyDictionary<string, string?>?> CreateSettings() => Task.FromResult<IReadOnlyDictionary<string, string?>?>(new Dictionary<string, string?>
    {
        ["Workflows:Worker:Enabled"] = "false",
        ["Mail:Delivery:Enabled"] = "false",
        ["Mail:Digest:Enabled"] = "false",
    });
}

public sealed class FuzzSqliteApp : FuzzApp
{
    public override string Provider => "Sqlite";

    protected override Task<TestDatabase> CreateDatabase() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class FuzzPostgresApp : FuzzApp
{
    public override string Provider => "PostgreSql";

    protected override async Task<TestDatabase> CreateDatabase() => await PostgresTestDatabase.Create();
}

public sealed class SqliteWriteEndpointFuzzTests(FuzzSqliteApp app, ITestOutputHelper output) : WriteEndpointFuzzTests(app, output), IClassFixture<FuzzSqliteApp>;

public sealed class PostgresWriteEndpointFuzzTests(FuzzPostgresApp app, ITestOutputHelper output) : WriteEndpointFuzzTests(app, output), IClassFixture<FuzzPostgresApp>;
