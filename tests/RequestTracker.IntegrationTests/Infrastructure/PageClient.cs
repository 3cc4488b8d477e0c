using System.Net;
using System.Text.RegularExpressions;

namespace RequestTracker.IntegrationTests.Infrastructure;

/// <summary>A browser without a browser: signs in through the form, keeps the cookie, posts forms with their antiforgery token.</summary>
public sealed partial class PageClient : IDisposable
{
    private readonly HttpClient _client;
    private string _token = string.Empty;

    private PageClient(HttpClient client) => _client = client;

    public static async Task<PageClient> SignIn(ApiApp app, TestUser user)
    {
        var page = new PageClient(app.Host.NewClient(handleCookies: true));
        await page.Get("/login");
        using var signedIn = await page.Post("/login", ("Email", ApiApp.Email(user)), ("Password", ApiApp.Password));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return page;
    }

    /// <summary>The page's HTML; its antiforgery token is kept for the next post.</summary>
    public async Task<(HttpStatusCode Status, string Html)> Get(string path)
    {
        using var response = await _client.GetAsync(path);
        return (response.StatusCode, await Read(response));
    }

    public async Task<HttpResponseMessage> Post(string path, params (string Name, string Value)[] fields)
    {
        var response = await _client.PostAsync(path, new FormUrlEncodedContent(fields
            .Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Append(KeyValuePair.Create("__RequestVerificationToken", _token))));
        return response;
    }

    /// <summary>Posts and reads the answer (and its token, as a form shown again carries a fresh one).</summary>
    public async Task<(HttpStatusCode Status, string Html)> PostRead(string path, params (string Name, string Value)[] fields)
    {
        using var response = await Post(path, fields);
        return (response.StatusCode, await Read(response));
    }

    public void Dispose() => _client.Dispose();

    private async Task<string> Read(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        if (AntiforgeryField().Match(html) is { Success: true } token)
        {
            _token = token.Groups[1].Value;
        }

        return html;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
