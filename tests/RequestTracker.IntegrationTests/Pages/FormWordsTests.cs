using RequestTracker.Web.Pages;

namespace RequestTracker.IntegrationTests.Pages;

/// <summary>The API's field names turned into the words a form's labels use, as pages show the handlers' errors.</summary>
public class FormWordsTests
{
    [Theory]
    [InlineData("authorityId", "The field authorityId is required.", "The authority is required.")]
    [InlineData("legalBasis", "The field legalBasis must be at most 500 characters long.", "The legal basis must be at most 500 characters long.")]
    [InlineData("body", "The field body must not contain control characters such as NUL.", "The letter must not contain control characters such as NUL.")]
    [InlineData("questions[1].text", "The field questions[1].text is required.", "Question 2: text is required.")]
    [InlineData("questions[0].category", "The field questions[0].category is required.", "Question 1: kind is required.")]
    [InlineData("escalationContacts[0].email", "The field escalationContacts[0].email must be a single email address such as name@example.org.", "Escalation contact 1: email must be a single email address such as name@example.org.")]
    [InlineData("timeZone", "'Europe/Moskva' is not a time zone; use an IANA name such as Europe/Moscow.", "'Europe/Moskva' is not a time zone; use an IANA name such as Europe/Moscow.")]
    public void A_field_is_named_as_the_form_names_it(string field, string message, string expected) =>
        Assert.Equal(expected, FormErrors.InFormWords(field, message));
}
