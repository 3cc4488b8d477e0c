using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace RequestTracker.IntegrationTests.Infrastructure;

/// <summary>Assertions on HTTP responses: status, problem+json shape, named fields.</summary>
public static class Http
{
    public static async Task<JsonElement> Json(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts a problem+json response with the status, and that each named field has an error.</summary>
    public static async Task<JsonElement> Problem(this HttpResponseMessage response, HttpStatusCode expected, params string[] fields)
    {
        var json = await response.Json(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, json.GetProperty("status").GetInt32());
        foreach (var field in fields)
        {
            Assert.True(
                json.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _),
                $"Expected an error on '{field}' in {json}");
        }

        return json;
    }

    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string url, object body) => client.PostAsJsonAsync(url, body);

    public static Task<HttpResponseMessage> PutJson(this HttpClient client, string url, object body) => client.PutAsJsonAsync(url, body);

    public static Task<HttpResponseMessage> PostRaw(this HttpClient client, string url, string json) =>
        client.PostAsync(url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
}
