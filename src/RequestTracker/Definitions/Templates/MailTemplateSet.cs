using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using RequestTracker.Handling;

namespace RequestTracker.Definitions.Templates;

/// <summary>One email kind: a subject and text body from NAME.txt, an HTML body from NAME.html.</summary>
internal sealed record MailTemplate(string Name, IFluidTemplate Subject, IFluidTemplate Text, IFluidTemplate Html);

/// <summary>The rendered parts of one email. The subject is a single line (checked), the bodies are complete.</summary>
internal sealed record RenderedMail(string Subject, string Text, string Html);

/// <summary>
/// Loads workflows/templates/: each NAME.txt starts with a "Subject:" line, and has a NAME.html beside it.
/// Every template is parsed and rendered once with <see cref="SampleModel"/> in strict mode at load time,
/// so a syntax error, an unknown variable or filter is a file:line error before the app starts.
/// </summary>
internal sealed partial class MailTemplateSet(IReadOnlyDictionary<string, MailTemplate> templates)
{
    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = CreateOptions();

    public IReadOnlyCollection<string> Names => (IReadOnlyCollection<string>)templates.Keys;

    public bool Contains(string name) => templates.ContainsKey(name);

    public static MailTemplateSet Load(string folder, List<DefinitionError> errors)
    {
        var loaded = new Dictionary<string, MailTemplate>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return new MailTemplateSet(loaded);
        }

        foreach (var textFile in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(textFile);
            var htmlFile = Path.ChangeExtension(textFile, ".html");
            var textContent = File.ReadAllText(textFile);
            var htmlContent = File.Exists(htmlFile) ? File.ReadAllText(htmlFile) : string.Empty;
            var control = DefinitionError.ControlCharacter(textFile, textContent) ?? DefinitionError.ControlCharacter(htmlFile, htmlContent);
            if (control is not null)
            {
                errors.Add(control);
                continue;
            }

            var lines = textContent.ReplaceLineEndings("\n").Split('\n');
            if (!lines[0].StartsWith("Subject:", StringComparison.Ordinal))
            {
                errors.Add(new DefinitionError(textFile, 1, 1, "The first line must be 'Subject: ...'."));
                continue;
            }

            if (!File.Exists(htmlFile))
            {
                errors.Add(new DefinitionError(textFile, 1, 1, $"No HTML version: {name}.html is missing beside it."));
                continue;
            }

            var subject = Compile(textFile, lines[0]["Subject:".Length..].Trim(), 0, NullEncoder.Default, errors);
            var text = Compile(textFile, string.Join('\n', lines[1..]).TrimStart('\n'), 1 + lines[1..].TakeWhile(l => l.Length == 0).Count(), NullEncoder.Default, errors);
            var html = Compile(htmlFile, htmlContent.ReplaceLineEndings("\n"), 0, HtmlEncoder.Default, errors);
            if (subject is not null && text is not null && html is not null)
            {
                loaded[name] = new MailTemplate(name, subject, text, html);
            }
        }

        foreach (var stray in Directory.GetFiles(folder, "*.html").Where(h => !File.Exists(Path.ChangeExtension(h, ".txt"))))
        {
            errors.Add(new DefinitionError(stray, 1, 1, $"No text version: {Path.GetFileNameWithoutExtension(stray)}.txt is missing beside it."));
        }

        return new MailTemplateSet(loaded);
    }

    public async Task<RenderedMail> Render(string name, MailModel model)
    {
        var template = templates[name];
        var subject = await template.Subject.RenderAsync(new TemplateContext(model, Options), NullEncoder.Default);
        return new RenderedMail(
            HeaderValue.Check(subject.Trim(), "subject"),
            await template.Text.RenderAsync(new TemplateContext(model, Options), NullEncoder.Default),
            await template.Html.RenderAsync(new TemplateContext(model, Options), HtmlEncoder.Default));
    }

    /// <summary>Parses and test-renders one template; errors carry the line in the file (<paramref name="firstLine"/> is the offset).</summary>
    private static IFluidTemplate? Compile(string file, string source, int firstLine, TextEncoder encoder, List<DefinitionError> errors)
    {
        if (!Parser.TryParse(source, out var template, out var error))
        {
            var at = ParseLocation().Match(error);
            var line = at.Success ? int.Parse(at.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
            var column = at.Success ? int.Parse(at.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
            errors.Add(new DefinitionError(file, firstLine + line, column, $"Template syntax: {error.Split('\n')[0]}"));
            return null;
        }

        try
        {
            template.Render(new TemplateContext(SampleModel.Create(), Options), encoder);
            return template;
        }
        catch (FluidException e)
        {
            var name = Quoted().Match(e.Message) is { Success: true } m ? m.Groups[1].Value : null;
            var (line, column) = name is null ? (1, 1) : Locate(source, name);
            errors.Add(new DefinitionError(file, firstLine + line, column, $"{e.Message} (the variables are listed in templates/README.md)."));
            return null;
        }
    }

    /// <summary>The first place the unknown name appears inside a Liquid tag.</summary>
    private static (int Line, int Column) Locate(string source, string name)
    {
        var lines = source.Split('\n');
        var word = new Regex($@"\b{Regex.Escape(name)}\b", RegexOptions.None, TimeSpan.FromSeconds(1));
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match tag in LiquidTag().Matches(lines[i]))
            {
                if (word.Match(tag.Value) is { Success: true } hit)
                {
                    return (i + 1, tag.Index + hit.Index + 1);
                }
            }
        }

        return (1, 1);
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions { StrictVariables = true, StrictFilters = true, MaxSteps = 100_000 };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        foreach (var type in new[]
        {
            typeof(MailModel), typeof(RequestModel), typeof(PartyModel), typeof(LawModel), typeof(QuestionModel),
            typeof(StepModel), typeof(RightsModel), typeof(DigestModel), typeof(DigestItem),
        })
        {
            options.MemberAccessStrategy.Register(type);
        }

        return options;
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex ParseLocation();

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}")]
    private static partial Regex LiquidTag();
}
