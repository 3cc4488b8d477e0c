using System.Globalization;
using RequestTracker.Web.Localization;

namespace RequestTracker.IntegrationTests.Localization;

/// <summary>Counted words pick the form the language's rule asks for; the expected words are typed by hand.</summary>
public sealed class PluralTests
{
    [Theory]
    [InlineData(1, "1 вопрос")]
    [InlineData(2, "2 вопроса")]
    [InlineData(4, "4 вопроса")]
    [InlineData(5, "5 вопросов")]
    [InlineData(11, "11 вопросов")]
    [InlineData(12, "12 вопросов")]
    [InlineData(14, "14 вопросов")]
    [InlineData(21, "21 вопрос")]
    [InlineData(22, "22 вопроса")]
    [InlineData(0, "0 вопросов")]
    [InlineData(111, "111 вопросов")]
    [InlineData(102, "102 вопроса")]
    public void Russian_takes_one_of_three_forms(long count, string expected)
    {
        using var _ = new Culture("ru");
        Assert.Equal(expected, Plurals.Pick("{0} вопрос|{0} вопроса|{0} вопросов", count));
    }

    [Theory]
    [InlineData(1, "1 question")]
    [InlineData(0, "0 questions")]
    [InlineData(21, "21 questions")]
    public void English_takes_one_of_two(long count, string expected)
    {
        using var _ = new Culture("en");
        Assert.Equal(expected, Plurals.Pick("{0} question|{0} questions", count));
    }

    [Fact]
    public void Pseudo_text_keeps_placeholders_and_markup_and_hides_every_plain_letter()
    {
        var text = PseudoLocalizer.Transform("Sent to {0} on <b>time</b> &amp; more");
        Assert.StartsWith("［", text, StringComparison.Ordinal);
        Assert.EndsWith("］", text, StringComparison.Ordinal);
        Assert.Contains("{0}", text, StringComparison.Ordinal);
        Assert.Contains("<b>", text, StringComparison.Ordinal);
        Assert.Contains("&amp;", text, StringComparison.Ordinal);
        Assert.DoesNotMatch("Sent|time|more", text);
    }

    private sealed class Culture : IDisposable
    {
        private readonly CultureInfo _was = CultureInfo.CurrentUICulture;

        public Culture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

        public void Dispose() => CultureInfo.CurrentUICulture = _was;
    }
}
