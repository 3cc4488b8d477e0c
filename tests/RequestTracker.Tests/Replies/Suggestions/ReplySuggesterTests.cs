using RequestTracker.Requests;
using RequestTracker.Replies.Suggestions;

namespace RequestTracker.Tests.Replies.Suggestions;

public class ReplySuggesterTests
{
    private static readonly SuggestionQuestion[] Questions =
    [
        new(11, 1, QuestionCategory.Timeline, "When was the request for assistance made, and on whose initiative?"),
        new(12, 2, QuestionCategory.RequestText, "Please provide a copy of the official text of the request."),
        new(13, 3, QuestionCategory.VoteRecords, "How did each member state vote on the deployment?"),
    ];

    private static LabelledSet Set() => LabelledSet.Load(Path.Combine(AppContext.BaseDirectory, "data", "labelled-replies.json"));

    [Fact]
    public void A_numbered_answer_and_a_refusal_are_told_apart_with_their_evidence()
    {
        var result = ReplySuggester.Suggest(new ReplyContent("Re: request", "1. The appeal was made on 5 January 2022. 3. The votes are classified and cannot be disclosed.", []), Questions);

        Assert.Equal("substantive", result.Kind);
        var first = result.Questions.Single(q => q.Position == 1);
        Assert.Equal(("answered", 11), (first.Word(), first.QuestionId));
        Assert.Contains(first.Evidence, e => e.Contains("names question 1", StringComparison.Ordinal));
        var third = result.Questions.Single(q => q.Position == 3);
        Assert.Equal("refused", third.Word());
        Assert.Contains(third.Evidence, e => e.Contains("\"classified\"", StringComparison.Ordinal));
        Assert.Null(result.Questions.Single(q => q.Position == 2).Word());
    }

    [Fact]
    public void A_range_of_points_covers_the_points_between_and_no_others()
    {
        SuggestionQuestion[] five = [.. Enumerable.Range(1, 5).Select(p => new SuggestionQuestion(p, p, QuestionCategory.Other, $"Question number {p}"))];
        var result = ReplySuggester.Suggest(new ReplyContent("Re", "Points 1-2, 4 are refused.", []), five);

        Assert.Equal(["refused", "refused", null, "refused", null], result.Questions.OrderBy(q => q.Position).Select(q => q.Word()));
    }

    [Fact]
    public void An_out_of_office_reply_suggests_nothing_and_an_attachment_name_points_at_its_question()
    {
        var away = ReplySuggester.Suggest(new ReplyContent("Automatic reply: request", "I am out of the office until Monday.", []), Questions);
        Assert.Equal("automatic", away.Kind);
        Assert.All(away.Questions, q => Assert.Null(q.Word()));

        var scan = ReplySuggester.Suggest(new ReplyContent("Re: request", "Please find the document attached.", [("official_text_of_the_request.pdf", null)]), Questions);
        Assert.Equal("answered", scan.Questions.Single(q => q.Position == 2).Word());
        Assert.Null(scan.Questions.Single(q => q.Position == 1).Action);
    }

    [Fact]
    public void Only_a_suggestion_at_the_threshold_is_preselected_a_stray_word_is_a_hint()
    {
        var stray = ReplySuggester.Suggest(new ReplyContent("Re: request", "Summary of the letter: restricted.", []), Questions);
        Assert.All(stray.Questions, q => Assert.Equal(("refused", false), (q.Word(), q.Preselected)));
        Assert.All(stray.Questions, q => Assert.True(q.Confidence < ReplySuggester.PreselectAt));

        var named = ReplySuggester.Suggest(new ReplyContent("Re: request", "Question 2 is refused: the text is restricted.", []), Questions);
        Assert.Equal([false, true, false], named.Questions.OrderBy(q => q.Position).Select(q => q.Preselected));
    }

    [Fact]
    public void The_labelled_set_has_at_least_forty_replies_of_every_kind()
    {
        var set = Set();
        Assert.True(set.Replies.Count >= 40);
        var labels = string.Concat(set.Replies.Select(r => r.Labels));
        Assert.All("APRNKE-", l => Assert.Contains(l, labels));
        Assert.All(set.Replies, r => Assert.Equal(set.Questions.Count, r.Labels.Length));
    }

    /// <summary>A floor under the measured figures (the benchmark prints them): a change that makes suggestions worse fails here.</summary>
    [Fact]
    public void Suggestions_on_the_labelled_set_stay_above_the_floor()
    {
        var pairs = Set().Run();
        var (precision, recall, _) = LabelledSet.Score(pairs, a => SuggestionWords.Is(a, "answered", "partially-answered"));
        var exact = pairs.Count(p => p.Expected == p.Suggested) / (double)pairs.Count;

        Assert.True(precision >= 0.85, $"answers: precision {precision:P0}");
        Assert.True(recall >= 0.85, $"answers: recall {recall:P0}");
        Assert.True(exact >= 0.85, $"exact action: {exact:P0}; wrong: {string.Join("; ", pairs.Where(p => p.Expected != p.Suggested).Select(p => $"{p.Reply} q{p.Position} {SuggestionWords.Word(p.Expected) ?? "-"}→{SuggestionWords.Word(p.Suggested) ?? "-"}"))}");
    }

    /// <summary>
    /// The held-out replies were written after the rules were fixed and never used to change them: their figures
    /// are the honest ones (the benchmark prints both). This floor sits just under what they measured.
    /// </summary>
    [Fact]
    public void Suggestions_on_the_held_out_replies_stay_above_their_floor()
    {
        var pairs = LabelledSet.Load(Path.Combine(AppContext.BaseDirectory, "data", "held-out-replies.json")).Run();
        var (precision, recall, _) = LabelledSet.Score(pairs, a => SuggestionWords.Is(a, "answered", "partially-answered"));
        var exact = pairs.Count(p => p.Expected == p.Suggested) / (double)pairs.Count;

        Assert.True(precision >= 0.70 && recall >= 0.85 && exact >= 0.70, $"answers: precision {precision:P0}, recall {recall:P0}; exact {exact:P0}");
    }
}
