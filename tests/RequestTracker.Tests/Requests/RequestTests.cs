using RequestTracker.Requests;

namespace RequestTracker.Tests.Requests;

public class RequestTests
{
    private static readonly DateTime Filed = new(2022, 1, 10, 9, 0, 0, DateTimeKind.Utc);

    private static Request NewDraft() =>
        new("owner", new RequestContent(1, "Title", "Body", "Basis",
            [new(QuestionCategory.Timeline, "When?"), new(QuestionCategory.VoteRecords, "Who voted how?")]), Filed);

    [Fact]
    public void A_new_request_is_a_draft_with_its_questions_numbered_from_one()
    {
        var request = NewDraft();

        Assert.Equal(RequestStatus.Draft, request.Status);
        Assert.Equal([1, 2], request.Questions.Select(q => q.Position));
        Assert.Equal([QuestionCategory.Timeline, QuestionCategory.VoteRecords], request.Questions.Select(q => q.Category));
    }

    [Fact]
    public void Editing_a_draft_replaces_its_questions_and_bumps_the_version()
    {
        var request = NewDraft();
        var version = request.Version;

        request.EditDraft(new RequestContent(2, "New", "Body", "", [new(QuestionCategory.Other, "Only one")]), Filed.AddHours(1));

        Assert.Equal("New", request.Title);
        Assert.Single(request.Questions);
        Assert.True(request.Version > version);
        Assert.Equal(Filed.AddHours(1), request.UpdatedAt);
    }

    [Fact]
    public void A_sent_request_cannot_be_edited_or_sent_again()
    {
        var request = NewDraft();
        request.MarkSent(Filed.AddDays(1));

        Assert.False(request.CanEdit);
        Assert.Throws<InvalidOperationException>(() => request.EditDraft(new RequestContent(1, "x", "y", "", [new(QuestionCategory.Other, "z")]), Filed));
        Assert.Throws<InvalidOperationException>(() => request.MarkSent(Filed.AddDays(2)));
    }

    [Fact]
    public void A_request_is_withdrawn_once_and_then_refuses_further_withdrawal()
    {
        var request = NewDraft();
        request.MarkSent(Filed.AddDays(1));

        request.Withdraw(Filed.AddDays(2));

        Assert.Equal(RequestStatus.Withdrawn, request.Status);
        Assert.Equal(Filed.AddDays(2), request.WithdrawnAt);
        Assert.False(request.CanWithdraw);
        Assert.Throws<InvalidOperationException>(() => request.Withdraw(Filed.AddDays(3)));
    }
}
