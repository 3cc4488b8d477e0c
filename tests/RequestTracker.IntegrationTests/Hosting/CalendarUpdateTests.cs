using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Runtime;
using RequestTracker.Users;

namespace RequestTracker.IntegrationTests.Hosting;

/// <summary>
/// A calendar is a fact kept current under running questions: a holiday added to the file after a request was sent moves
/// its last day on the next start (journaled, timers re-armed, the advocate told); taken away again, the earlier day it
/// would give is flagged, not enforced — the day the letter stated stands.
/// </summary>
public sealed class CalendarUpdateTests : IDisposable
{
    private readonly string _folder = TestWorkflows.CreateFolder();

    [Fact]
    public async Task A_holiday_added_inside_a_running_period_moves_the_last_day_one_working_day_later_and_says_why()
    {
        await using var database = new SqliteTestDatabase();
        var settings = new Dictionary<string, string?> { ["Workflows:Path"] = _folder, ["Workflows:Worker:Enabled"] = "false" };
        int questionId;
        DateOnly stated;
        LocalDate added;
        await using (var first = new AppHost(database, settings))
        {
            first.StartServer();
            questionId = await SendOneQuestion(first);
            var (row, calendar) = await Read(first, questionId);
            stated = row.DueOn!.Value;
            // The first working day after receipt: inside the running period whatever day the test runs.
            added = Instant.FromDateTimeUtc(DateTime.SpecifyKind(row.StartedAt, DateTimeKind.Utc)).InZone(calendar.Zone).Date.PlusDays(1);
            while (!calendar.IsWorkingDay(added))
            {
                added = added.PlusDays(1);
            }
        }

        var holiday = $"  - {{ name: Test proclamation day, on: {added:yyyy-MM-dd} }}\n";
        AppendHoliday(holiday);
        await using (var second = new AppHost(database, settings))
        {
            second.StartServer();
            var (row, calendar) = await Read(second, questionId);
            var expected = LocalDate.FromDateOnly(stated).PlusDays(1);
            while (!calendar.IsWorkingDay(expected))
            {
                expected = expected.PlusDays(1);
            }

            Assert.Equal(expected.ToDateOnly(), row.DueOn);
            await using var scope = second.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var journal = await db.Journal.Where(j => j.QuestionId == questionId && j.Event == JournalEvents.CalendarUpdated).ToListAsync();
            var entry = Assert.Single(journal);
            Assert.Contains($"Last day moved from {Deadline.Format.Brief(stated, "en")} to {Deadline.Format.Brief(expected, "en")}: calendar uk updated", entry.Note, StringComparison.Ordinal);
            Assert.Contains($"{Deadline.Format.Brief(added, "en")} is now a day off: Test proclamation day", entry.Note, StringComparison.Ordinal);
            var timer = Assert.Single(await db.Timers.Where(t => t.QuestionId == questionId && t.Instant == TimerInstant.Deadline).ToListAsync());
            Assert.Equal(row.DueAt, timer.DueAt);
            Assert.Equal(row.Sequence, timer.Sequence);
            Assert.Single(await db.Outbox.Where(o => o.QuestionId == questionId && o.Template == CalendarUpdates.Moved && o.RecipientAddress == "a@test.example.org").ToListAsync());
        }

        // The same start again changes nothing: the question already counts on this file.
        await using (var third = new AppHost(database, settings))
        {
            third.StartServer();
            await using var scope = third.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Single(await db.Journal.Where(j => j.QuestionId == questionId && j.Event == JournalEvents.CalendarUpdated).ToListAsync());
        }

        // Taken away again: counted on the file as it was, the day would be earlier than the one now stated; it stands, flagged.
        RemoveHoliday(holiday);
        await using (var fourth = new AppHost(database, settings))
        {
            fourth.StartServer();
            var (row, _) = await Read(fourth, questionId);
            Assert.NotEqual(stated, row.DueOn);
            await using var scope = fourth.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var flagged = await db.Journal.Where(j => j.QuestionId == questionId && j.Event == JournalEvents.CalendarUpdated).OrderBy(j => j.Id).ToListAsync();
            Assert.Equal(2, flagged.Count);
            Assert.Contains($"the last day would be {Deadline.Format.Brief(stated, "en")}, earlier than", flagged[1].Note, StringComparison.Ordinal);
            Assert.Single(await db.Outbox.Where(o => o.QuestionId == questionId && o.Template == CalendarUpdates.Earlier).ToListAsync());
        }
    }

