using RequestTracker.Handling;

namespace RequestTracker.Tests.Handling;

public class ValidationErrorsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Required_text_that_is_missing_or_blank_is_an_error_on_that_field(string? value)
    {
        var errors = new ValidationErrors();

        var result = errors.RequiredText("title", value, 10);

        Assert.Null(result);
        Assert.Equal(["title"], errors.ToDictionary().Keys);
    }

    [Fact]
    public void Required_text_is_trimmed_and_checked_against_its_maximum_length()
    {
        var errors = new ValidationErrors();

        Assert.Equal("abc", errors.RequiredText("a", "  abc  ", 3));
        Assert.Null(errors.RequiredText("b", "abcd", 3));

        Assert.Equal(["b"], errors.ToDictionary().Keys);
        Assert.Contains("at most 3", errors.ToDictionary()["b"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Several_messages_on_one_field_are_kept_in_order()
    {
        var errors = new ValidationErrors();
        errors.Add("x", "first");
        errors.Add("x", "second");

        Assert.Equal(["first", "second"], errors.ToDictionary()["x"]);
    }

    [Theory]
    [InlineData("name@example.org", true)]
    [InlineData("first.last+tag@sub.example.org", true)]
    [InlineData("Name <name@example.org>", false)]
    [InlineData("a@b.org, c@d.org", false)]
    [InlineData("no-at-sign.example.org", false)]
    [InlineData("name@localhost", false)]
    [InlineData("name@example.org\r\nBcc: x@example.org", false)]
    [InlineData("na me@example.org", false)]
    public void Email_addresses_must_be_one_bare_address(string text, bool valid) =>
        Assert.Equal(valid, EmailAddress.IsValid(text));
}
