using RequestTracker.Requests;

namespace RequestTracker.Tests.Requests;

public sealed class LetterFrameTests
{
    [Theory]
    [InlineData("Dear Sir or Madam,\n\nI ask for the documents.", "begins with a greeting (\"Dear Sir or Madam,\")")]
    [InlineData("Уважаемые коллеги!\nПрошу предоставить документы.", "begins with a greeting (\"Уважаемые коллеги!\")")]
    [InlineData("I ask for the documents.\n\nYours faithfully,\nAliya", "ends with a sign-off (\"Yours faithfully,\")")]
    [InlineData("Прошу предоставить документы.\nС уважением,\nАлия", "ends with a sign-off (\"С уважением,\")")]
    public void A_greeting_or_sign_off_the_template_adds_again_is_pointed_out(string body, string expected)
    {
        var warning = Assert.Single(LetterFrame.Warnings(body));

        Assert.Contains(expected, warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I ask for the documents on the CSTO deployment listed below.")]
    [InlineData("The decision of 6 January 2022 refers to a request; I ask for it.\nRegardless of its form, a copy will do.")]
    [InlineData("")]
    public void A_letter_of_body_only_gets_no_warning(string body) => Assert.Empty(LetterFrame.Warnings(body));

    [Fact]
    public void Both_are_pointed_out_when_both_are_there() =>
        Assert.Equal(2, LetterFrame.Warnings("Dear FOI team,\nPlease send the file.\nKind regards,\nA. Advocate").Count);
}
