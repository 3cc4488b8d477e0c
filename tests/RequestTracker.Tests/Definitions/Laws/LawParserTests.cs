using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Laws;

namespace RequestTracker.Tests.Definitions.Laws;

/// <summary>
/// The law file format, key by key: a file using every key parses to exactly what it says; each mistake
/// is reported at its line and column, and what it breaks (the law, its extension, appeal or step) is left out.
/// </summary>
public class LawParserTests
{
    private const string Complete = """
        id: test-law
        name: Test Law
        calendar: uk
        registration: 3 calendar days
        response: 20 working days
        lastDayRollsToWorkingDay: true
        extension: { by: 15 calendar days, times: 2, noticeWithin: 7 calendar days }
        clarification: pause
        appeal: { name: Appeal, within: 3 months, warnBefore: 10 calendar days, step: review }
        ladder:
          - { id: reminder, name: Reminder, starts: 1 working day, window: 5 working days, to: authority, template: reminder }
          - { id: review, name: Review, starts: 0 working days, window: 2 weeks, to: "escalation:oversightBody", template: internal-review }
          - { id: note, name: Note to self, starts: 1 calendar day, window: 1 calendar day, to: advocate, template: advocate-warning }
        sources:
          registration: "art. 1"
          response: "art. 2"
          lastDayRollsToWorkingDay: "art. 3"
          extension: "art. 4"
          clarification: "art. 5"
          appeal: "art. 6"
          ladder: "art. 7"
          languages: "art. 8"
          requester: "art. 9"
          binding: "art. 10"
          soft: "art. 11"
          acknowledgement: "art. 12"
          transfer: "art. 13"
        binding: true
        soft: true
        languages: [en, ru]
        requester: [name, postalAddress]
        overdueAfter: 3 calendar days
        citations:
          en: { name: the Test Act, right: section 1, time: section 10, appeal: section 50 }
          ru: { name: Закон о тестах, genitive: Закона о тестах, right: ст. 1, time: ст. 10 }
        acknowledgement: 5 working days
        transfer: { within: 7 calendar days, clock: continue }
        """;

    [Fact]
    public void A_file_using_every_key_parses_to_what_it_says()
    {
        var (law, errors) = Parse(Complete);

        Assert.Empty(errors);
        Assert.NotNull(law);
        Assert.Equal(("test-law", "Test Law", "uk", (3, 11)), (law.Id, law.Name, law.CalendarId, law.CalendarAt));
        Assert.Equal(new LegalSpan(3, SpanUnit.CalendarDays), law.Registration);
        Assert.Equal(new LegalSpan(5, SpanUnit.WorkingDays), law.Acknowledgement);
        Assert.Equal(new LegalSpan(20, SpanUnit.WorkingDays), law.Response);
        Assert.True(law.LastDayRollsToWorkingDay);
        Assert.Equal(new ExtensionRule(new LegalSpan(15, SpanUnit.CalendarDays), 2, new LegalSpan(7, SpanUnit.CalendarDays)), law.Extension);
        Assert.Equal(ClarificationEffect.Pause, law.Clarification);
        Assert.Equal(new AppealRule("Appeal", new LegalSpan(3, SpanUnit.Months), new LegalSpan(10, SpanUnit.CalendarDays), "review"), law.Appeal);
        Assert.Equal(
            [
                new LadderStep("reminder", "Reminder", new LegalSpan(1, SpanUnit.WorkingDays), new LegalSpan(5, SpanUnit.WorkingDays), Recipient.Authority, "reminder"),
                new LadderStep("review", "Review", new LegalSpan(0, SpanUnit.WorkingDays), new LegalSpan(2, SpanUnit.Weeks), Recipient.Parse("escalation:oversightBody")!.Value, "internal-review") { Review = true },
                new LadderStep("note", "Note to self", new LegalSpan(1, SpanUnit.CalendarDays), new LegalSpan(1, SpanUnit.CalendarDays), Recipient.Advocate, "advocate-warning") { Kind = StepKind.Note },
            ],
            law.Ladder.Select(s => s with { TemplateAt = default }));
        Assert.Equal((11, 109), law.Ladder[0].TemplateAt);
        Assert.Equal(" (art. 4)", law.Cite("extension"));
        Assert.Equal(LawDefinition.SourceKeys.Length, law.Sources.Count);
        Assert.Equal("sha", law.Hash);
        Assert.True(law.Binding);
        Assert.True(law.Soft);
        Assert.Equal(["en", "ru"], law.Languages);
        Assert.Equal(new HashSet<RequesterDetail> { RequesterDetail.Name, RequesterDetail.PostalAddress }, law.Requester);
        Assert.Equal(new LegalSpan(3, SpanUnit.CalendarDays), law.OverdueAfter);
        Assert.Equal(new LawCitation("the Test Act", "the Test Act", "section 1", "section 10", "section 50"), law.Citations["en"]);
        Assert.Equal(new LawCitation("Закон о тестах", "Закона о тестах", "ст. 1", "ст. 10", string.Empty), law.Citations["ru"]);
        Assert.Equal(new TransferRule(new LegalSpan(7, SpanUnit.CalendarDays), TransferClock.Continue), law.Transfer);
        Assert.Equal(law.Response, law.Counted); // a day count is counted as it is; only "immediately" needs overdueAfter
    }

