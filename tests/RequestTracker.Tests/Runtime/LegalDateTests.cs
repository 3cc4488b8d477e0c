using CsCheck;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Handling;
using RequestTracker.Mail;
using RequestTracker.Overview;
using RequestTracker.Runtime;

namespace RequestTracker.Tests.Runtime;

/// <summary>
/// Every place that states a question's deadline states the same day — the law's last day in the
/// authority's zone: the letter to the authority, the API, the questions list and the iCalendar feed.
/// </summary>
public sealed class LegalDateTests
{
    [Fact]
    public async Task The_letter_states_the_last_day_not_the_midnight_that_ends_it()
    {
        // UK FOIA, sent Monday 10 January 2022: due by the end of Monday 7 February 2022 (20 working days).
        await using var h = await EngineHarness.Start(new DateTimeOffset(2022, 1, 10, 9, 0, 0, TimeSpan.Zero));
        var (requestId, questions) = await h.Send(1);

        var days = await Stated(h, requestId, questions[0]);

        Assert.Equal(("2022-02-07", "2022-02-07", "2022-02-07", "2022-02-07"), days);
        Assert.Contains("The time for an answer is 20 working days (section 10(1)): by the end of Monday 7 February 2022.", await Letter(h, requestId), StringComparison.Ordinal);
    }

