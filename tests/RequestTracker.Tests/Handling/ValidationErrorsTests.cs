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

    [Theory]
    [InlineData("a\0b")]
    [InlineData("bell\a")]
    [InlineData("escape\u001b[31m")]
    [InlineData("delete\u007f")]
    [InlineData("c1\u0085inside")]
    public void Control_characters_are_refused_in_every_text_naming_the_field(string value)
    {
        var errors = new ValidationErrors();

        Assert.Null(errors.RequiredText("body", value, 100));
        Assert.Equal(string.Empty, errors.OptionalText("note", value, 100));
        Assert.Null(errors.RequiredLine("title", value, 100));

        Assert.Equal(["body", "note", "title"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
        Assert.Equal("The field body must not contain control characters such as NUL.", errors.ToDictionary()["body"].Single());
    }

    [Fact]
    public void Tabs_and_line_breaks_are_kept_in_multi_line_text_but_not_in_a_line()
    {
        var errors = new ValidationErrors();

        Assert.Equal("Dear Sir,\r\n\tthe text.", errors.RequiredText("body", "Dear Sir,\r\n\tthe text.", 100));
        Assert.Equal("a\nb", errors.OptionalText("note", "a\nb", 100));
        Assert.True(errors.IsEmpty);
        Assert.Null(errors.RequiredLine("title", "a\nb", 100));
        Assert.Equal(["title"], errors.ToDictionary().Keys);
    }
}
