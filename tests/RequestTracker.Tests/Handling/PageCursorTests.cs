using RequestTracker.Handling;

namespace RequestTracker.Tests.Handling;

public class PageCursorTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(int.MaxValue)]
    public void A_cursor_decodes_to_the_id_it_was_made_from(int id)
    {
        Assert.True(PageCursor.TryDecode(PageCursor.Encode(id), out int decoded));
        Assert.Equal(id, decoded);
    }

    [Theory]
    [InlineData("not base64 !")]
    [InlineData("MTI")]
    [InlineData("djE6LTE")]
    [InlineData("djE6YWJj")]
    [InlineData("djE6MA")]
    public void A_cursor_the_api_did_not_make_is_rejected(string cursor) =>
        Assert.False(PageCursor.TryDecode(cursor, out long _));

    [Fact]
    public void An_overlong_cursor_is_rejected_without_decoding() =>
        Assert.False(PageCursor.TryDecode(new string('A', 10_000), out long _));
}
