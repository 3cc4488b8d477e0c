using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using RequestTracker.Handling;

namespace RequestTracker.Definitions.Templates;

/// <summary>
/// One email kind in one language (and, where a law words it its own way, for that law): a subject and text body from
/// NAME.txt, and an HTML body from NAME.html where one is written — else the text itself, paragraph by paragraph, so a
/// letter never says one thing in its text part and another in its HTML part.
/// </summary>
internal sealed record MailTemplate(string Name, string Language, string? LawId, string File, IFluidTemplate Subject, IFluidTemplate Text, IFluidTemplate? Html);

/// <summary>The rendered parts of one email. The subject is a single line (checked), the bodies are complete.</summary>
internal sealed record RenderedMail(string Subject, string Text, string Html);

/// <summary>
/// Loads workflows/templates/: a folder per language (<c>en/</c>, <c>ru/</c>), in it NAME.txt (starting with a
/// "Subject:" line) with NAME.html beside it, and a folder per law for the kinds that law words its own way
/// (<c>ru/ru-8-fz/request.txt</c>). Every template is parsed and rendered once with <see cref="SampleModel"/> in
/// strict mode at load time, so a syntax error, an unknown variable or filter is a file:line error before the app starts.
/// </summary>
internal sealed partial class MailTemplateSet(IReadOnlyDictionary<string, MailTemplate> templates)
{
    /// <summary>The language of emails to the product's own users when theirs has no template, and of the fallbacks.</summary>
    public const string DefaultLanguage = "en";

    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = CreateOptions();

    /// <summary>Every template, for validation and tests.</summary>
    public IEnumerable<MailTemplate> All => templates.Values;

    /// <summary>The languages letters can be written in: those with a folder of templates.</summary>
    public IReadOnlySet<string> Languages => templates.Values.Select(t => t.Language).ToHashSet(StringComparer.Ordinal);

    /// <summary>The kinds written in the default language (what the runtime may name).</summary>
    public IReadOnlyCollection<string> Names => templates.Values.Where(t => t.Language == DefaultLanguage && t.LawId is null).Select(t => t.Name).ToList();

    public bool Contains(string name) => Resolve(DefaultLanguage, null, name) is not null;

    /// <summary>The law's own wording of <paramref name="name"/> in <paramref name="language"/>, else the language's; null when the language has neither.</summary>
    public MailTemplate? Resolve(string language, string? lawId, string name) =>
        (lawId is null ? null : templates.GetValueOrDefault($"{language}/{lawId}/{name}")) ?? templates.GetValueOrDefault($"{language}/{name}");

    public static MailTemplateSet Load(string folder, List<DefinitionError> errors)
    {
        var loaded = new Dictionary<string, MailTemplate>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return new MailTemplateSet(loaded);
        }

        foreach (var stray in Directory.GetFiles(folder, "*.txt").Concat(Directory.GetFiles(folder, "*.html")).Order(StringComparer.Ordinal))
        {
            errors.Add(new DefinitionError(stray, 1, 1, $"Templates live in a folder per language: move it to templates/{DefaultLanguage}/{Path.GetFileName(stray)} (or another language's folder)."));
        }

        foreach (var languageFolder in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var language = Path.GetFileName(languageFolder);
            if (!LanguageFolder().IsMatch(language))
            {
                errors.Add(new DefinitionError(languageFolder, 1, 1, $"'{language}' is not a language folder: name it by its two-letter code (ISO 639-1), e.g. en or ru."));
                continue;
            }

            LoadFolder(languageFolder, language, null, loaded, errors);
            foreach (var lawFolder in Directory.GetDirectories(languageFolder).Order(StringComparer.Ordinal))
            {
                LoadFolder(lawFolder, language, Path.GetFileName(lawFolder), loaded, errors);
            }
        }

        return new MailTemplateSet(loaded);
    }

    private static void LoadFolder(string folder, string language, string? lawId, Dictionary<string, MailTemplate> loaded, List<DefinitionError> errors)
    {
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

            var subject = Compile(textFile, lines[0]["Subject:".Length..].Trim(), 0, NullEncoder.Default, errors);
            var text = Compile(textFile, string.Join('\n', lines[1..]).TrimStart('\n'), 1 + lines[1..].TakeWhile(l => l.Length == 0).Count(), NullEncoder.Default, errors);
            var html = File.Exists(htmlFile) ? Compile(htmlFile, htmlContent.ReplaceLineEndings("\n"), 0, HtmlEncoder.Default, errors) : null;
            if (subject is not null && text is not null && (html is not null || !File.Exists(htmlFile)))
            {
                var key = lawId is null ? $"{language}/{name}" : $"{language}/{lawId}/{name}";
                loaded[key] = new MailTemplate(name, language, lawId, textFile, subject, text, html);
            }
        }

        foreach (var stray in Directory.GetFiles(folder, "*.html").Where(h => !File.Exists(Path.ChangeExtension(h, ".txt"))))
        {
            errors.Add(new DefinitionError(stray, 1, 1, $"No text version: {Path.GetFileNameWithoutExtension(stray)}.txt is missing beside it."));
        }
    }

    /// <summary>The default language's template of that kind (emails that no law words, such as the digest).</summary>
    public Task<RenderedMail> Render(string name, MailModel model) => Render(Resolve(DefaultLanguage, null, name) ?? throw new KeyNotFoundException(name), model);

    public static async Task<RenderedMail> Render(MailTemplate template, MailModel model)
    {
        var subject = await template.Subject.RenderAsync(new TemplateContext(model, Options), NullEncoder.Default);
        var text = Tidy(await template.Text.RenderAsync(new TemplateContext(model, Options), NullEncoder.Default), template.Language);
        return new RenderedMail(
            HeaderValue.Check(subject.Trim(), "subject"),
            text,
            template.Html is { } html ? await html.RenderAsync(new TemplateContext(model, Options), HtmlEncoder.Default) : LetterHtml.From(text, template.Language));
    }

    /// <summary>
    /// Conditional blocks leave blank lines behind: at most one blank line between paragraphs, none at the ends. A Russian
    /// date ends in «г.», which also ends the sentence it closes: no second full stop after it.
    /// </summary>
    private static string Tidy(string text, string language)
    {
        if (language == "ru")
        {
            text = text.Replace(" г..", " г.", StringComparison.Ordinal);
        }

        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        var kept = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length > 0 || (kept.Count > 0 && kept[^1].Length > 0))
            {
                kept.Add(line);
            }
        }

        return string.Join('\n', kept).Trim('\n') + "\n";
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
            typeof(StepModel), typeof(RightsModel), typeof(DigestModel), typeof(DigestItem), typeof(RequesterModel), typeof(LetterModel), typeof(SentLetterModel), typeof(TransferModel),
        })
        {
            options.MemberAccessStrategy.Register(type);
        }

        return options;
    }

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageFolder();

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex ParseLocation();

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}")]
    private static partial Regex LiquidTag();
}
