using Microsoft.EntityFrameworkCore;
using RequestTracker.Authorities;
using RequestTracker.Definitions.Laws;
using RequestTracker.Letters;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.IntegrationTests.Workflows;

/// <summary>Whole ladders under a fake clock: what fires, in which order, at which instant, how often.</summary>
public sealed class LadderTests
{
    // Monday 10 January 2022, 09:00 in London (GMT).
    private static readonly DateTimeOffset Sent = new(2022, 1, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_silent_authority_gets_every_step_once_in_order_at_the_computed_instants()
    {
        var (harness, advocate) = await RuntimeHarness.Start(Sent);
        await using var _ = harness;
        var authority = await harness.Authority("uk-foia-2000", new EscalationContactInput(EscalationContactKind.OversightBody, "Information Commissioner", "casework@ico.example.org"));
        var (requestId, questions) = await harness.Send(advocate, authority);

        await harness.RunUntil(Sent.AddDays(200));

        foreach (var question in questions)
        {
            var journal = await harness.Journal(question);
            Assert.Equal(["started", "deadline-passed", "step-due", "step-due", "step-due", "ladder-exhausted"], journal.Select(j => j.Event));
            var fired = journal.Skip(1).ToList();
            // By hand: 20 working days after Monday 10 January 2022 is Monday 7 February; the deadline is its end (GMT).
            Assert.Equal(new DateTime(2022, 2, 8, 0, 0, 0, DateTimeKind.Utc), fired[0].ScheduledFor);
            // The reminder starts 1 working day after the deadline: the end of Tuesday 8 February.
            Assert.Equal(new DateTime(2022, 2, 9, 0, 0, 0, DateTimeKind.Utc), fired[1].ScheduledFor);
            // The reminder's window is 5 working days, 9-15 February: the internal review goes at the end of Tuesday 15 February.
            Assert.Equal(new DateTime(2022, 2, 16, 0, 0, 0, DateTimeKind.Utc), fired[2].ScheduledFor);
            // The internal review's window, 20 working days from Wednesday 16 February, ends Tuesday 15 March:
            // the complaint to the Commissioner goes at its end (still GMT).
            Assert.Equal(new DateTime(2022, 3, 16, 0, 0, 0, DateTimeKind.Utc), fired[3].ScheduledFor);
            // The complaint's 30 working days from Wednesday 16 March skip St Patrick's Day (17 March, Northern
            // Ireland), Good Friday (15 April) and Easter Monday (18 April): the last is Friday 29 April, in BST.
            Assert.Equal(new DateTime(2022, 4, 29, 23, 0, 0, DateTimeKind.Utc), fired[4].ScheduledFor);
            Assert.Equal(0, await harness.Db(db => db.Timers.CountAsync(t => t.QuestionId == question)));
        }

        var emails = await harness.Db(db => db.Outbox.Where(o => o.RequestId == requestId).OrderBy(o => o.Id).ToListAsync());
        // The reminder goes by itself; the internal review and the complaint wait as drafts, the advocate told of each:
        // one email or letter per decision for the whole request, although two questions reached each step together.
        Assert.Equal(["request", "reminder", "review-waiting", "review-waiting"], emails.Select(e => e.Template));
        Assert.Equal(["advocate@test.example.org", "advocate@test.example.org"], emails.Skip(2).Select(e => e.RecipientAddress));
        var letters = await harness.Db(db => db.Letters.Where(l => l.RequestId == requestId).OrderBy(l => l.Id).ToListAsync());
        Assert.Equal([("internal-review", "authority", LetterStatus.Draft), ("oversight-complaint", "escalation:oversightBody", LetterStatus.Draft)], letters.Select(l => (l.Template, l.To.Word, l.Status)));
    }

    [Fact]
    public async Task With_automatic_sending_chosen_every_letter_of_the_ladder_goes_by_itself_once()
    {
        var (harness, advocate) = await RuntimeHarness.Start(Sent);
        await using var _ = harness;
        var authority = await harness.Authority("uk-foia-2000", new EscalationContactInput(EscalationContactKind.OversightBody, "Information Commissioner", "casework@ico.example.org"));
        var (requestId, _) = await harness.Send(advocate, authority, autoSend: true);

        await harness.RunUntil(Sent.AddDays(200));

        var emails = await harness.Db(db => db.Outbox.Where(o => o.RequestId == requestId).OrderBy(o => o.Id).ToListAsync());
        Assert.Equal(["request", "reminder", "internal-review", "oversight-complaint"], emails.Select(e => e.Template));
        Assert.Equal("casework@ico.example.org", emails[^1].RecipientAddress);
        Assert.Empty(await harness.Db(db => db.Letters.Where(l => l.RequestId == requestId).ToListAsync()));
    }

    [Fact]
    public async Task A_step_whose_body_has_no_contact_waits_and_tells_the_advocate_and_nothing_goes_to_anyone_else()
    {
        var (harness, advocate) = await RuntimeHarness.Start(Sent);
        await using var _ = harness;
        var authority = await harness.Authority("io-default"); // no head-of-organisation contact on record
        var (requestId, _) = await harness.Send(advocate, authority, autoSend: true);

        await harness.RunUntil(Sent.AddDays(60));

        var emails = await harness.Db(db => db.Outbox.Where(o => o.RequestId == requestId).OrderBy(o => o.Id).Select(o => new { o.Template, o.RecipientAddress }).ToListAsync());
        Assert.Equal(["request", "reminder", "needs-contact"], emails.Select(e => e.Template));
        Assert.Equal("advocate@test.example.org", emails[^1].RecipientAddress);
        var letter = Assert.Single(await harness.Db(db => db.Letters.Where(l => l.RequestId == requestId).ToListAsync()));
        Assert.Equal(("escalation-complaint", LetterStatus.NeedsContact), (letter.Template, letter.Status));
        var view = await harness.With<ReviewLetter, Handling.Outcome<LetterView>>(r => r.Get(advocate, requestId, letter.Id, CancellationToken.None));
        Assert.StartsWith($"Authority ", view.Value!.MissingContact, StringComparison.Ordinal);
        var refused = await harness.With<ReviewLetter, Handling.Outcome<LetterView>>(r => r.Send(advocate, requestId, letter.Id, CancellationToken.None));
        Assert.Equal(Handling.OutcomeKind.Conflict, refused.Kind);
    }

    [Fact]
    public async Task A_court_step_is_a_document_to_file_and_a_to_do_never_an_email_to_the_court()
    {
        var (harness, advocate) = await RuntimeHarness.Start(Sent);
        await using var _ = harness;
        var authority = await harness.Authority("ru-8-fz",
            new EscalationContactInput(EscalationContactKind.HigherBody, "Министр иностранных дел Российской Федерации", "minister@mid.example.org") { Addressee = "Министру иностранных дел Российской Федерации" },
            new EscalationContactInput(EscalationContactKind.Court, "Мещанский районный суд города Москвы", null) { Addressee = "В Мещанский районный суд города Москвы" });
        var (requestId, _) = await harness.Send(advocate, authority, autoSend: true);

        await harness.RunUntil(Sent.AddDays(200));

        var emails = await harness.Db(db => db.Outbox.Where(o => o.RequestId == requestId).OrderBy(o => o.Id).Select(o => new { o.Template, o.RecipientAddress }).ToListAsync());
        Assert.Equal(["request", "reminder", "escalation-complaint", "filing-due"], emails.Select(e => e.Template));
        Assert.DoesNotContain(emails, e => e.RecipientAddress.Length == 0 || e.Template == "court-claim");
        var filing = Assert.Single(await harness.Db(db => db.Letters.Where(l => l.RequestId == requestId).ToListAsync()));
        Assert.Equal((StepKind.Filing, "court-claim", LetterStatus.Draft), (filing.Kind, filing.Template, filing.Status));

        var document = await harness.With<ReviewLetter, Handling.Outcome<(string Name, byte[] Content)>>(r => r.Document(advocate, requestId, filing.Id, CancellationToken.None));
        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(document.Value.Content), false);
        var text = docx.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("В Мещанский районный суд города Москвы", text, StringComparison.Ordinal);
        Assert.Contains("АДМИНИСТРАТИВНОЕ ИСКОВОЕ ЗАЯВЛЕНИЕ", text, StringComparison.Ordinal);
        Assert.Contains("административным истцом подана жалоба в вышестоящий орган", text, StringComparison.Ordinal);

        var filed = await harness.With<ReviewLetter, Handling.Outcome<LetterView>>(r => r.File(advocate, requestId, filing.Id, new FileLetterInput(harness.Clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), CancellationToken.None));
        Assert.Equal("Filed", filed.Value!.Status);
        Assert.Contains(await harness.Journal((await harness.Db(db => db.Questions.Where(q => q.RequestId == requestId).Select(q => q.Id).FirstAsync()))), j => j.Event == "letter-filed");
    }

