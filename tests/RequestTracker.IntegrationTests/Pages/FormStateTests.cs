using System.Net;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Pages;

/// <summary>
/// The states a form reaches besides its first showing: a saved draft reopened, the form shown again after an error
/// or after adding a question without script, and the confirmation an irreversible action waits behind.
/// </summary>
[Collection(SqliteApi.Name)]
public sealed class FormStateTests(SqliteApiApp app)
{
    [Theory]
    [InlineData(TestUser.AdvocateA)]
    [InlineData(TestUser.Manager)]
    [InlineData(TestUser.Admin)]
    public async Task A_saved_draft_opens_for_editing_with_its_questions(TestUser who)
    {
        var draft = await Draft();
        using var page = await PageClient.SignIn(app, who);

        var (status, html) = await page.Get($"/requests/edit/{draft}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("How did each member state vote?", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Questions[2].Text\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_comes_back_with_every_question_after_an_error_after_adding_a_row_and_for_an_unknown_handler()
    {
        var draft = await Draft();
        var authority = await TestData.CreateAuthority(app.Client(TestUser.Manager));
        using var page = await PageClient.SignIn(app, TestUser.AdvocateA);
        await page.Get($"/requests/edit/{draft}");
        (string, string)[] form =
        [
            ("Form.AuthorityId", $"{authority}"), ("Form.Title", new string('t', 300)), ("Form.LegalBasis", "8-FZ"), ("Form.Body", "Please."),
            ("Form.Questions[0].Category", "Timeline"), ("Form.Questions[0].Text", "When was it asked?"),
        ];

        var (saved, afterError) = await page.PostRead($"/requests/edit/{draft}?handler=Save", form);
        Assert.Equal(HttpStatusCode.OK, saved);
        Assert.Contains("The title must be at most 200 characters long.", afterError, StringComparison.Ordinal);
        Assert.Contains("When was it asked?", afterError, StringComparison.Ordinal);

        var (added, withRow) = await page.PostRead("/requests/edit?kind=Other&handler=Add", form);
        Assert.Equal(HttpStatusCode.OK, added);
        Assert.Contains("name=\"Form.Questions[1].Text\"", withRow, StringComparison.Ordinal);

        var (unknown, _) = await page.PostRead("/requests/edit?handler=NoSuchHandler", form);
        Assert.True((int)unknown < 500, $"An unknown handler answered {(int)unknown}.");
    }

    [Fact]
    public async Task A_form_says_only_its_own_rules_not_MVC_s_required_on_every_field()
    {
        // Acting on an account must not put "The Role field is required." under the add-a-user form nobody sent.
        using (var admin = await PageClient.SignIn(app, TestUser.Admin))
        {
            await admin.Get("/users");
            var (status, page) = await admin.PostRead($"/users?handler=Enable&id={app.UserIds[TestUser.AdvocateB]}");
            Assert.True((int)status < 500, $"Enabling an active account answered {(int)status}.");
            Assert.DoesNotContain("field is required", page, StringComparison.Ordinal);
        }

        // An empty password form gets the page's own words next to each field.
        using var advocate = await PageClient.SignIn(app, TestUser.AdvocateA);
        await advocate.Get("/account/password");
        var (_, empty) = await advocate.PostRead("/account/password", [("Current", string.Empty), ("New", string.Empty)]);
        Assert.Contains("Type your current password.", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("The Current field is required.", empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_waits_for_a_second_click_and_the_action_list_chooses_nothing_by_itself()
    {
        var draft = await Draft();
        using var page = await PageClient.SignIn(app, TestUser.AdvocateA);
        await page.Get($"/requests/{draft}");

        var (asked, confirmation) = await page.PostRead($"/requests/{draft}?handler=Send");
        Assert.Equal(HttpStatusCode.OK, asked);
        Assert.Contains("data-testid=\"confirm\"", confirmation, StringComparison.Ordinal);
        Assert.Equal("draft", await Status(draft));

        using (var confirmed = await page.Post($"/requests/{draft}?handler=Send", ("confirmed", "true")))
        {
            Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        }

        Assert.Equal("sent", await Status(draft));
        var (_, sentPage) = await page.Get($"/requests/{draft}");
        Assert.Contains("<option value=\"\">Choose what happened…</option>", sentPage, StringComparison.Ordinal);
        Assert.DoesNotContain("selected=\"selected\"", sentPage, StringComparison.Ordinal);
    }

    private async Task<int> Draft()
    {
        var authority = await TestData.CreateAuthority(app.Client(TestUser.Manager));
        return (await TestData.CreateRequest(app.Client(TestUser.AdvocateA), authority)).GetProperty("id").GetInt32();
    }

    private async Task<string?> Status(int request)
    {
        using var response = await app.Client(TestUser.AdvocateA).GetAsync($"/api/requests/{request}");
        return (await response.Json(HttpStatusCode.OK)).GetProperty("status").GetString();
    }
}
