using Microsoft.EntityFrameworkCore;
using NodaTime;
using RequestTracker.Handling;
using RequestTracker.Correspondence;
using RequestTracker.Questions;
using RequestTracker.Runtime;

namespace RequestTracker.Tests.Runtime;

/// <summary>
/// An authority's letter has two dates of record: the date it bears and the day it arrived. UK FOIA, sent Monday
/// 10 January 2022 09:00 GMT, due by the end of Monday 7 February; the letters below are typed in on Monday 14
/// February. Days counted by hand on the UK calendar (the union of its bank holidays): between February and April
/// 2022 only St Patrick's Day, Thursday 17 March, is one.
/// </summary>
public sealed class LetterDatesTests
{
    private static readonly DateTimeOffset Sent = new(2022, 1, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Typed = new(2022, 2, 14, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_refusal_typed_in_late_counts_its_appeal_and_the_figures_from_the_day_it_arrived()
    {
        await using var h = await EngineHarness.Start(Sent);
        var (_, questions) = await h.Send();
        await h.RunUntil(Typed); // the deadline passed and the reminder went: the question is escalating

        var dated = await h.With<ActOnQuestion, Outcome<QuestionView>>(a => a.Handle(h.Advocate, questions[0],
            new QuestionActionInput("refused", null, null, "s.43", null, LetterDate: "2022-02-03", ReceivedOn: "2022-02-04"), CancellationToken.None));
        var undated = await h.Act(questions[1], "refused", exemption: "s.43");

        // 40 working days from Friday 4 February (day 0): 20 by Friday 4 March, then 7-11, 14-16 and 18 (not the 17th),
        // 21-25, 28 March-1 April make 39, and Monday 4 April is the 40th. Typed in on the 14th, it would have been
        // Tuesday 12 April — the day the undated refusal is given.
        Assert.Equal("2022-04-04", dated.Value!.RightsLapseDate);
        Assert.Equal("2022-04-12", undated.Value!.RightsLapseDate);
        Assert.Equal((new DateOnly(2022, 2, 3), new DateOnly(2022, 2, 4)), (dated.Value.OutcomeLetterDate, dated.Value.OutcomeReceivedOn));
        Assert.Equal(((DateOnly?)null, new DateOnly(2022, 2, 14)), (undated.Value.OutcomeLetterDate, undated.Value.OutcomeReceivedOn));

        var entry = (await h.Journal(questions[0]))[^1];
        Assert.Equal(("refused", Typed.UtcDateTime), (entry.Event, entry.At));
        Assert.StartsWith("Letter of 3 February 2022, received 4 February 2022. Refused, citing s.43.", entry.Note, StringComparison.Ordinal);

        // The authority's figures: arrived on Friday 4 February (25 days after sending), within the deadline; the
        // undated refusal counts from its typing, 35 days after sending and late.
        var rows = await h.Db(db => db.Workflows.AsNoTracking().OrderBy(w => w.QuestionId).Select(w => new { w.OutcomeAt, w.OutcomeDays, w.OutcomeOnTime }).Take(2).ToListAsync());
        Assert.Equal((new DateTime(2022, 2, 4, 0, 0, 0, DateTimeKind.Utc), 25, true), (rows[0].OutcomeAt!.Value, rows[0].OutcomeDays!.Value, rows[0].OutcomeOnTime!.Value));
        Assert.Equal((Typed.UtcDateTime, 35, false), (rows[1].OutcomeAt!.Value, rows[1].OutcomeDays!.Value, rows[1].OutcomeOnTime!.Value));
    }

    [Theory]
    [InlineData("refused", null, "2022-02-15", "receivedOn", "The day it arrived cannot be later than today (2022-02-14 where the authority is).")]
    [InlineData("refused", "2022-02-15", null, "letterDate", "The letter's date cannot be later than today (2022-02-14 where the authority is).")]
    [InlineData("answered", "2022-02-10", "2022-02-09", "letterDate", "The letter cannot be dated after the day it arrived (2022-02-09).")]
    [InlineData("answered", null, "2022-01-09", "receivedOn", "The request was sent on 2022-01-10; a reply cannot have arrived before that.")]
    [InlineData("answered", "2022-01-07", null, "letterDate", "The request was sent on 2022-01-10; a reply cannot be dated before that.")]
    [InlineData("answered", "2022-02-30", null, "letterDate", "Give the letter's date as YYYY-MM-DD.")]
    [InlineData("answered", null, "14/02/2022", "receivedOn", "Give the day it arrived as YYYY-MM-DD.")]
    [InlineData("answered", null, "2022-02-14\0", "receivedOn", "Give the day it arrived as YYYY-MM-DD.")]
    [InlineData("escalated", null, "2022-02-14", "receivedOn", "Only a letter from the authority has dates of record; 'escalated' is not one.")]
    public async Task A_bad_date_is_an_error_on_its_field_and_changes_nothing(string action, string? letterDate, string? receivedOn, string field, string message)
    {
        await using var h = await EngineHarness.Start(Sent);
        var (_, questions) = await h.Send();
        await h.RunUntil(new DateTimeOffset(2022, 2, 14, 23, 30, 0, TimeSpan.Zero)); // still the 14th in London
        var before = await h.Journal(questions[0]);

        var outcome = await h.With<ActOnQuestion, Outcome<QuestionView>>(a => a.Handle(h.Advocate, questions[0],
            new QuestionActionInput(action, null, "Doc 1", "s.43", null, letterDate, receivedOn), CancellationToken.None));

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Equal([message], outcome.Errors[field]);
        Assert.Equal(before.Count, (await h.Journal(questions[0])).Count);
        Assert.Equal("escalating", (await h.Question(questions[0])).Value!.State);
    }

    [Fact]
    public async Task Today_is_the_day_where_the_authority_is()
    {
        // 23:30 GMT on Monday 14 February is already Tuesday the 15th in Moscow: a letter can have arrived "tomorrow".
        await using var h = await EngineHarness.Start(Sent, "ru-8-fz", "Europe/Moscow");
        var (_, questions) = await h.Send();
        h.Clock.SetUtcNow(new DateTimeOffset(2022, 2, 14, 23, 30, 0, TimeSpan.Zero));

        var outcome = await h.With<ActOnQuestion, Outcome<QuestionView>>(a => a.Handle(h.Advocate, questions[0],
            new QuestionActionInput("acknowledged", null, null, null, null, ReceivedOn: "2022-02-15"), CancellationToken.None));

        Assert.Equal(OutcomeKind.Ok, outcome.Kind);
        Assert.Contains("Received 15 February 2022.", (await h.Journal(questions[0]))[^1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_without_a_day_arrived_today_where_the_authority_is_and_keeps_its_letters_date()
    {
        await using var h = await EngineHarness.Start(Sent);
        var (requestId, questions) = await h.Send();
        h.Clock.SetUtcNow(Typed);

        var recorded = await h.With<RecordReply, Outcome<RecordedReply>>(r => r.Handle(h.Advocate, requestId,
            new RecordReplyInput("post", null, null, "Ref 1", "Enclosed.", null, LetterDate: "2022-02-11"), [], CancellationToken.None));

        Assert.Equal(("2022-02-14", "2022-02-11"), (recorded.Value!.ReceivedOn, recorded.Value.LetterDate));
        Assert.EndsWith("Letter of 11 February 2022, received 14 February 2022.", (await h.Journal(questions[0]))[^1].Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026, 11, 27, 2026, 11, 28, "Letter of 27 November 2026, received 28 November 2026.")]
    [InlineData(0, 0, 0, 2026, 11, 28, "Received 28 November 2026.")]
    [InlineData(2026, 11, 27, 0, 0, 0, "Letter of 27 November 2026.")]
    public void The_journal_states_both_dates_in_words(int ly, int lm, int ld, int ry, int rm, int rd, string expected)
    {
        DateOnly? letter = ly == 0 ? null : new DateOnly(ly, lm, ld);
        DateOnly? received = ry == 0 ? null : new DateOnly(ry, rm, rd);

        Assert.Equal(expected, LetterDates.Note(letter, received));
        Assert.Null(LetterDates.Note(null, null));
    }

    [Fact]
    public void The_arrival_is_the_start_of_its_day_where_the_workflow_counts_and_never_after_the_typing()
    {
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var typed = Instant.FromUtc(2022, 4, 4, 8, 0);

        Assert.Equal(Instant.FromUtc(2022, 4, 1, 23, 0), LetterDates.Arrival(new DateOnly(2022, 4, 2), london, typed)); // BST: midnight is 23:00 UTC
        Assert.Equal(typed, LetterDates.Arrival(new DateOnly(2022, 4, 5), london, typed));
    }
}
