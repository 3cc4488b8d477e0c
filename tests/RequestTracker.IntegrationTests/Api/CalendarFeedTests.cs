using System.Net;
using System.Text;
using Ical.Net.CalendarComponents;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Overview;

namespace RequestTracker.IntegrationTests.Api;

/// <summary>
/// The advocate's iCalendar feed as calendar apps take it: every content line has a value (RFC 5545 3.1), and two
/// parsers that share no code — Ical.Net and Python's icalendar — read every alarm's TRIGGER.
/// </summary>
public abstract class CalendarFeedTests(ApiApp app)
{
    [Fact]
    public async Task Every_alarm_has_a_trigger_that_two_independent_parsers_read_and_no_line_is_empty()
    {
        var advocate = app.Client(TestUser.AdvocateA);
        var (request, questions) = await TestData.SendRequest(app.Client(TestUser.Manager), advocate);
        using (var refused = await advocate.PostJson($"/api/questions/{questions[0]}/actions", new { action = "refused", exemption = "Art. 5 (state secret)" }))
        {
            await refused.Json(HttpStatusCode.OK); // a last day to appeal, the feed's second kind of event
        }

        string url;
        await using (var scope = app.Host.Services.CreateAsyncScope())
        {
            url = await scope.ServiceProvider.GetRequiredService<CalendarFeed>().Url(app.UserIds[TestUser.AdvocateA], CancellationToken.None);
        }

        using var response = await app.Anonymous().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);

        AssertContentLines(text);
        var alarms = AssertIcalNetReads(text, request.GetProperty("id").GetInt32(), questions);
        await AssertPythonIcalendarReads(bytes, alarms);
    }

    /// <summary>RFC 5545 3.1: CRLF-ended lines of at most 75 octets, unfolded into "name *(;param) : value" — and here no value is empty.</summary>
    private static void AssertContentLines(string text)
    {
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var physical = text[..^2].Split("\r\n");
        Assert.All(physical, line => Assert.DoesNotContain('\n', line));
        Assert.All(physical, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"longer than 75 octets: {line}"));
        var logical = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' ') || line.StartsWith('\t'))
            {
                logical[^1] += line[1..];
            }
            else
            {
                logical.Add(line);
            }
        }

        var empty = logical.Where(line => Value(line).Length == 0).ToList();
        Assert.True(empty.Count == 0, "Content lines without a value: " + string.Join(" | ", empty));
    }

    /// <summary>What follows the first colon outside a quoted parameter value.</summary>
    private static string Value(string line)
    {
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            quoted ^= line[i] == '"';
            if (line[i] == ':' && !quoted)
            {
                return line[(i + 1)..];
            }
        }

        Assert.Fail($"Not a content line: {line}");
        return string.Empty;
    }

    /// <summary>Every alarm has a trigger; this request's ring at 09:00 some days before their event's day. Returns how many alarms there are.</summary>
    private static int AssertIcalNetReads(string text, int requestId, List<int> questions)
    {
        var calendar = Ical.Net.Calendar.Load(text)!;
        var alarms = calendar.Events.SelectMany(e => e.Alarms).ToList();
        Assert.All(alarms, a => Assert.True(a.Trigger is { Duration: not null } or { DateTime: not null }, $"An alarm without a trigger: {a.Description}"));
        var ours = calendar.Events.Where(e => e.Summary?.Contains($"RT-{requestId} ", StringComparison.Ordinal) == true).ToList();
        Assert.Contains(ours, e => e.Uid == $"deadline-{questions[1]}@requesttracker");
        Assert.Contains(ours, e => e.Uid == $"appeal-{questions[0]}@requesttracker");
        foreach (var e in ours)
        {
            var day = new LocalDate(e.DtStart!.Year, e.DtStart.Month, e.DtStart.Day);
            var rings = RingsAt(e, day);
            Assert.Equal(new LocalTime(9, 0), rings.TimeOfDay);
            // Two working days before (the default): at least two days, and not more than a long holiday further.
            Assert.InRange(Period.Between(rings.Date, day, PeriodUnits.Days).Days, 2, 21);
        }

        return alarms.Count;
    }

    private static LocalDateTime RingsAt(CalendarEvent e, LocalDate day)
    {
        var trigger = Assert.Single(e.Alarms).Trigger!;
        if (trigger.Duration is { } relative)
        {
            // Relative to the all-day event's start: midnight of its day, wherever the calendar app is.
            return day.AtMidnight().Plus(new PeriodBuilder
            {
                Weeks = relative.Weeks ?? 0,
                Days = relative.Days ?? 0,
                Hours = relative.Hours ?? 0,
                Minutes = relative.Minutes ?? 0,
                Seconds = relative.Seconds ?? 0,
            }.Build());
        }

        Assert.Fail($"{e.Uid}: an absolute trigger ({trigger.DateTime}) would ring at a fixed instant, not at 09:00 where the reader is");
        return default;
    }

    private static async Task AssertPythonIcalendarReads(byte[] bytes, int alarms)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(file, bytes);
            var (exit, output) = await DebianPython.Run(
                """
                import datetime, sys
                from icalendar import Calendar
                with open(sys.argv[1], 'rb') as f:
                    calendar = Calendar.from_ical(f.read())
                problems = [f'{c.name}: {error}' for c in calendar.walk() for error in getattr(c, 'errors', [])]
                alarms = calendar.walk('VALARM')
                for alarm in alarms:
                    if 'TRIGGER' not in alarm:
                        problems.append('a VALARM without TRIGGER')
                        continue
                    trigger = alarm.decoded('TRIGGER')
                    if not isinstance(trigger, (datetime.timedelta, datetime.datetime)):
                        problems.append(f'TRIGGER decodes to {trigger!r}')
                print(len(alarms))
                print('\n'.join(problems))
                sys.exit(1 if problems else 0)
                """,
                file);
            Assert.True(exit == 0, output);
            Assert.Equal(alarms.ToString(System.Globalization.CultureInfo.InvariantCulture), output.Trim());
        }
        finally
        {
            File.Delete(file);
        }
    }
}

[Collection(SqliteApi.Name)]
public sealed class SqliteCalendarFeedTests(SqliteApiApp app) : CalendarFeedTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresCalendarFeedTests(PostgresApiApp app) : CalendarFeedTests(app);
