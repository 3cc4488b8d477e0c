using System.Net;
using System.Text.Json;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Mail;

/// <summary>The API calls the mail tests repeat: authorities, a sent request, its correspondence and journals.</summary>
internal static class MailTestClient
{
    /// <summary>An authority, by default under the UK's FOIA (English letters: <see cref="Send"/> writes English).</summary>
    public static async Task<int> Authority(HttpClient manager, string lawId = "uk-foia-2000", string contact = "foi@ministry.test", string zone = "Europe/London")
    {
        using var response = await manager.PostJson("/api/authorities", new
        {
            name = $"Ministry {Guid.NewGuid():N}",
            jurisdiction = "Test",
            contactEmail = contact,
            timeZone = zone,
            lawId,
            escalationContacts = Array.Empty<object>(),
        });
        return (await response.Json(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    /// <summary>Files and sends a request with the given question texts; returns its id, title and question ids in order.</summary>
    public static async Task<(int Id, string Title, int[] Questions)> Send(HttpClient advocate, int authorityId, params string[] questions)
    {
        // The title and letter in the authority's language (the questions are the caller's): nothing is translated.
        using var read = await advocate.GetAsync($"/api/authorities/{authorityId}");
        var russian = (await read.Json(HttpStatusCode.OK)).GetProperty("language").GetString() == "ru";
        var title = russian ? $"Документы {Random.Shared.Next(100_000, 999_999)}" : $"Documents {Guid.NewGuid():N}"[..20];
        using var filed = await advocate.PostJson("/api/requests", new
        {
            authorityId,
            title,
            body = russian ? "Прошу предоставить документы, перечисленные ниже." : "Please provide the documents listed below.",
            legalBasis = russian ? string.Empty : "Test basis",
            questions = questions.Select(q => new { category = "other", text = q }).ToArray(),
        });
        var request = await filed.Json(HttpStatusCode.Created);
        var id = request.GetProperty("id").GetInt32();
        using var sent = await advocate.PostAsync($"/api/requests/{id}/send", null);
        await sent.Json(HttpStatusCode.OK);
        var ids = request.GetProperty("questions").EnumerateArray().OrderBy(q => q.GetProperty("position").GetInt32()).Select(q => q.GetProperty("id").GetInt32()).ToArray();
        return (id, title, ids);
    }

    public static async Task<JsonElement[]> Correspondence(HttpClient client, int requestId)
    {
        using var response = await client.GetAsync($"/api/requests/{requestId}/correspondence");
        return (await response.Json(HttpStatusCode.OK)).EnumerateArray().ToArray();
    }

    public static async Task<JsonElement[]> Journal(HttpClient client, int questionId)
    {
        using var response = await client.GetAsync($"/api/questions/{questionId}/journal");
        return (await response.Json(HttpStatusCode.OK)).EnumerateArray().ToArray();
    }

    /// <summary>Waits until the request has a correspondence item matching <paramref name="match"/>.</summary>
    public static Task<JsonElement[]> Until(HttpClient client, int requestId, Func<JsonElement, bool> match, string what) =>
        Eventually.Get(async () => (await Correspondence(client, requestId)) is var items && items.Any(match) ? items : null, what);

    public static bool About(this MimeKit.MimeMessage message, string text) => (message.Subject ?? string.Empty).Contains(text, StringComparison.Ordinal);

    public static bool Starts(this MimeKit.MimeMessage message, string text) => (message.Subject ?? string.Empty).StartsWith(text, StringComparison.Ordinal);
}
