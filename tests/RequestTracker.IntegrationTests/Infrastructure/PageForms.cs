using System.Net;
using System.Text.RegularExpressions;

namespace RequestTracker.IntegrationTests.Infrastructure;

/// <summary>Pages over plain HTTP: a client signed in with the cookie, and the antiforgery token a form page carries.</summary>
public static partial class PageForms
{
    public static async Task<HttpClient> SignIn(AppHost host, string email, string password)
    {
        var browser = host.NewClient(handleCookies: true);
        using var form = await browser.GetAsync("/login");
        using var signIn = await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = Token(await form.Content.ReadAsStringAsync()),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }

    public static string Token(string html) => AntiforgeryField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
