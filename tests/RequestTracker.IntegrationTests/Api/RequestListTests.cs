using System.Net;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Api;

public abstract class RequestListTests(ApiApp app)
{
    [Fact]
    public async Task Cursor_paging_walks_every_request_once_newest_first()
    {
        var authorityId = await TestData.CreateAuthority(app.Client(TestUser.Manager));
        var ids = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await TestData.CreateRequest(app.Client(TestUser.AdvocateA), authorityId, $"Request {i}")).GetProperty("id").GetInt32());
        }

        var seen = new List<int>();
        var pages = 0;
        string? cursor = null;
        do
        {
            var url = $"/api/requests?authorityId={authorityId}&limit=2" + (cursor is null ? "" : $"&cursor={cursor}");
            using var response = await app.Client(TestUser.AdvocateA).GetAsync(url);
            var page = await response.Json(HttpStatusCode.OK);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetInt32()));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(ids.OrderDescending(), seen);
    }

    [Fact]
    public async Task The_list_filters_by_status_and_authority()
    {
        var authorityId = await TestData.CreateAuthority(app.Client(TestUser.Manager));
        var kept = (await TestData.CreateRequest(app.Client(TestUser.AdvocateA), authorityId)).GetProperty("id").GetInt32();
        var withdrawn = (await TestData.CreateRequest(app.Client(TestUser.AdvocateA), authorityId)).GetProperty("id").GetInt32();
        using (await app.Client(TestUser.AdvocateA).PostAsync($"/api/requests/{withdrawn}/withdraw", null))
        {
        }

        using var drafts = await app.Client(TestUser.AdvocateA).GetAsync($"/api/requests?authorityId={authorityId}&status=draft");
        using var gone = await app.Client(TestUser.AdvocateA).GetAsync($"/api/requests?authorityId={authorityId}&status=Withdrawn");

        var draftItem = Assert.Single((await drafts.Json(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
        Assert.Equal(kept, draftItem.GetProperty("id").GetInt32());
        Assert.Equal(3, draftItem.GetProperty("questionCount").GetInt32());
        var goneItem = Assert.Single((await gone.Json(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
        Assert.Equal(withdrawn, goneItem.GetProperty("id").GetInt32());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=-1", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=99999999999999", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("cursor=bm9wZQ", "cursor")]
    [InlineData("cursor=%00%01", "cursor")]
    [InlineData("status=lost", "status")]
    [InlineData("status=1", "status")]
    [InlineData("authorityId=-3", "authorityId")]
    public async Task A_bad_query_value_is_400_naming_it(string query, string field)
    {
        using var response = await app.Client(TestUser.AdvocateA).GetAsync($"/api/requests?{query}");

        await response.Problem(HttpStatusCode.BadRequest, field);
    }
}

[Collection(SqliteApi.Name)]
public sealed class SqliteRequestListTests(SqliteApiApp app) : RequestListTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresRequestListTests(PostgresApiApp app) : RequestListTests(app);
