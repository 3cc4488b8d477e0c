using System.Net;
using System.Text.Json;

namespace RequestTracker.IntegrationTests.Infrastructure;

/// <summary>Valid bodies, unique per call so tests sharing one database never collide.</summary>
public static class TestData
{
    /// <summary>An authority under the UK's FOIA: its letters are English, as the test requests below are written.</summary>
    public static object Authority(string? name = null) => new
    {
        name = name ?? $"Authority {Guid.NewGuid():N}",
        jurisdiction = "United Kingdom",
        contactEmail = "foi@authority.example.org",
        timeZone = "Europe/London",
        lawId = "uk-foia-2000",
        escalationContacts = new[] { new { kind = "oversightBody", name = "Information Commissioner", email = "casework@ico.example.org" } },
    };

    public static object Request(int authorityId, string? title = null) => new
    {
        authorityId,
        title = title ?? "CSTO deployment: documents",
        body = "Please provide the documents listed below.",
        legalBasis = "Freedom of Information Act 2000",
        questions = new[]
        {
            new { category = "timeline", text = "When was the request for assistance made?" },
            new { category = "requestText", text = "What were its precise terms?" },
            new { category = "voteRecords", text = "How did each member state vote?" },
        },
    };

    /// <summary>The same request in Russian, for an authority that corresponds in Russian (8-FZ, 401-V): nothing is translated.</summary>
    public static object RussianRequest(int authorityId, string? title = null) => new
    {
        authorityId,
        title = title ?? "Направление сил ОДКБ: документы",
        body = "Прошу предоставить документы, перечисленные ниже.",
        legalBasis = "Федеральный закон № 8-ФЗ",
        questions = new[]
        {
            new { category = "timeline", text = "Когда была направлена просьба о помощи?" },
            new { category = "requestText", text = "Каков точный текст этой просьбы?" },
            new { category = "voteRecords", text = "Как голосовало каждое государство-член?" },
        },
    };

    /// <summary>The text of a batch in Russian, its questions aligned with <c>Batch</c>'s English ones.</summary>
    public static object RussianText(int questions = 2) => new
    {
        language = "ru",
        title = "Направление сил ОДКБ: одни и те же вопросы каждому органу",
        body = "Прошу предоставить документы, перечисленные ниже.",
        legalBasis = "Устав ОДКБ, статья 3.",
        questions = new[] { "Когда была направлена просьба о помощи?", "Как голосовало каждое государство-член?", "Каков точный текст этой просьбы?" }.Take(questions).ToArray(),
    };

    public static async Task<JsonElement> CreateRussianRequest(HttpClient client, int authorityId, string? title = null)
    {
        using var response = await client.PostJson("/api/requests", RussianRequest(authorityId, title));
        return await response.Json(HttpStatusCode.Created);
    }

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

    /// <summary>An authority under Russia's 8-FZ in Moscow: it corresponds in Russian.</summary>
    public static object RussianAuthority(string? name = null) => new
    {
        name = name ?? $"Authority {Guid.NewGuid():N}",
        jurisdiction = "Russian Federation",
        contactEmail = "info@mid.example.org",
        timeZone = "Europe/Moscow",
        lawId = "ru-8-fz",
        escalationContacts = new[] { new { kind = "court", name = "District Court", email = "court@example.org" } },
    };

    /// <summary>A new 8-FZ authority and a Russian request to it, filed and sent; the request and its question ids.</summary>
    public static async Task<(JsonElement Request, List<int> Questions)> SendRussianRequest(HttpClient manager, HttpClient advocate)
    {
        using var created = await manager.PostJson("/api/authorities", RussianAuthority());
        var authorityId = (await created.Json(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var draft = await CreateRussianRequest(advocate, authorityId);
        using var sent = await advocate.PostAsync($"/api/requests/{draft.GetProperty("id").GetInt32()}/send", null);
        var request = await sent.Json(HttpStatusCode.OK);
        return (request, request.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetInt32()).ToList());
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