    [Fact]
    public async Task A_holiday_added_on_the_last_day_to_acknowledge_moves_that_day_and_leaves_the_decision_deadline()
    {
        await using var database = new SqliteTestDatabase();
        var settings = new Dictionary<string, string?> { ["Workflows:Path"] = _folder, ["Workflows:Worker:Enabled"] = "false" };
        int questionId;
        WorkflowInstance before;
        await using (var first = new AppHost(database, settings))
        {
            first.StartServer();
            questionId = await SendOneQuestion(first, "Department of Foreign Affairs and Trade", "Australia/Sydney", "au-foi-1982");
            before = (await Read(first, questionId, "au-act", "Australia/Sydney")).Row;
        }

        var path = Path.Combine(_folder, "calendars", "au-act.yaml");
        File.WriteAllText(path, File.ReadAllText(path).TrimEnd('\n') + $"\n  - {{ name: Test proclamation day, on: {before.AcknowledgeOn:yyyy-MM-dd} }}\n");
        await using var second = new AppHost(database, settings);
        second.StartServer();
        var (row, calendar) = await Read(second, questionId, "au-act", "Australia/Sydney");

        Assert.Equal(before.DueOn, row.DueOn); // 30 calendar days: a holiday inside them moves nothing
        Assert.True(row.AcknowledgeOn > before.AcknowledgeOn);
        Assert.True(calendar.IsWorkingDay(LocalDate.FromDateOnly(row.AcknowledgeOn!.Value)));
        await using var scope = second.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entry = Assert.Single(await db.Journal.Where(j => j.QuestionId == questionId && j.Event == JournalEvents.CalendarUpdated).ToListAsync());
        Assert.Contains($"the last day to acknowledge receipt is now {Deadline.Format.Brief(row.AcknowledgeOn.Value, "en")}", entry.Note, StringComparison.Ordinal);
        Assert.Equal(row.AcknowledgeAt, Assert.Single(await db.Timers.Where(t => t.QuestionId == questionId && t.Instant == TimerInstant.Acknowledgement).ToListAsync()).DueAt);
        Assert.Empty(await db.Outbox.Where(o => o.QuestionId == questionId).ToListAsync()); // the advocate's deadline did not move
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(WorkflowInstance Row, WorkCalendar Calendar)> Read(AppHost host, int questionId, string calendarId = "uk", string zone = "Europe/London")
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await db.Workflows.AsNoTracking().SingleAsync(w => w.QuestionId == questionId);
        var calendar = scope.ServiceProvider.GetRequiredService<DefinitionStore>().Catalog.Calendars[calendarId].InZone(DateTimeZoneProviders.Tzdb[zone]);
        return (row, calendar);
    }

    private void AppendHoliday(string line)
    {
        var path = Path.Combine(_folder, "calendars", "uk.yaml");
        File.WriteAllText(path, File.ReadAllText(path).TrimEnd('\n') + "\n" + line);
    }

    private void RemoveHoliday(string line)
    {
        var path = Path.Combine(_folder, "calendars", "uk.yaml");
        var text = File.ReadAllText(path);
        Assert.Contains(line, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(line, string.Empty, StringComparison.Ordinal));
    }

    private static async Task<int> SendOneQuestion(AppHost host, string authorityName = "Cabinet Office", string zone = "Europe/London", string lawId = "uk-foia-2000")
    {
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var user = (await services.GetRequiredService<CreateUser>().Handle(new CreateUserInput("a@test.example.org", "A", Roles.Advocate, "a long enough passphrase"))).Value!;
        var advocate = new CurrentUser(user.Id, false, false);
        var authority = (await services.GetRequiredService<RequestTracker.Authorities.SaveAuthority>().Create(
            new RequestTracker.Authorities.AuthorityInput(authorityName, "T", "foi@example.org", zone, lawId, []), CancellationToken.None)).Value!;
        var filed = await services.GetRequiredService<RequestTracker.Requests.FileRequest>().Handle(advocate,
            new RequestTracker.Requests.RequestInput(authority.Id, "t", "b", "", [new(RequestTracker.Requests.QuestionCategory.Other, "q")]), CancellationToken.None);
        var sent = await services.GetRequiredService<RequestTracker.Requests.SendRequest>().Handle(advocate, filed.Value!.Id, CancellationToken.None);
        return sent.Value!.Questions[0].Id;
    }
}
