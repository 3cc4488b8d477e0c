using System.Net;
using System.Text.Json;

namespace RequestTracker.IntegrationTests.Infrastructure;

/// <summary>Valid bodies, unique per call so tests sharing one database never collide.</summary>
public static class TestData
{
    public static object Authority(string? name = null) => new
    {
        name = name ?? $"Authority {Guid.NewGuid():N}",
        jurisdiction = "Russian Federation",
        contactEmail = "info@mid.example.org",
        timeZone = "Europe/Moscow",
        lawId = "ru-8-fz",
        escalationContacts = new[] { new { kind = "court", name = "District Court", email = "court@example.org" } },
    };

    public static object Request(int authorityId, string? title = null) => new
    {
        authorityId,
        title = title ?? "CSTO deployment: documents",
        body = "Please provide the documents listed below.",
        legalBasis = "Federal Law No. 8-FZ",
        questions = new[]
        {
            new { category = "timeline", text = "When was the request for assistance made?" },
            new { category = "requestText", text = "What were its precise terms?" },
            new { category = "voteRecords", text = "How did each member state vote?" },
        },
    };

    public static async Task<int> CreateAuthority(HttpClient manager)
    {
        using var response = await manager.PostJson("/api/authorities", Authority());
        return (await response.Json(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    public static async Task<JsonElement> CreateRequest(HttpClient client, int authorityId, string? title = null)
    {
        using var response = await client.PostJson("/api/requests", Request(authorityId, title));
        return await response.Json(HttpStatusCode.Created);
    }

    /// <summary>A new authority and a request to it, filed and sent by <paramref name="advocate"/>; the request and its question ids.</summary>
    public static async Task<(JsonElement Request, List<int> Questions)> SendRequest(HttpClient manager, HttpClient advocate)
    {
        var authorityId = await CreateAuthority(manager);
        var draft = await CreateRequest(advocate, authorityId);
        using var sent = await advocate.PostAsync($"/api/requests/{draft.GetProperty("id").GetInt32()}/send", null);
        var request = await sent.Json(System.Net.HttpStatusCode.OK);
        return (request, request.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetInt32()).ToList());
    }
}
