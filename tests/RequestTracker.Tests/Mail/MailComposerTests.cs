using Microsoft.EntityFrameworkCore;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Mail;
using RequestTracker.Runtime;
using RequestTracker.Tests.Runtime;

namespace RequestTracker.Tests.Mail;

/// <summary>
/// The envelope and the list of every email the runtime composes about a request, as the recipient's mail client sees
/// them: who it is from and where a reply goes, what it threads under, whether it says a machine sent it, which
/// questions it names — for the request itself, a reminder after one question was answered, and the advocate's warning
/// before an appeal window closes. UK FOIA, sent Monday 10 January 2022 at 10:00 in London.
/// </summary>
public sealed class MailComposerTests
{
    private static readonly DateTimeOffset Sent = new(2022, 1, 10, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_request_is_from_the_advocate_through_the_tool_answerable_to_its_signed_address_and_threads_under_nothing()
    {
        await using var h = await EngineHarness.Start(Sent);
        var (requestId, questions) = await h.Send(2);

        var (row, composed, messageId) = await Compose(h, requestId, "request");
        var message = composed.Message;

        Assert.Equal(messageId(row.Id), message.MessageId);
        Assert.Equal("Aliya Advocate via RequestTracker", Assert.Single(message.From.Mailboxes).Name);
        Assert.Equal(Assert.Single(message.ReplyTo.Mailboxes).Address, message.From.Mailboxes.Single().Address);
        Assert.Contains($"r{requestId}.", message.From.Mailboxes.Single().Address, StringComparison.Ordinal);
        Assert.Equal(("Ministry of Tests", "foi@ministry.example.org"), (message.To.Mailboxes.Single().Name, message.To.Mailboxes.Single().Address));
        Assert.Null(message.InReplyTo);
        Assert.Empty(message.References);
        Assert.Null(message.Headers["Auto-Submitted"]);
        Assert.Equal($"RT-{requestId}", message.Headers["X-RequestTracker-Request"]);
        Assert.Equal(questions, composed.Covers);
        Assert.Contains("1. Question 1", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("2. Question 2", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_threads_under_the_request_says_a_machine_sent_it_and_names_only_the_question_still_unanswered()
    {
        await using var h = await EngineHarness.Start(Sent);
        var (requestId, questions) = await h.Send(2);
        Assert.True((await h.Act(questions[0], "answered", documentReference: "DOC-1")).Value is not null);
        await h.RunUntil(new DateTimeOffset(2022, 2, 12, 0, 0, 0, TimeSpan.Zero));

        var (request, _, messageId) = await Compose(h, requestId, "request");
        var (_, composed, _) = await Compose(h, requestId, "reminder");
        var message = composed.Message;
        var waiting = await h.Db(db => db.Workflows.AsNoTracking().SingleAsync(w => w.QuestionId == questions[1]));

        Assert.Equal(messageId(request.Id), message.InReplyTo);
        Assert.Equal([messageId(request.Id)], message.References);
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
        Assert.Equal([questions[1]], composed.Covers);
        Assert.Contains("2. Question 2", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Question 1", message.TextBody, StringComparison.Ordinal);
        // The deadline that passed, and the step's own window, each as the last day in words.
        Assert.Contains("expired at the end of Monday 7 February 2022.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"answer by the end of {Deadline.Format.Words(waiting.LadderEndOn!.Value, "en")}", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_advocates_warning_names_only_the_refused_question_and_the_last_day_to_appeal()
    {
        await using var h = await EngineHarness.Start(Sent);
        var (requestId, questions) = await h.Send(2);
        Assert.True((await h.Act(questions[1], "refused", exemption: "s.27")).Value is not null);
        await h.RunUntil(new DateTimeOffset(2022, 4, 30, 0, 0, 0, TimeSpan.Zero));

        var (row, composed, _) = await Compose(h, requestId, "advocate-warning");
        var refused = await h.Db(db => db.Workflows.AsNoTracking().SingleAsync(w => w.QuestionId == questions[1]));
        var lastDay = Deadline.Format.Words(refused.RightsLapseOn!.Value, "en");

        Assert.Equal("advocate-1@test.example.org", row.RecipientAddress);
        Assert.Equal([questions[1]], composed.Covers);
        Assert.StartsWith($"Your last day to act is {lastDay}", composed.Message.Subject, StringComparison.Ordinal);
        Assert.Contains("Question 2 of \"Documents\" was refused by Ministry of Tests:", composed.Message.TextBody, StringComparison.Ordinal);
        Assert.Equal("auto-generated", composed.Message.Headers["Auto-Submitted"]);
    }

    private static async Task<(OutboxMessage Row, ComposedMail Composed, Func<long, string> MessageId)> Compose(EngineHarness h, int requestId, string template)
    {
        var row = await h.Db(db => db.Outbox.AsNoTracking().SingleAsync(o => o.RequestId == requestId && o.Template == template));
        var composed = await h.With<MailComposer, ComposedMail>(c => c.Compose(row, CancellationToken.None));
        var tokens = await h.With<MailIdentity, MailTokens>(i => i.Tokens(CancellationToken.None));
        return (row, composed, tokens.MessageId);
    }
}