    [Fact]
    public async Task A_complaint_drafted_for_review_is_sent_only_after_the_advocates_click_as_changed_and_the_journal_keeps_both()
    {
        var (harness, advocate) = await RuntimeHarness.Start(Sent);
        await using var _ = harness;
        var authority = await harness.Authority("ru-8-fz",
            new EscalationContactInput(EscalationContactKind.HigherBody, "Министр иностранных дел Российской Федерации", "minister@mid.example.org") { Addressee = "Министру иностранных дел Российской Федерации" });
        var (requestId, questions) = await harness.Send(advocate, authority, questions: 1);

        await harness.RunUntil(Sent.AddDays(70)); // past the reminder's window: the complaint to the higher body is drafted

        Assert.DoesNotContain("minister@mid.example.org", await harness.Db(db => db.Outbox.Where(o => o.RequestId == requestId).Select(o => o.RecipientAddress).ToListAsync()));
        var draft = Assert.Single(await harness.Db(db => db.Letters.Where(l => l.RequestId == requestId).ToListAsync()));
        var view = (await harness.With<ReviewLetter, Handling.Outcome<LetterView>>(r => r.Get(advocate, requestId, draft.Id, CancellationToken.None))).Value!;
        Assert.StartsWith("Министру иностранных дел Российской Федерации\n", view.Text, StringComparison.Ordinal);
        Assert.Contains("ЖАЛОБА", view.Text, StringComparison.Ordinal);
        var changed = view.Text.Replace("Тем самым нарушено", "Полагаю, что тем самым нарушено", StringComparison.Ordinal);
        await harness.With<ReviewLetter, Handling.Outcome<LetterView>>(r => r.Edit(advocate, requestId, draft.Id, new LetterEditInput(view.Subject, changed), CancellationToken.None));

        var sent = await harness.With<ReviewLetter, Handling.Outcome<LetterView>>(r => r.Send(advocate, requestId, draft.Id, CancellationToken.None));
        var again = await harness.With<ReviewLetter, Handling.Outcome<LetterView>>(r => r.Send(advocate, requestId, draft.Id, CancellationToken.None));

        Assert.Equal(("Sent", Handling.OutcomeKind.Conflict), (sent.Value!.Status, again.Kind));
        var email = Assert.Single(await harness.Db(db => db.Outbox.Where(o => o.RequestId == requestId && o.RecipientAddress == "minister@mid.example.org").ToListAsync()));
        Assert.Equal(draft.Id, email.LetterId);
        var composed = await harness.With<RequestTracker.Mail.MailComposer, RequestTracker.Mail.ComposedMail>(c => c.Compose(email, CancellationToken.None));
        Assert.Contains("Полагаю, что тем самым нарушено", composed.Message.TextBody, StringComparison.Ordinal);
        Assert.Null(composed.Message.Headers["Auto-Submitted"]); // a person sent it
        var journal = await harness.Journal(questions[0]);
        Assert.Contains(journal, j => j.Event == "letter-sent" && j.Note.Contains("the text was changed from the draft", StringComparison.Ordinal) && j.Note.Contains("drafted text SHA-256", StringComparison.Ordinal));
        Assert.Equal(view.DraftText, (await harness.Db(db => db.Letters.SingleAsync(l => l.Id == draft.Id))).DraftText);
    }