    [Theory]
    // A US agency in Los Angeles: received 22:30 on Monday 10 January there (01:30 on the 11th in New York);
    // 20 working days skipping Martin Luther King Day (17 January) end with Tuesday 8 February, at midnight Pacific time.
    [InlineData("us-foia", "America/Los_Angeles", "2022-01-11T06:30:00Z", "2022-02-08", "2022-02-09T08:00:00Z")]
    // A Russian authority in Vladivostok: received 01:30 on Monday 24 January there (18:30 on Sunday the 23rd
    // in Moscow); registered by Thursday 27 January at the latest (3 days), 30 days from then end on Saturday
    // 26 February, so Monday 28 February, at midnight Vladivostok time.
    [InlineData("ru-8-fz", "Asia/Vladivostok", "2022-01-23T15:30:00Z", "2022-02-28", "2022-02-28T14:00:00Z")]
    // The same request to a Moscow authority: received Sunday 23 January, registered by Wednesday 26, due Friday 25 February.
    [InlineData("ru-8-fz", "Europe/Moscow", "2022-01-23T15:30:00Z", "2022-02-25", "2022-02-25T21:00:00Z")]
    public async Task The_authoritys_zone_decides_the_day_of_receipt_and_the_end_of_the_last_day(string lawId, string zone, string sent, string dueDate, string dueAt)
    {
        await using var h = await EngineHarness.Start(DateTimeOffset.Parse(sent, System.Globalization.CultureInfo.InvariantCulture), lawId, zone);
        var (requestId, questions) = await h.Send(1);

        var view = (await h.Question(questions[0])).Value!;

        Assert.Equal((dueDate, zone), (view.DueDate, view.Zone));
        Assert.Equal(DateTime.Parse(dueAt, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime(), view.DueAt);
        Assert.Equal((dueDate, dueDate, dueDate, dueDate), await Stated(h, requestId, questions[0]));
    }

    [Fact]
    public async Task An_extension_ending_on_a_holiday_rolls_to_the_next_working_day_and_says_so()
    {
        // 8-FZ, received Tuesday 22 March 2022, registered by Friday 25 March: 30 days end Sunday 24 April, so
        // Monday 25 April. Extended by 15 days: Tuesday 10 May 2022, a day off moved from 2 January (Decree
        // No. 1817), so Wednesday 11 May.
        await using var h = await EngineHarness.Start(new DateTimeOffset(2022, 3, 22, 7, 0, 0, TimeSpan.Zero), "ru-8-fz", "Europe/Moscow");
        var (_, questions) = await h.Send(1);
        var before = (await h.Question(questions[0])).Value!;

        var extended = (await h.Act(questions[0], "extension-announced", extension: 15)).Value!;

        Assert.Equal("2022-04-25", before.DueDate);
        Assert.Equal("2022-05-11", extended.DueDate);
        Assert.Contains("the last day, Tue 10 May 2022, is not a working day", extended.DueComputation!.Explanation, StringComparison.Ordinal);
        Assert.Equal("2022-05-10", extended.DueComputation.RawDueDate);
    }

    [Fact]
    public async Task Where_the_law_counts_from_registration_both_deadlines_show_and_escalation_waits_for_the_later()
    {
        // 8-FZ, received Monday 10 January 2022 (Moscow): registered the same day, due Wednesday 9 February;
        // registered on Thursday 13 January, the last day allowed, due Monday 14 February (12-13 Feb weekend).
        await using var h = await EngineHarness.Start(new DateTimeOffset(2022, 1, 10, 7, 0, 0, TimeSpan.Zero), "ru-8-fz", "Europe/Moscow");
        var (_, questions) = await h.Send(1);
        var view = (await h.Question(questions[0])).Value!;

        await h.RunUntil(new DateTimeOffset(2022, 2, 14, 12, 0, 0, TimeSpan.Zero));
        var stillWaiting = (await h.Question(questions[0])).Value!.State;
        await h.RunUntil(new DateTimeOffset(2022, 2, 15, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(("2022-02-09", "2022-02-14"), (view.EarliestDueDate, view.DueDate));
        Assert.Contains("Registered on the day of receipt, the deadline would be the end of Wed 9 Feb 2022", view.DueComputation!.Explanation, StringComparison.Ordinal);
        Assert.Contains("day 0 is Thu 13 Jan 2022, day 1 is Fri 14 Jan 2022", view.DueComputation.Explanation, StringComparison.Ordinal);
        Assert.EndsWith("Sources — registration: 8-FZ art. 18(5); response time: 8-FZ art. 18(6); a last day that is not a working day: Civil Code art. 193.", view.DueComputation.Explanation, StringComparison.Ordinal);
        Assert.Equal("awaiting-response", stillWaiting);
        Assert.Equal("escalating", (await h.Question(questions[0])).Value!.State);
    }

    [Theory]
    // 8-FZ: notice of an extension within 7 days of registration. Received Thursday 29 October 2026, registered by
    // Monday 2 November at the latest (1 November is a Sunday): notice by the end of Monday 9 November is in time.
    [InlineData("2026-11-06T09:00:00Z", false)]
    [InlineData("2026-11-09T20:00:00Z", false)]
    [InlineData("2026-11-09T21:00:00Z", true)]
    public async Task An_extension_notice_is_counted_from_registration_where_the_law_counts_from_it(string noticeAt, bool contestable)
    {
        await using var h = await EngineHarness.Start(new DateTimeOffset(2026, 10, 29, 0, 24, 0, TimeSpan.Zero), "ru-8-fz", "Europe/Moscow");
        var (_, questions) = await h.Send(1);
        h.Clock.SetUtcNow(DateTimeOffset.Parse(noticeAt, System.Globalization.CultureInfo.InvariantCulture));

        await h.Act(questions[0], "extension-announced", extension: 15);

        var note = (await h.Journal(questions[0])).Single(j => j.Event == "extension-announced").Note;
        Assert.Equal(contestable, note.Contains("can be contested", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Random_sends_from_2000_to_2040_state_one_day_everywhere()
    {
        foreach (var (law, zone) in new[] { ("uk-foia-2000", "Europe/London"), ("us-foia", "America/Los_Angeles"), ("ru-8-fz", "Asia/Vladivostok") })
        {
            await using var h = await EngineHarness.Start(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), law, zone);
            var sends = Gen.Long[0, 40L * 365 * 24 * 3600].Array[12].Single();
            foreach (var offset in sends.Order())
            {
                h.Clock.SetUtcNow(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(offset));
                var (requestId, questions) = await h.Send(1);
                var days = await Stated(h, requestId, questions[0]);
                var view = (await h.Question(questions[0])).Value!;

                // The day stated is the one the instant ends, in the authority's zone.
                var end = Instant.FromDateTimeUtc(view.DueAt!.Value).InZone(DateTimeZoneProviders.Tzdb[zone]);
                Assert.Equal(LocalTime.Midnight, end.TimeOfDay);
                var expected = LocalDatePattern.Iso.Format(end.Date.PlusDays(-1));
                Assert.Equal((expected, expected, expected, expected), days);
                var stated = law == "ru-8-fz"
                    ? $"ответ ожидается не позднее {RequestTracker.Definitions.Calendars.Deadline.Format.Words(end.Date.PlusDays(-1), "ru")}"
                    : $"by the end of {Deadline.Format.Words(end.Date.PlusDays(-1), "en")}.";
                Assert.Contains(stated, await Letter(h, requestId), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_regime_that_binds_no_one_asks_and_names_the_advocates_own_day_and_is_not_overdue_when_sent()
    {
        // The UN Security Council, sent Saturday 28 November 2026 at 15:00 in New York (20:00Z): the advocate's
        // courtesy period of 14 calendar days ends with Saturday 12 December 2026.
        await using var h = await EngineHarness.Start(new DateTimeOffset(2026, 11, 28, 20, 0, 0, TimeSpan.Zero), "un-charter-art51", "America/New_York");
        var (requestId, questions) = await h.Send(1);

        var letter = await Letter(h, requestId);

        Assert.Contains("I would be grateful for the following information:", letter, StringComparison.Ordinal);
        Assert.Contains("I make this request as a member of the public, not under an access-to-information law, and would be grateful for a reply by Saturday 12 December 2026.", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("must", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("Under ", letter, StringComparison.Ordinal);
        Assert.Equal(RequestTracker.Definitions.StateCategory.Open, (await h.Question(questions[0])).Value!.StateCategory);
    }

    /// <summary>The day as the API, the questions list, the calendar feed and the letter's question list state it.</summary>
    private static async Task<(string? Api, string? List, string? Feed, string? Letter)> Stated(EngineHarness h, int requestId, int questionId)
    {
        var api = (await h.Question(questionId)).Value!.DueDate;
        var list = (await h.With<ListQuestions, Outcome<QuestionRowPage>>(l => l.Handle(h.Advocate, new QuestionFilter(null, null, null, null, null, null, null, null, null, "500"), CancellationToken.None)))
            .Value!.Items.Single(q => q.QuestionId == questionId).DueDate;
        var url = await h.With<CalendarFeed, string>(f => f.Url(h.Advocate.Id, CancellationToken.None));
        var token = url["/calendar/".Length..^".ics".Length];
        var ics = await h.With<CalendarFeed, string?>(f => f.Build(token, new Uri("http://localhost/"), CancellationToken.None));
        var uid = $"UID:deadline-{questionId}@requesttracker";
        var block = ics!.Split("BEGIN:VEVENT").Single(e => e.Contains(uid, StringComparison.Ordinal));
        var start = block.Split("\r\n").Single(l => l.StartsWith("DTSTART", StringComparison.Ordinal));
        var feed = start.StartsWith("DTSTART;VALUE=DATE:", StringComparison.Ordinal)
            ? LocalDatePattern.Iso.Format(LocalDatePattern.CreateWithInvariantCulture("yyyyMMdd").Parse(start["DTSTART;VALUE=DATE:".Length..]).Value)
            : start;
        // The letter's own sentence: "… : by the end of Monday 7 February 2022." or «… ответ ожидается не позднее 25 февраля 2022 г.»
        var letter = await Letter(h, requestId);
        var (marker, pattern) = letter.Contains("не позднее ", StringComparison.Ordinal)
            ? ("не позднее ", LocalDatePattern.Create("d MMMM yyyy 'г.'", System.Globalization.CultureInfo.GetCultureInfo("ru-RU")))
            : ("by the end of ", LocalDatePattern.CreateWithInvariantCulture("dddd d MMMM yyyy"));
        var line = letter.Split('\n').First(l => l.Contains(marker, StringComparison.Ordinal));
        var words = line[(line.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].TrimEnd('\r');
        words = words.EndsWith(" г.", StringComparison.Ordinal) ? words : words.TrimEnd('.');
        var stated = pattern.Parse(words);
        return (api, list, feed, stated.Success ? LocalDatePattern.Iso.Format(stated.Value) : words);
    }

    private static async Task<string> Letter(EngineHarness h, int requestId)
    {
        var row = await h.Db(db => db.Outbox.AsNoTracking().SingleAsync(o => o.RequestId == requestId && o.Template == "request"));
        var composed = await h.With<MailComposer, ComposedMail>(c => c.Compose(row, CancellationToken.None));
        return composed.Message.TextBody ?? string.Empty;
    }
}
