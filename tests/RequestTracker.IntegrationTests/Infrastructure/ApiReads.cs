using System.Net;
using System.Text.Json;

namespace RequestTracker.IntegrationTests.Infrastructure;

/// <summary>The reads most API tests make after acting: a request, a question, a question's journal (each 200 or the test fails).</summary>
public static class ApiReads
{
    public static async Task<JsonElement> Request(HttpClient client, int request)
    {
        using var response = await client.GetAsync($"/api/requests/{request}");
        return await response.Json(HttpStatusCode.OK);
    }

    public static async Task<JsonElement> Question(HttpClient client, int question)
    {
        using var response = await client.GetAsync($"/api/questions/{question}");
        return await response.Json(HttpStatusCode.OK);
    }

    public static async Task<List<JsonElement>> Journal(HttpClient client, int question)
    {
        using var response = await client.GetAsync($"/api/questions/{question}/journal");
        return (await response.Json(HttpStatusCode.OK)).EnumerateArray().ToList();
    }
}
