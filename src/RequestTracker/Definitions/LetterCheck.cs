using RequestTracker.Definitions.Laws;
using RequestTracker.Definitions.Templates;

namespace RequestTracker.Definitions;

/// <summary>
/// What every law's letters must be, checked when the workflows are loaded: written in a language the law accepts,
/// citing it in that language where it binds, with every kind the runtime may send — and, where the law binds no one,
/// rendered once and read for any sentence that claims a duty.
/// </summary>
internal static class LetterCheck
{
    public static void Law(LawDefinition law, YamlNode yaml, MailTemplateSet templates, List<DefinitionError> errors)
    {
        var written = law.Languages.Where(templates.Languages.Contains).ToList();
        if (written.Count == 0)
        {
            errors.Add(new DefinitionError(yaml.File, 1, 1,
                $"Law '{law.Id}' accepts requests in {string.Join(", ", law.Languages)}, but no letters are written in any of them (templates/{law.Languages[0]}/)."));
            return;
        }

        foreach (var language in written)
        {
            var kinds = WorkflowLoader.LetterKinds.Concat(law.Acknowledgement is null ? [] : [WorkflowLoader.AcknowledgementReminder]);
            foreach (var (kind, at) in kinds.Select(k => (k, (1, 1))).Concat(law.Ladder.Select(s => (s.Template, s.TemplateAt))))
            {
                if (templates.Resolve(language, law.Id, kind) is not { } template)
                {
                    errors.Add(new DefinitionError(yaml.File, at.Item1, at.Item2,
                        $"Law '{law.Id}' writes to authorities in '{language}' but there is no '{kind}' letter in it (templates/{language}/{kind}.txt or templates/{language}/{law.Id}/{kind}.txt)."));
                }
                else if (!law.Binding && Claim(template, language) is { } claim)
                {
                    errors.Add(new DefinitionError(template.File, 1, 1,
                        $"The '{kind}' letter claims a duty (\"{claim}\") under '{law.Id}', which binds no one: such a letter asks; write the period as the advocate's own."));
                }
                else if (law.Soft && Breach(template, language) is { } breach)
                {
                    errors.Add(new DefinitionError(template.File, 1, 1,
                        $"The '{kind}' letter calls the period's passing a breach (\"{breach}\") under '{law.Id}', whose period is a target the law says the answer should come within: say it has passed and ask when the answer will come."));
                }
            }
        }
    }

    /// <summary>The breach the letter states when rendered for a law whose period is a target, if any.</summary>
    private static string? Breach(MailTemplate template, string language)
    {
        var sample = SampleModel.Create();
        var model = sample with { Law = sample.Law with { Soft = true } };
        var rendered = MailTemplateSet.Render(template, model).GetAwaiter().GetResult();
        return DutyPhrases.FindBreach(language, rendered.Subject + "\n" + rendered.Text);
    }

    /// <summary>The duty the letter claims when rendered for a non-binding law, if any.</summary>
    private static string? Claim(MailTemplate template, string language)
    {
        var sample = SampleModel.Create();
        var model = sample with { Law = sample.Law with { Binding = false } };
        var rendered = MailTemplateSet.Render(template, model).GetAwaiter().GetResult();
        return DutyPhrases.Find(language, rendered.Subject + "\n" + rendered.Text) ?? DutyPhrases.Find(language, rendered.Html);
    }
}
