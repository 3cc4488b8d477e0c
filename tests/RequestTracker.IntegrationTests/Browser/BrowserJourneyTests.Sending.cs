using System.Globalization;
using Microsoft.Playwright;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.IntegrationTests.Mail;

namespace RequestTracker.IntegrationTests.Browser;

/// <summary>A request the advocate posted themselves weeks ago, recorded on a phone: the form re-shown after an error, then the request's page.</summary>
public sealed partial class BrowserJourneyTests
{
    [Fact]
    public async Task An_advocate_records_on_a_phone_a_request_they_posted_weeks_ago_with_its_receipt()
    {
        var authorityId = await MailTestClient.Authority(app.Client(TestUser.Manager));
        var title = $"Posted request {Guid.NewGuid():N}";
        var draft = (await TestData.CreateRequest(app.Client(TestUser.AdvocateA), authorityId, title)).GetProperty("id").GetInt32();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);
        var posted = today.AddDays(-40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var delivered = today.AddDays(-38);
        var receipt = new FilePayload { Name = "receipt.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray() };
        var phone = await _browser.SignIn(app.Host.ServerAddress, ApiApp.Email(TestUser.AdvocateA), ApiApp.Password, width: 375);
        await phone.GotoAsync($"/requests/{draft}");

        await phone.GetByTestId("record-sent").ClickAsync();
        await phone.GetByLabel("How it went").SelectOptionAsync("post");
        await phone.GetByLabel("Day it was sent").FillAsync(posted);
        await phone.Locator("#proof").SetInputFilesAsync(receipt);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Record as sent" }).ClickAsync();

        // Re-shown: the day of delivery asked for in words, the choices kept, the file to choose again.
        Assert.Contains("Give the day the post delivered it", await phone.Locator("[data-valmsg-for='Form.ReceivedOn']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("post", await phone.GetByLabel("How it went").InputValueAsync());
        Assert.Equal(posted, await phone.GetByLabel("Day it was sent").InputValueAsync());
        Assert.Equal(1, await phone.GetByTestId("choose-again").CountAsync());
        Assert.Equal(0, await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        await BrowserSession.Screenshot(phone, "14-record-sent-error-375");

        await phone.GetByLabel("Day the authority received it").FillAsync(delivered.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await phone.Locator("#proof").SetInputFilesAsync(receipt);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Record as sent" }).ClickAsync();

        Assert.EndsWith($"/requests/{draft}", phone.Url, StringComparison.Ordinal);
        var day = delivered.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        Assert.Equal($"Recorded as sent; each question's time runs from {day}, the day it was received. Its last day has already passed: any letter the law's ladder would have sent since waits for your review under Letters, since an answer may have come meanwhile — record it first.",
            await phone.GetByTestId("notice").InnerTextAsync());
        Assert.StartsWith($"Posted by you on {today.AddDays(-40).ToString("d MMM yyyy", CultureInfo.InvariantCulture)}, delivered {day}.", await phone.GetByTestId("sent-by").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await phone.GetByTestId("record-sent").CountAsync()); // no longer a draft
        var download = await phone.RunAndWaitForDownloadAsync(() => phone.GetByTestId("sending-proof").ClickAsync());
        Assert.Equal("receipt.pdf", download.SuggestedFilename);
        Assert.Equal(0, await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        await BrowserSession.Screenshot(phone, "14b-recorded-as-sent-375");

        // The reminder whose day passed long ago waits on the letters page instead of going to the authority.
        await phone.GotoAsync("/letters");
        await BrowserSession.ReloadUntil(phone, p => p.GetByText(title), "the reminder waiting for review");
    }
}
