using RequestTracker.Definitions;
using RequestTracker.Definitions.Templates;
using RequestTracker.Handling;

namespace RequestTracker.Tests.Mail;

/// <summary>The shipped templates: each renders, values are encoded in HTML, header values stay one line.</summary>
public sealed class MailTemplateTests
{
    private static MailTemplateSet Templates => ShippedDefinitions.Catalog.Templates;

    [Fact]
    public void Every_email_kind_has_a_text_and_an_html_template()
    {
        Assert.Superset(
            new HashSet<string>
            {
                "request", "reminder", "internal-review", "appeal", "confirmatory-application", "escalation-complaint", "oversight-complaint", "court-claim", "public-statement",
                "advocate-warning", "reply-received", "manager-digest", "follow-up", "clarification-answer", "withdrawal", "needs-contact", "filing-due", "review-waiting",
            },
            Templates.Names.ToHashSet());
    }

    [Fact]
    public async Task Values_are_encoded_in_the_html_body_and_left_as_written_in_the_text_body()
    {
        var model = SampleModel.Create() with { Request = SampleModel.Create().Request with { Title = "Vote <script>alert(1)</script> & more", Body = "Vote <script>alert(1)</script> & more" } };

        var mail = await Templates.Render("request", model);

        Assert.Contains("Vote <script>alert(1)</script> & more", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Vote <script>alert(1)</script> & more", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", mail.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", mail.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("request")]
    [InlineData("reminder")]
    [InlineData("escalation-complaint")]
    [InlineData("reply-received")]
    public async Task A_law_without_a_day_count_is_never_given_a_last_day(string template)
    {
        var sample = SampleModel.Create();
        var model = sample with { Law = sample.Law with { Name = "A law that says immediately", Response = "immediately", Within = "immediately", Immediate = true } };

        var mail = await Templates.Render(template, model);

        // A ladder step's own window ("reply by the end of ...") is a real date; the law's deadline is not.
        Assert.DoesNotContain("Due by the end of", mail.Text + mail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("that is by the end of", mail.Text + mail.Html, StringComparison.Ordinal);
        Assert.Contains("immediately", mail.Text, StringComparison.Ordinal);
        var ordinary = await Templates.Render(template, sample);
        Assert.Contains("by the end of", ordinary.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Documents\r\nBcc: everyone@example.org")]
    [InlineData("Documents\nX-Injected: yes")]
    public async Task A_line_break_in_a_value_that_reaches_the_subject_is_refused(string title)
    {
        var model = SampleModel.Create() with { Request = SampleModel.Create().Request with { Title = title } };

        var error = await Assert.ThrowsAsync<UnsafeMailException>(() => Templates.Render("reminder", model));

        Assert.Contains("subject", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_template_without_an_html_twin_sends_its_text_as_the_html_part()
    {
        var folder = Directory.CreateTempSubdirectory("rt-templates-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "en"));
            File.WriteAllText(Path.Combine(folder.FullName, "en", "lonely.txt"), "Subject: Hello {{ request.title }}\n\nFirst & second\n\nThird\n");
            var errors = new List<DefinitionError>();

            var set = MailTemplateSet.Load(folder.FullName, errors);
            var mail = await set.Render("lonely", SampleModel.Create());

            Assert.Empty(errors);
            Assert.Contains("<p>First &amp; second</p>", mail.Html, StringComparison.Ordinal);
            Assert.Contains("<p>Third</p>", mail.Html, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_template_outside_a_language_folder_is_an_error()
    {
        var folder = Directory.CreateTempSubdirectory("rt-templates-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "stray.txt"), "Subject: Hello\n\nBody\n");
            var errors = new List<DefinitionError>();

            MailTemplateSet.Load(folder.FullName, errors);

            Assert.Contains(errors, e => e.Message.Contains("move it to templates/en/stray.txt", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("txt", "Subject: Hello\n\nDear authority,\nThe\u0000 documents\n", "nul.txt:4:4", "U+0000")]
    [InlineData("html", "<p>Dear authority,</p>\n<p>The\u001B documents</p>\n", "nul.html:2:7", "U+001B")]
    public void A_control_character_in_a_template_is_refused_where_it_is(string faulty, string content, string at, string code)
    {
        var folder = Directory.CreateTempSubdirectory("rt-templates-");
        try
        {
            var good = new Dictionary<string, string> { ["txt"] = "Subject: Hello\n\nBody\twith a tab\r\n", ["html"] = "<p>Body</p>\n" };
            good[faulty] = content;
            Directory.CreateDirectory(Path.Combine(folder.FullName, "en"));
            foreach (var (extension, text) in good)
            {
                File.WriteAllText(Path.Combine(folder.FullName, "en", $"nul.{extension}"), text);
            }

            var errors = new List<DefinitionError>();

            var set = MailTemplateSet.Load(folder.FullName, errors);

            Assert.False(set.Contains("nul"));
            var error = Assert.Single(errors);
            Assert.EndsWith(at, $"{Path.GetFileName(error.File)}:{error.Line}:{error.Column}", StringComparison.Ordinal);
            Assert.Equal($"Control character {code} is not allowed; remove it (only tab and line breaks are).", error.Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