    [Fact]
    public async Task An_answer_mid_ladder_stops_that_question_while_the_other_goes_on()
    {
        var (harness, advocate) = await RuntimeHarness.Start(Sent);
        await using var _ = harness;
        var authority = await harness.Authority("uk-foia-2000");
        var (_, questions) = await harness.Send(advocate, authority);
        await harness.RunUntil(new DateTimeOffset(2022, 2, 10, 12, 0, 0, TimeSpan.Zero)); // after the reminder

        var (_, refusal) = await harness.Act(advocate, questions[0], "answered", new ActionInput(null, "Letter ref. 22/041", null, null));
        await harness.RunUntil(Sent.AddDays(200));

        Assert.Null(refusal);
        var answered = await harness.Journal(questions[0]);
        Assert.Equal(["started", "deadline-passed", "step-due", "answered"], answered.Select(j => j.Event));
        var silent = await harness.Journal(questions[1]);
        Assert.Equal(["started", "deadline-passed", "step-due", "step-due", "step-due", "ladder-exhausted"], silent.Select(j => j.Event));
    }

    [Fact]
    public async Task An_extension_moves_the_deadline_and_the_ladder_waits_for_the_new_one()
    {
        var (harness, advocate) = await RuntimeHarness.Start(Sent);
        await using var _ = harness;
        var authority = await harness.Authority("eu-1049-2001");
        var (_, questions) = await harness.Send(advocate, authority, questions: 1);
        await harness.RunUntil(Sent.AddDays(7));

        var (_, refusal) = await harness.Act(advocate, questions[0], "extension-announced", new ActionInput(null, null, null, 15));
        var (_, second) = await harness.Act(advocate, questions[0], "extension-announced", new ActionInput(null, null, null, 15));
        await harness.RunUntil(Sent.AddDays(60));

        Assert.Null(refusal);
        Assert.NotNull(second);
        Assert.True(second.Unprocessable);
        var journal = await harness.Journal(questions[0]);
        var passed = journal.First(j => j.Event == "deadline-passed");
        // 15 working days from 10 January is 31 January; extended by 15 more: Monday 21 February 2022, ending at 23:00 UTC (CET).
        Assert.Equal(new DateTime(2022, 2, 21, 23, 0, 0, DateTimeKind.Utc), passed.ScheduledFor);
        Assert.DoesNotContain(journal, j => j.Event == "deadline-passed" && j.ScheduledFor == new DateTime(2022, 1, 31, 23, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task A_refusal_warns_the_advocate_once_before_the_appeal_right_lapses()
    {
        var (harness, advocate) = await RuntimeHarness.Start(Sent);
        await using var _ = harness;
        var authority = await harness.Authority("us-foia");
        var (requestId, questions) = await harness.Send(advocate, authority, questions: 1);
        await harness.RunUntil(Sent.AddDays(5));

        await harness.Act(advocate, questions[0], "refused", new ActionInput(null, null, "Exemption 1, 5 U.S.C. 552(b)(1)", null));
        await harness.RunUntil(Sent.AddDays(200));

        var journal = await harness.Journal(questions[0]);
        Assert.Equal(["started", "refused", "rights-warning"], journal.Select(j => j.Event));
        // Refused on 15 January 2022: 90 calendar days later is 15 April; warned 10 days before, at the start of 5 April (EDT).
        Assert.Equal(new DateTime(2022, 4, 5, 4, 0, 0, DateTimeKind.Utc), journal[2].ScheduledFor);
        var warnings = await harness.Db(db => db.Outbox.CountAsync(o => o.RequestId == requestId && o.Template == "advocate-warning"));
        Assert.Equal(1, warnings);
    }

    [Fact]
    public async Task Escalating_a_refusal_starts_at_the_appeal_step_not_at_a_reminder()
    {
        var (harness, advocate) = await RuntimeHarness.Start(Sent);
        await using var _ = harness;
        var authority = await harness.Authority("uk-foia-2000");
        var (requestId, questions) = await harness.Send(advocate, authority, questions: 1);
        await harness.Act(advocate, questions[0], "refused", new ActionInput(null, null, "Section 27 (international relations)", null));

        var (_, refusal) = await harness.Act(advocate, questions[0], "escalated");
        await harness.RunUntil(Sent.AddMinutes(1));

        Assert.Null(refusal);
        var emails = await harness.Db(db => db.Outbox.Where(o => o.RequestId == requestId).OrderBy(o => o.Id).Select(o => o.Template).ToListAsync());
        Assert.Equal(["request", "review-waiting"], emails);
        Assert.Equal("internal-review", (await harness.Db(db => db.Letters.SingleAsync(l => l.RequestId == requestId))).Template);
    }

    [Fact]
    public async Task A_clarification_stops_the_clock_and_restarts_the_full_time_when_given()
    {
        var (harness, advocate) = await RuntimeHarness.Start(Sent);
        await using var _ = harness;
        var authority = await harness.Authority("uk-foia-2000");
        var (_, questions) = await harness.Send(advocate, authority, questions: 1);
        await harness.RunUntil(Sent.AddDays(3));

        await harness.Act(advocate, questions[0], "clarification-asked");
        await harness.RunUntil(Sent.AddDays(60)); // long past the first deadline: nothing may fire while stopped
        var stopped = await harness.Journal(questions[0]);
        await harness.Act(advocate, questions[0], "clarification-given");
        await harness.RunUntil(Sent.AddDays(200));

        Assert.Equal(["started", "clarification-asked"], stopped.Select(j => j.Event));
        var journal = await harness.Journal(questions[0]);
        var passed = journal.First(j => j.Event == "deadline-passed");
        // Given on Friday 11 March 2022 (day 60): 20 working days from then, skipping St Patrick's Day (17 March,
        // a bank holiday in Northern Ireland, so not a working day under FOIA s.10(6)), is Monday 11 April; its end, 23:00 UTC (BST).
        Assert.Equal(new DateTime(2022, 4, 11, 23, 0, 0, DateTimeKind.Utc), passed.ScheduledFor);
    }

    [Fact]
    public async Task An_action_the_state_does_not_permit_is_refused_with_the_permitted_ones()
    {
        var (harness, advocate) = await RuntimeHarness.Start(Sent);
        await using var _ = harness;
        var authority = await harness.Authority("uk-foia-2000");
        var (_, questions) = await harness.Send(advocate, authority, questions: 1);
        await harness.Act(advocate, questions[0], "answered", new ActionInput(null, "Letter 22/041", null, null));

        var (_, refusal) = await harness.Act(advocate, questions[0], "refused", new ActionInput(null, null, "s.27", null));

        Assert.NotNull(refusal);
        Assert.False(refusal.Unprocessable);
        Assert.Equal(["reopened"], refusal.Permitted.Select(Definitions.Triggers.Word)); // only a correction is left
        Assert.Equal(["started", "answered"], (await harness.Journal(questions[0])).Select(j => j.Event));
    }
}
