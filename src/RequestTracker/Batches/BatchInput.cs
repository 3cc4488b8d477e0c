using Microsoft.EntityFrameworkCore;
using RequestTracker.Authorities;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Requests;

namespace RequestTracker.Batches;

/// <summary>One authority of a batch, with the legal basis to cite to it when it differs from the batch's.</summary>
internal sealed record BatchTarget(int? AuthorityId, string? LegalBasis);

/// <summary>
/// The same letter in another language: its title, body and legal basis, and each question's text in the order of the
/// batch's questions (their kinds are the batch's). The advocate writes it; nothing is translated.
/// </summary>
internal sealed record BatchText(string? Language, string? Title, string? Body, string? LegalBasis, IReadOnlyList<string?>? Questions);

/// <summary>
/// The body of filing a batch: one letter and its questions, and the authorities each to receive it as its own request.
/// The letter is written in <see cref="Language"/>; where authorities correspond in other languages, <see cref="Texts"/>
/// carries it in each of them, questions aligned by position, and each authority gets the text in its own language.
/// </summary>
internal sealed record BatchInput(string? Title, string? Body, string? LegalBasis, IReadOnlyList<QuestionInput>? Questions, IReadOnlyList<BatchTarget>? Authorities)
{
    /// <summary>The language of the main text; absent: English.</summary>
    public string? Language { get; init; }

    public IReadOnlyList<BatchText>? Texts { get; init; }

    /// <summary>The batch's title and one request's content per authority, in the order given; null (with errors) when invalid.</summary>
    public async Task<(string Title, IReadOnlyList<RequestContent> Requests)?> Validate(AppDbContext db, IReadOnlyDictionary<string, IReadOnlyList<string>> lawLanguages, ValidationErrors errors, CancellationToken ct)
    {
        var title = errors.RequiredLine("title", Title, Lengths.Title);
        var body = errors.RequiredText("body", Body, Lengths.Body);
        var legalBasis = errors.OptionalText("legalBasis", LegalBasis, Lengths.LegalBasis);
        var questions = RequestInput.ValidateQuestions(errors, Questions);
        var language = string.IsNullOrWhiteSpace(Language) ? "en" : Language.Trim();
        RequestInput.CheckScript(errors, language, title, body, questions);
        var texts = new Dictionary<string, (string Title, string Body, string LegalBasis, List<QuestionContent> Questions)>(StringComparer.Ordinal)
        {
            [language] = (title ?? string.Empty, body ?? string.Empty, legalBasis, questions),
        };
        ValidateTexts(errors, questions, texts);
        var targets = await ValidateTargets(db, errors, lawLanguages, texts.Keys, ct);
        if (!errors.IsEmpty)
        {
            return null;
        }

        return (title!, targets.Select(t =>
        {
            var text = texts[t.Language];
            var basis = t.LegalBasis.Length > 0 ? t.LegalBasis : text.LegalBasis;
            return new RequestContent(t.AuthorityId, text.Title, text.Body, basis, text.Questions) { Language = t.Language };
        }).ToList());
    }

    /// <summary>Each other language's text: complete, in its own script, with as many questions as the batch (fields <c>texts[i].…</c>).</summary>
    private void ValidateTexts(ValidationErrors errors, List<QuestionContent> questions, Dictionary<string, (string, string, string, List<QuestionContent>)> texts)
    {
        var inputs = Texts ?? [];
        for (var i = 0; i < inputs.Count; i++)
        {
            var prefix = $"texts[{i}]";
            if (inputs[i] is not { } input)
            {
                errors.Add(prefix, $"A text cannot be null.");
                continue;
            }

            var language = errors.RequiredLine($"{prefix}.language", input.Language, Lengths.Language);
            var title = errors.RequiredLine($"{prefix}.title", input.Title, Lengths.Title);
            var body = errors.RequiredText($"{prefix}.body", input.Body, Lengths.Body);
            var basis = errors.OptionalText($"{prefix}.legalBasis", input.LegalBasis, Lengths.LegalBasis);
            var written = input.Questions ?? [];
            if (written.Count != questions.Count)
            {
                errors.Add($"{prefix}.questions", $"Give each of the {questions.Count} questions in this language too, in the same order ({written.Count} given).");
                continue;
            }

            var aligned = new List<QuestionContent>();
            for (var q = 0; q < written.Count; q++)
            {
                if (errors.RequiredText($"{prefix}.questions[{q}]", written[q], Lengths.QuestionText) is { } text)
                {
                    aligned.Add(questions[q] with { Text = text });
                }
            }

            if (language is null)
            {
                continue;
            }

            if (texts.ContainsKey(language))
            {
                errors.Add($"{prefix}.language", $"The text in '{language}' is given twice.");
                continue;
            }

            RequestInput.CheckScript(errors, language, title, body, aligned, $"{prefix}.");
            texts[language] = (title ?? string.Empty, body ?? string.Empty, basis, aligned);
        }
    }

    private async Task<List<(int AuthorityId, string LegalBasis, string Language)>> ValidateTargets(
        AppDbContext db, ValidationErrors errors, IReadOnlyDictionary<string, IReadOnlyList<string>> lawLanguages, IEnumerable<string> written, CancellationToken ct)
    {
        var inputs = Authorities ?? [];
        if (inputs.Count is < 2 or > Batch.MaxAuthorities)
        {
            errors.Add("authorities", $"Name from 2 to {Batch.MaxAuthorities} authorities (for one, file a request).");
            return [];
        }

        var named = inputs.Where(t => t?.AuthorityId is not null).Select(t => t.AuthorityId!.Value).Distinct().ToList();
        var known = await db.Authorities.Where(a => named.Contains(a.Id)).Select(a => new { a.Id, a.Name, a.LawId, a.Language }).ToDictionaryAsync(a => a.Id, ct);
        var languages = written.ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<int>();
        var targets = new List<(int, string, string)>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var prefix = $"authorities[{i}]";
            var id = errors.Required($"{prefix}.authorityId", inputs[i]?.AuthorityId);
            var own = errors.OptionalText($"{prefix}.legalBasis", inputs[i]?.LegalBasis, Lengths.LegalBasis);
            if (id is not { } authorityId)
            {
                continue;
            }

            if (!known.TryGetValue(authorityId, out var authority))
            {
                errors.Add($"{prefix}.authorityId", $"There is no authority with id {authorityId}.");
            }
            else if (!seen.Add(authorityId))
            {
                errors.Add($"{prefix}.authorityId", $"Authority {authorityId} is named twice; each gets one request.");
            }
            else if (TextFor(authority.Language, lawLanguages.GetValueOrDefault(authority.LawId) ?? [], languages) is { } language)
            {
                targets.Add((authorityId, own, language));
            }
            else
            {
                errors.Add($"{prefix}.authorityId",
                    $"{authority.Name} corresponds in {LetterScript.Name(authority.Language)} ('{authority.Language}'): add the letter and its questions in {LetterScript.Name(authority.Language)} (texts).");
            }
        }

        return targets;
    }

    /// <summary>The text an authority gets: in its correspondence language, else in another language its law accepts that the batch is written in.</summary>
    private static string? TextFor(string own, IReadOnlyList<string> accepted, HashSet<string> written) =>
        written.Contains(own) ? own : accepted.FirstOrDefault(written.Contains);
}
