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
        errors.Add("x", $"first");
        errors.Add("x", $"second");

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

    [Theory]
    [InlineData("Ref 12\r\nBcc: x@example.org")]
    [InlineData("Ref\t12")]
    [InlineData("Ref\u2028 12")]
    [InlineData("Ref\u0085 12")]
    [InlineData("Ref\0")]
    public void A_one_line_field_refuses_every_line_break_and_control_character_optional_or_not(string value)
    {
        var errors = new ValidationErrors();

        Assert.Equal(string.Empty, errors.OptionalLine("subject", value, 100));
        Assert.Null(errors.RequiredLine("title", value, 100));

        Assert.Equal(["subject", "title"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
        Assert.Equal("The field subject must be one line, without line breaks or control characters.", errors.ToDictionary()["subject"].Single());
    }

    [Fact]
    public void Half_a_surrogate_pair_is_not_text()
    {
        // Built here, not in InlineData: a test case's data is serialized, and half a pair does not survive that.
        string[] halves = [$"half {'\ud800'} a pair", $"{'\udc00'} the other half", $"reversed {'\udc00'}{'\ud800'}"];
        var errors = new ValidationErrors();

        Assert.All(halves, half => Assert.Null(errors.RequiredText("body", half, 100)));
        Assert.Equal("must be valid Unicode text (half of a surrogate pair is not a character).", errors.ToDictionary()["body"].Distinct().Single()["The field body ".Length..]);
        Assert.Equal("a whole pair 😀", errors.RequiredText("text", "a whole pair 😀", 100));
    }

    [Fact]
    public void An_optional_field_absent_or_blank_is_empty_and_no_error()
    {
        var errors = new ValidationErrors();

        Assert.Equal(string.Empty, errors.OptionalLine("fromName", null, 10));
        Assert.Equal(string.Empty, errors.OptionalLine("fromName", "   ", 10));
        Assert.Equal("Clerk", errors.OptionalLine("fromName", " Clerk ", 10));
        Assert.True(errors.IsEmpty);
    }

    [Fact]
    public void A_part_of_a_field_is_named_in_its_message()
    {
        var errors = new ValidationErrors();

        Assert.Null(errors.LineOf("files", $"The name of file {2}", "scan\r\n.pdf", 255));

        Assert.Equal("The name of file 2 must be one line, without line breaks or control characters.", errors.ToDictionary()["files"].Single());
    }

    [Theory]
    [InlineData("2027-01-01", true)]
    [InlineData("2027-01-01\0", false)] // .NET's and NodaTime's parsers both stop at a NUL and call it a day
    [InlineData("2027-01-01 ", false)]
    [InlineData("2027-1-1", false)]
    [InlineData("2027-02-30", false)]
    [InlineData("２０２７-01-01", false)] // digits, but not ASCII ones
    [InlineData(null, false)]
    public void A_day_is_YYYY_MM_DD_and_nothing_after(string? text, bool valid)
    {
        Assert.Equal(valid, TextRule.TryDay(text, out var day));
        Assert.Equal(valid ? new DateOnly(2027, 1, 1) : default, day);
    }

    [Theory]
    [InlineData("post", true)]
    [InlineData("FAX", true)]
    [InlineData("post,fax", false)] // Enum.TryParse would read the two members' bits together: a third channel
    [InlineData("post, fax", false)]
    [InlineData(" post", false)]
    [InlineData("1", false)]
    [InlineData("", false)]
    public void An_enumeration_is_named_by_exactly_one_of_its_names(string text, bool valid) =>
        Assert.Equal(valid, TextRule.TryName<Carrier>(text, out _));

    [Fact]
    public void A_required_enumeration_refuses_a_value_that_is_no_member()
    {
        var errors = new ValidationErrors();

        Assert.Null(errors.Required("category", (Carrier?)(Carrier.Fax | Carrier.Portal)));
        Assert.Equal(Carrier.Fax, errors.Required("kind", (Carrier?)Carrier.Fax));

        Assert.Equal(["category"], errors.ToDictionary().Keys);
    }

    /// <summary>An enumeration with members whose bits combine into no member, as the reply channels' do.</summary>
    internal enum Carrier
    {
        Email,
        Post,
        Fax,
        Hand,
        Portal,
    }
}
