using RequestTracker.Search;

namespace RequestTracker.Tests.Search;

/// <summary>What reaches a full-text engine from the search box, and how a hit's words are marked.</summary>
public sealed class SearchTermsTests
{
    [Fact]
    public void Only_words_reach_the_engine_lower_case_once_each_at_most_eight()
    {
        // NEAR and OR are words here, never the engine's operators; quotes, brackets and stars are dropped.
        Assert.Equal(["vote", "near", "record", "or", "голосование"], SearchTerms.Parse("\"Vote\" NEAR(record) OR vote* Голосование"));
        Assert.Empty(SearchTerms.Parse("!!! * ( ) \"\" -- ;"));
        Assert.Equal(SearchTerms.MaxTerms, SearchTerms.Parse("a b c d e f g h i j k").Count);
    }

    [Fact]
    public void Words_beginning_with_a_term_are_marked_and_the_snippet_keeps_whole_words()
    {
        var text = "The Secretariat encloses the decision of the Collective Security Council of 6 January 2022 (zirconium annex), "
            + "and states that the vote record of the member states is not held by the Secretariat, which never kept one.";

        var snippet = SearchTerms.Mark(text, ["zircon"], around: 80);

        Assert.Contains("\u0002zirconium\u0003", snippet, StringComparison.Ordinal);
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        var inner = snippet.Trim('…');
        Assert.True(text.Contains(" " + inner.Replace("\u0002", string.Empty, StringComparison.Ordinal).Replace("\u0003", string.Empty, StringComparison.Ordinal).Trim() + " ", StringComparison.Ordinal), snippet);
        Assert.Equal("\u0002Vote\u0003 \u0002records\u0003 attached", SearchTerms.Mark("Vote records attached", ["vote", "record"]));
    }

    [Theory]
    [InlineData("The minutes of the vote", new[] { "minut", "vote" }, true)]
    [InlineData("The minutes of the vote", new[] { "minut", "ledger" }, false)]
    [InlineData("Write to [address withheld]", new[] { "someone" }, false)]
    [InlineData("Отчёт о голосовании", new[] { "отчёт" }, true)]
    public void All_in_asks_whether_each_term_begins_a_word(string text, string[] terms, bool expected) =>
        Assert.Equal(expected, SearchTerms.AllIn(text, terms));
}
