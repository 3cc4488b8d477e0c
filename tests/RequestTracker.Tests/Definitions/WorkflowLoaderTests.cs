using RequestTracker.Definitions;

namespace RequestTracker.Tests.Definitions;

/// <summary>The loader on the shipped folder and on copies broken one way at a time; every error is located.</summary>
public sealed class WorkflowLoaderTests : IDisposable
{
    private readonly DirectoryInfo _copy = Directory.CreateTempSubdirectory("rt-wf-");

    public WorkflowLoaderTests() => CopyDirectory(ShippedDefinitions.Folder, _copy.FullName);

    [Fact]
    public void The_shipped_folder_loads_every_regime_and_calendar()
    {
        var (catalog, errors) = WorkflowLoader.Load(ShippedDefinitions.Folder);

        Assert.Empty(errors);
        Assert.NotNull(catalog);
        Assert.Equal(["au-foi-1982", "ca-atia", "de-ifg", "eu-1049-2001", "ie-foi-2014", "io-default", "kz-401-v", "nz-oia-1982", "ru-8-fz", "scot-foisa-2002", "uk-foia-2000", "un-charter-art51", "us-ca-cpra", "us-foia", "us-ny-foil", "us-tx-pia"], catalog.Laws.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["au-act", "ca-federal", "calendar-days", "de-be", "eu-institutions", "ie", "kz", "nz", "ru", "scotland", "uk", "us-ca", "us-federal", "us-ny", "us-tx"], catalog.Calendars.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(4, catalog.Question.Version);
    }

    [Theory]
    [InlineData("laws/uk-foia-2000.yaml", "response: 20 working days", "response: 20 workin days", "uk-foia-2000.yaml:18:11", "not a duration")]
    [InlineData("laws/uk-foia-2000.yaml", "clarification: restart", "clarification: restart\nrespnse: 3 days", "uk-foia-2000.yaml:23:1", "Unknown key 'respnse'")]
    [InlineData("laws/uk-foia-2000.yaml", "template: internal-review", "template: no-such-template", "uk-foia-2000.yaml:43:15", "no 'no-such-template' letter")]
    [InlineData("laws/ru-8-fz.yaml", "calendar: ru", "calendar: mars", "ru-8-fz.yaml:31:11", "unknown calendar 'mars'")]
    [InlineData("laws/ru-8-fz.yaml", "to: escalation:court", "to: the-press", "ru-8-fz.yaml:70:9", "not a recipient")]
    [InlineData("laws/ru-8-fz.yaml", "step: higher-body", "step: nowhere", "ru-8-fz.yaml:48:9", "appeal step 'nowhere' is not a step of the ladder")]
    [InlineData("laws/io-default.yaml", "id: io-default", "id: ru-8-fz", "ru-8-fz.yaml:14:1", "Duplicate law id 'ru-8-fz'")]
    [InlineData("question.yaml", "      refused: refused\n      not-held: not-held\n      escalated: escalating\n      deadline-passed: escalating\n      withdrawn: withdrawn\n      transferred: transferred   # passed to another body: it goes on as a question of a new request to it\n\n  clarification-requested:", "      refusd: refused\n      not-held: not-held\n      escalated: escalating\n      deadline-passed: escalating\n      withdrawn: withdrawn\n      transferred: transferred   # passed to another body: it goes on as a question of a new request to it\n\n  clarification-requested:", "question.yaml:34:7", "Unknown trigger 'refusd'")]
    [InlineData("question.yaml", "      deadline-passed: escalating\n      withdrawn: withdrawn\n      transferred: transferred   # passed to another body: it goes on as a question of a new request to it\n\n  clarification-requested:", "      deadline-passed: escalatin\n      withdrawn: withdrawn\n      transferred: transferred   # passed to another body: it goes on as a question of a new request to it\n\n  clarification-requested:", "question.yaml:37:7", "unknown state 'escalatin'")]
    [InlineData("question.yaml", "- { at: deadline, fires: deadline-passed }\n      - { at: acknowledgement, fires: acknowledgement-passed }   # only", "- { at: tomorrow, fires: deadline-passed }\n      - { at: acknowledgement, fires: acknowledgement-passed }   # only", "question.yaml:24:15", "Unknown instant 'tomorrow'")]
    [InlineData("question.yaml", "  answered: { requires: [documentReference] }", "  answered: { requires: [documentRef] }", "question.yaml:13:26", "'documentRef' cannot be required")]
    [InlineData("question.yaml", "      reopened: previous\n      withdrawn: withdrawn\n\n  refused:", "      reopened: refused\n      withdrawn: withdrawn\n\n  refused:", "question.yaml:113:7", "'reopened' goes to 'previous'")]
    [InlineData("question.yaml", "      not-held: not-held\n      withdrawn: withdrawn\n      transferred: transferred   # passed to another body: it goes on as a question of a new request to it\n\n  partially-answered:", "      not-held: not-held\n      transferred: transferred   # passed to another body: it goes on as a question of a new request to it\n\n  partially-answered:", "question.yaml:93:5", "must accept 'withdrawn'")]
    [InlineData("question.yaml", "    on:\n      reopened: previous\n\n  withdrawn:", "    on:\n      reopened: previous\n      escalated: escalating\n\n  withdrawn:", "question.yaml:138:5", "A final state has no transitions but 'reopened'")]
    [InlineData("calendars/uk.yaml", "timeZone: Europe/London", "timeZone: Europe/Londres", "uk.yaml:12:11", "not an IANA time zone")]
    [InlineData("calendars/uk.yaml", "{ name: Good Friday, easter: -2 }", "{ name: Good Friday, easter: -2, date: \"04-15\" }", "uk.yaml:20:5", "exactly one of")]
    [InlineData("templates/en/reminder.txt", "{{ step.reply_by }}", "{{ step.reply_byy }}", "reminder.txt:11:308", "Undefined variable 'reply_byy'")]
    [InlineData("templates/en/request.txt", "{{ law.response }}", "{{ law.respons }}", "request.txt:15:167", "Undefined variable 'respons'")]
    [InlineData("templates/en/advocate-warning.txt", "| downcase }}", "| downcasee }}", "advocate-warning.txt:8:65", "Undefined filter 'downcasee'")]
    [InlineData("templates/en/appeal.txt", "{% endfor %}", "{% endfo %}", "appeal.txt:9:45", "Template syntax")]
    [InlineData("templates/en/court-claim.txt", "Subject: Claim", "Subjec: Claim", "court-claim.txt:1:1", "The first line must be 'Subject: ...'")]
    public void A_broken_file_is_reported_with_file_line_and_column(string file, string find, string replace, string location, string message)
    {
        var path = Path.Combine(_copy.FullName, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));

        var (catalog, errors) = WorkflowLoader.Load(_copy.FullName);

        Assert.Null(catalog);
        // The whole position: the file's name, line and column, exactly.
        Assert.Contains(errors, e => e.ToString().Contains($"/{location}: ", StringComparison.Ordinal) && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unreachable_state_is_an_error()
    {
        var path = Path.Combine(_copy.FullName, "question.yaml");
        var lines = File.ReadAllLines(path).Length;
        File.AppendAllText(path, "\n  limbo:\n    label: Limbo\n    category: closed\n    final: true\n");

        var (_, errors) = WorkflowLoader.Load(_copy.FullName);

        // Reported where the state is declared: two lines below the old end of the file.
        var error = Assert.Single(errors, e => e.Message.Contains("'limbo' cannot be reached", StringComparison.Ordinal));
        Assert.Equal(("question.yaml", lines + 2), (Path.GetFileName(error.File), error.Line));
    }

    [Fact]
    public void Malformed_yaml_is_located()
    {
        File.WriteAllText(Path.Combine(_copy.FullName, "laws", "broken.yaml"), "id: broken\nname: [unclosed\n");

        var (_, errors) = WorkflowLoader.Load(_copy.FullName);

        Assert.Contains(errors, e => e.File.EndsWith("broken.yaml", StringComparison.Ordinal) && e.Line >= 2);
    }

    public void Dispose() => _copy.Delete(recursive: true);

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        }

        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
