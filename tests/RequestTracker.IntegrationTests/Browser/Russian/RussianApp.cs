using System.Net;
using System.Text.Json;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Browser.Russian;

/// <summary>
/// An app of the Russian walk's own, every record written in Russian — authorities, requests, a reply by post, a
/// batch, published pages — so that on a page in Russian any Latin word is either a name the test knows (an
/// email address, a user's name) or English the interface failed to translate. The pseudo-culture is on.
/// </summary>
public sealed class RussianApp : ApiApp
{
    public override string Provider => "Sqlite";

    public int Authority { get; private set; }

    public int Other { get; private set; }

    public int Draft { get; private set; }

    public int Sent { get; private set; }

    public int Question { get; private set; }

    public long Reply { get; private set; }

    public int Batch { get; private set; }

    protected override Task<TestDatabase> CreateDatabase() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());

    protected override Task<IReadOnlyDictionary<string, string?>?> CreateSettings() =>
        Task.FromResult<IReadOnlyDictionary<string, string?>?>(new Dictionary<string, string?> { ["Localization:Pseudo"] = "true" });

    /// <summary>Called once users exist (by the test's initialisation).</summary>
    public async Task Seed()
    {
        if (Batch != 0)
        {
            return;
        }

        var manager = Client(TestUser.Manager);
        var advocate = Client(TestUser.AdvocateA);
        // The advocate's notes are written while their profile says Russian; then it is cleared, so their pages follow the browser.
        await Profile(advocate, "ru");
        Authority = await Created(await manager.PostJson("/api/authorities", new
        {
            name = "Министерство иностранных дел Российской Федерации",
            jurisdiction = "Российская Федерация",
            contactEmail = "info@mid.example.org",
            timeZone = "Europe/Moscow",
            lawId = "ru-8-fz",
            escalationContacts = new[] { new { kind = "court", name = "Мещанский районный суд города Москвы", email = (string?)null } },
        }));
        Other = await Created(await manager.PostJson("/api/authorities", new
        {
            name = "Канцелярия Премьер-Министра Республики Казахстан",
            jurisdiction = "Республика Казахстан",
            contactEmail = "press@primeminister.example.kz",
            timeZone = "Asia/Almaty",
            lawId = "kz-401-v",
        }));
        Draft = await Created(await advocate.PostJson("/api/requests", TestData.RussianRequest(Authority, "Черновик: просьба о помощи")));
        var filed = await Created(await advocate.PostJson("/api/requests", TestData.RussianRequest(Authority, "Просьба Казахстана о помощи ОДКБ")));
        using (var sent = await advocate.PostAsync($"/api/requests/{filed}/send", null))
        {
            Question = (await sent.Json(HttpStatusCode.OK)).GetProperty("questions")[0].GetProperty("id").GetInt32();
        }

        Sent = filed;
        // No day of arrival: today where the authority is (Almaty is a day ahead of Moscow late in the evening UTC).
        using (var form = new MultipartFormDataContent
        {
            { new StringContent("post"), "channel" },
            { new StringContent("Ваш запрос получен и зарегистрирован. Ответ будет направлен в установленный срок."), "text" },
        })
        using (var recorded = await advocate.PostAsync($"/api/requests/{Sent}/replies", form))
        {
            Reply = (await recorded.Json(HttpStatusCode.OK)).GetProperty("id").GetInt64();
        }

        Batch = await Created(await advocate.PostJson("/api/batches", new
        {
            language = "ru",
            title = "Одни и те же вопросы двум адресатам",
            body = "Прошу предоставить документы, перечисленные ниже.",
            questions = new[] { new { category = "voteRecords", text = "Как голосовало каждое государство-член?" } },
            authorities = new[] { new { authorityId = Authority }, new { authorityId = Other } },
        }));
        await Ok(await advocate.PostAsync($"/api/batches/{Batch}/send", null));
        await Ok(await advocate.PostAsync($"/api/batches/{Batch}/publish", null));
        await Ok(await advocate.PostAsync($"/api/requests/{Sent}/publish", null));
        await Profile(advocate, null);
    }

    private static async Task Profile(HttpClient client, string? language) =>
        await Ok(await client.PutJson("/api/profile", new { displayName = "Анна Петрова", postalAddress = "119002, г. Москва, ул. Арбат, д. 1, кв. 5", phone = "", language }));

    private static async Task<int> Created(HttpResponseMessage response)
    {
        using (response)
        {
            JsonElement body = await response.Json(HttpStatusCode.Created);
            return body.GetProperty("id").GetInt32();
        }
    }

    private static async Task Ok(HttpResponseMessage response)
    {
        using (response)
        {
            await response.Json(HttpStatusCode.OK);
        }
    }
}