    [Fact]
    public void Immediately_needs_the_period_after_which_the_question_is_overdue()
    {
        var without = Complete.Replace("response: 20 working days", "response: immediately", StringComparison.Ordinal).Replace("overdueAfter: 3 calendar days\n", string.Empty, StringComparison.Ordinal);

        var (_, errors) = Parse(without);
        var (law, none) = Parse(Complete.Replace("response: 20 working days", "response: immediately", StringComparison.Ordinal));

        Assert.Equal("5:11: A response due immediately needs overdueAfter: how long after sending the question counts as overdue (e.g. \"3 calendar days\").", Assert.Single(errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}")));
        Assert.Empty(none);
        Assert.Equal(new LegalSpan(3, SpanUnit.CalendarDays), law!.Counted);
    }

    [Theory]
    [InlineData("to: \"escalation:oversightBody\", template: internal-review", "to: \"escalation:court\", template: internal-review", "A court is never emailed")]
    [InlineData("to: advocate, template: advocate-warning", "to: advocate, kind: letter, template: advocate-warning", "A letter goes to a body")]
    [InlineData("to: authority, template: reminder", "to: authority, kind: note, template: reminder", "A note goes to the advocate")]
    [InlineData("to: authority, template: reminder", "to: authority, kind: fax, template: reminder", "'fax' is not a step kind")]
    [InlineData("languages: [en, ru]", "languages: [en, Russian]", "'Russian' is not a language code")]
    [InlineData("requester: [name, postalAddress]", "requester: [name, passport]", "'passport' is not a requester detail")]
    [InlineData("clock: continue }", "clock: carry-on }", "clock must be restart")]
    [InlineData("clock: continue }", "clock: 1 }", "clock must be restart")]
    [InlineData("transfer: { within: 7 calendar days, clock: continue }", "transfer: { within: a week, clock: continue }", "not a duration")]
    public void A_step_is_what_its_recipient_allows_and_languages_are_codes(string find, string replace, string message)
    {
        var (_, errors) = Parse(Complete.Replace(find, replace, StringComparison.Ordinal));

        Assert.Contains(errors, e => e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_filing_and_a_complaint_wait_for_review_and_a_reminder_does_not_unless_the_file_says_otherwise()
    {
        var (law, _) = Parse(Complete
            .Replace("to: \"escalation:oversightBody\", template: internal-review", "to: \"escalation:court\", kind: filing, template: internal-review", StringComparison.Ordinal)
            .Replace("to: authority, template: reminder", "to: authority, review: true, template: reminder", StringComparison.Ordinal));

        Assert.Equal([(StepKind.Letter, true), (StepKind.Filing, true), (StepKind.Note, false)], law!.Ladder.Select(s => (s.Kind, s.Review)));
    }

    [Fact]
    public void Without_the_optional_keys_a_law_has_no_registration_extension_or_appeal_restarts_and_does_not_roll()
    {
        var minimal = """
            id: minimal
            name: Minimal
            calendar: calendar-days
            response: 30 calendar days
            ladder:
              - { id: reminder, name: Reminder, starts: 1 calendar day, window: 5 calendar days, to: authority, template: reminder }
            """;

        var (law, errors) = Parse(minimal);

        Assert.Empty(errors);
        Assert.Null(law!.Registration);
        Assert.Null(law.Extension);
        Assert.Null(law.Appeal);
        Assert.False(law.LastDayRollsToWorkingDay);
        Assert.Equal(ClarificationEffect.Restart, law.Clarification);
        Assert.Empty(law.Sources);
        Assert.Equal(string.Empty, law.Cite("response"));
    }

    [Fact]
    public void An_appeal_need_not_name_a_ladder_step()
    {
        var (law, errors) = Parse(Complete.Replace(", step: review }", " }", StringComparison.Ordinal));

        Assert.Empty(errors);
        Assert.Null(law!.Appeal!.Step);
    }

    [Theory]
    [InlineData("clarification: pause", "clarification: restart")]
    [InlineData("clarification: pause", "clarification: Restart")]
    public void Clarification_restart_is_read(string find, string replace)
    {
        var (law, errors) = Parse(Complete.Replace(find, replace, StringComparison.Ordinal));

        Assert.Empty(errors);
        Assert.Equal(ClarificationEffect.Restart, law!.Clarification);
    }

    [Theory]
    [InlineData("id: test-law\n", "", "1:1: Missing key 'id'.", "law")]
    [InlineData("name: Test Law\n", "", "1:1: Missing key 'name'.", "law")]
    [InlineData("calendar: uk\n", "", "1:1: Missing key 'calendar'.", "law")]
    [InlineData("response: 20 working days", "response: 20 workin days", "5:11: '20 workin days' is not a duration; write e.g. \"20 working days\", \"30 calendar days\", \"6 weeks\", \"3 months\", \"90 seconds\" or \"immediately\".", "law")]
    [InlineData("name: Test Law", "name: Test Law\nresponse_time: 3 days", "3:1: Unknown key 'response_time'; expected one of: id, name, calendar, registration, acknowledgement, response, overdueAfter, lastDayRollsToWorkingDay, sources, extension, clarification, appeal, ladder, binding, soft, languages, requester, citations, names, transfer.", "none")]
    [InlineData("clarification: pause", "clarification: stop", "8:16: clarification must be restart or pause.", "none")]
    [InlineData("clarification: pause", "clarification: 1", "8:16: clarification must be restart or pause.", "none")]
    [InlineData("times: 2,", "times: 2, every: 1,", "7:46: Unknown key 'every'; expected one of: by, times, noticeWithin.", "none")]
    [InlineData("times: 2,", "times: 0,", "7:12: times must be at least 1.", "extension")]
    [InlineData("by: 15 calendar days, ", "", "7:12: Missing key 'by'.", "extension")]
    [InlineData("noticeWithin: 7 calendar days", "noticeWithin: soon", "7:60: 'soon' is not a duration; write e.g. \"20 working days\", \"30 calendar days\", \"6 weeks\", \"3 months\", \"90 seconds\" or \"immediately\".", "none")]
    [InlineData("step: review }", "step: review, court: yes }", "9:87: Unknown key 'court'; expected one of: name, names, within, warnBefore, step, lapses.", "none")]
    [InlineData("name: Appeal, ", "", "9:9: Missing key 'name'.", "appeal")]
    [InlineData("within: 3 months, ", "", "9:9: Missing key 'within'.", "appeal")]
    [InlineData("warnBefore: 10 calendar days, ", "", "9:9: Missing key 'warnBefore'.", "appeal")]
    [InlineData("step: review }", "step: nowhere }", "9:79: The appeal step 'nowhere' is not a step of the ladder.", "none")]
    [InlineData("{ id: note,", "{ id: reminder,", "1:1: Ladder step id 'reminder' is used more than once.", "none")]
    [InlineData("to: advocate,", "to: the-press,", "13:89: 'the-press' is not a recipient; use authority, advocate or escalation:KIND with KIND one of higherBody, oversightBody, ombudsman, court, other.", "step")]
    [InlineData("to: advocate,", "to: \"escalation:press\",", "13:89: 'escalation:press' is not a recipient; use authority, advocate or escalation:KIND with KIND one of higherBody, oversightBody, ombudsman, court, other.", "step")]
    [InlineData("to: advocate,", "to: \"escalation:\",", "13:89: 'escalation:' is not a recipient; use authority, advocate or escalation:KIND with KIND one of higherBody, oversightBody, ombudsman, court, other.", "step")]
    [InlineData("template: advocate-warning }", "template: advocate-warning, cc: me }", "13:127: Unknown key 'cc'; expected one of: id, name, names, starts, window, to, template, kind, review.", "none")]
    [InlineData("{ id: note, ", "{ ", "13:5: Missing key 'id'.", "step")]
    [InlineData("name: Note to self, ", "", "13:5: Missing key 'name'.", "step")]
    [InlineData("starts: 1 calendar day, window", "window", "13:5: Missing key 'starts'.", "step")]
    [InlineData("window: 1 calendar day, ", "", "13:5: Missing key 'window'.", "step")]
    [InlineData("to: advocate, ", "", "13:5: Missing key 'to'.", "step")]
    [InlineData(", template: advocate-warning }", " }", "13:5: Missing key 'template'.", "step")]
    [InlineData("  ladder: \"art. 7\"", "  ladder: \"art. 7\"\n  preamble: \"art. 0\"", "22:3: Unknown key 'preamble'; expected one of: registration, acknowledgement, response, lastDayRollsToWorkingDay, extension, clarification, appeal, ladder, languages, requester, binding, soft, transfer.", "none")]
    public void A_mistake_is_reported_at_its_line_and_column_and_drops_what_it_breaks(string find, string replace, string error, string dropped)
    {
        Assert.Contains(find, Complete, StringComparison.Ordinal);

        var (law, errors) = Parse(Complete.Replace(find, replace, StringComparison.Ordinal));

        Assert.Equal([error], errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}"));
        switch (dropped)
        {
            case "law":
                Assert.Null(law);
                break;
            case "extension":
                Assert.Null(law!.Extension);
                break;
            case "appeal":
                Assert.Null(law!.Appeal);
                break;
            case "step":
                Assert.Equal(["reminder", "review"], law!.Ladder.Select(s => s.Id));
                break;
            default:
                Assert.NotNull(law);
                break;
        }
    }

    [Fact]
    public void A_control_character_anywhere_in_the_file_is_refused_at_its_line_and_column()
    {
        var (law, errors) = Parse(Complete.Replace("name: Test Law", "name: Test\u0007Law", StringComparison.Ordinal));

        Assert.Null(law);
        // "name: Test" is 10 characters, so the bell is column 11 of line 2.
        Assert.Equal("test.yaml:2:11: Control character U+0007 is not allowed; remove it (only tab and line breaks are).", Assert.Single(errors).ToString());
    }

    [Fact]
    public void Names_in_other_languages_are_read_per_language_and_English_stays_the_name()
    {
        const string yaml = """
            id: named
            name: Named Law
            names: { ru: Закон с именами }
            calendar: uk
            response: 20 working days
            appeal: { name: Appeal, names: { ru: Обжалование }, within: 3 months, warnBefore: 10 calendar days }
            ladder:
              - { id: reminder, name: Reminder, names: { ru: Напоминание }, starts: 1 working day, window: 5 working days, to: authority, template: reminder }
            """;
        var (law, errors) = Parse(yaml);
        Assert.Empty(errors);
        Assert.Equal(("Закон с именами", "Named Law", "Named Law"), (law!.NameIn("ru"), law.NameIn("en"), law.NameIn("kk")));
        Assert.Equal(("Обжалование", "Appeal"), (law.Appeal!.NameIn("ru"), law.Appeal.NameIn("en")));
        Assert.Equal(("Напоминание", "Reminder"), (law.Ladder[0].NameIn("ru"), law.Ladder[0].NameIn("fr")));
    }

    [Fact]
    public void A_name_under_en_or_not_a_language_code_is_reported()
    {
        var (_, errors) = Parse("""
            id: named
            name: Named Law
            names: { en: Other English, russian: Закон }
            calendar: uk
            response: 20 working days
            ladder:
              - { id: reminder, name: Reminder, starts: 1 working day, window: 5 working days, to: authority, template: reminder }
            """);
        Assert.Equal(2, errors.Count(e => e.Message.Contains("is not a language code for a name", StringComparison.Ordinal)));
    }


    private static (LawDefinition? Law, List<DefinitionError> Errors) Parse(string text)
    {
        var errors = new List<DefinitionError>();
        var yaml = YamlNode.Load("test.yaml", text, errors);
        var law = yaml is null ? null : LawParser.Parse(yaml, "sha");
        return (law, errors);
    }
}
