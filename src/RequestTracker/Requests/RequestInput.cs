using Microsoft.EntityFrameworkCore;
using RequestTracker.Authorities;
using RequestTracker.Data;
using RequestTracker.Handling;

namespace RequestTracker.Requests;

internal sealed record QuestionInput(QuestionCategory? Category, string? Text);

/// <summary>The body of filing and editing a request; validated here for the API and the pages alike.</summary>
internal sealed record RequestInput(int? AuthorityId, string? Title, string? Body, string? LegalBasis, IReadOnlyList<QuestionInput>? Questions)
{
    /// <summary>The language the text is written in; absent: the authority's correspondence language.</summary>
    public string? Language { get; init; }

    /// <summary>Send the ladder's complaints and appeals without review (off unless asked for).</summary>
    public bool? AutoSend { get; init; }

    /// <summary>The content checked; <paramref name="lawLanguages"/> holds each law's id and the languages its letters can be written in.</summary>
    public async Task<RequestContent?> Validate(AppDbContext db, IReadOnlyDictionary<string, IReadOnlyList<string>> lawLanguages, ValidationErrors errors, CancellationToken ct)
    {
        var authorityId = errors.Required("authorityId", AuthorityId);
        var authority = authorityId is null ? null : await db.Authorities.Where(a => a.Id == authorityId).Select(a => new { a.LawId, a.Language }).FirstOrDefaultAsync(ct);
        if (authorityId is not null && authority is null)
        {
            errors.Add("authorityId", $"There is no authority with id {authorityId}.");
        }

        var title = errors.RequiredLine("title", Title, Lengths.Title);
        var body = errors.RequiredText("body", Body, Lengths.Body);
        var legalBasis = errors.OptionalText("legalBasis", LegalBasis, Lengths.LegalBasis);
        var questions = ValidateQuestions(errors, Questions);
        var language = authority is null ? null : CheckLanguage(errors, string.IsNullOrWhiteSpace(Language) ? authority.Language : Language.Trim(), lawLanguages.GetValueOrDefault(authority.LawId) ?? []);
        if (language is not null)
        {
            CheckScript(errors, language, title, body, questions);
        }

        return errors.IsEmpty
            ? new RequestContent(authorityId!.Value, title!, body!, legalBasis, questions) { Language = language!, AutoSend = AutoSend ?? false }
            : null;
    }

    /// <summary>A language the authority's law accepts and letters are written in, else a field error naming those that are.</summary>
    public static string? CheckLanguage(ValidationErrors errors, string language, IReadOnlyList<string> accepted, string field = "language")
    {
        if (accepted.Contains(language))
        {
            return language;
        }

        errors.Add(field, $"The authority's law does not accept requests in {LetterScript.Name(language)} ('{language}'), or no letters are written in it here; write in {string.Join(" or ", accepted.Select(l => $"{LetterScript.Name(l)} ('{l}')"))}.");
        return null;
    }

    /// <summary>The title, the letter and every question must be written in the request's language: nothing is translated.</summary>
    public static void CheckScript(ValidationErrors errors, string language, string? title, string? body, IReadOnlyList<QuestionContent> questions, string prefix = "")
    {
        var texts = new List<(string Field, string? Text)> { ($"{prefix}title", title), ($"{prefix}body", body) };
        texts.AddRange(questions.Select((q, i) => ($"{prefix}questions[{i}].text", (string?)q.Text)));
        foreach (var (field, text) in texts)
        {
            if (text is not null && LetterScript.Mismatch(language, text) is { } script)
            {
                errors.Add(field, $"This text is mostly in {script} letters, not in {LetterScript.Name(language)}, the language of the request. Write it in {LetterScript.Name(language)}: the text is sent as written, never translated.");
            }
        }
    }

    /// <summary>The questions of a request or of a batch, checked alike (field names <c>questions[i].…</c>).</summary>
    public static List<QuestionContent> ValidateQuestions(ValidationErrors errors, IReadOnlyList<QuestionInput>? inputList)
    {
        var inputs = inputList ?? [];
        if (inputs.Count == 0)
        {
            errors.Add("questions", $"A request needs at least one question.");
            return [];
        }

        if (inputs.Count > Request.MaxQuestions)
        {
            errors.Add("questions", $"A request can hold at most {Request.MaxQuestions} questions.");
            return [];
        }

        var questions = new List<QuestionContent>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var prefix = $"questions[{i}]";
            if (inputs[i] is not { } input)
            {
                errors.Add(prefix, $"A question cannot be null.");
                continue;
            }

            var category = errors.Required($"{prefix}.category", input.Category);
            var text = errors.RequiredText($"{prefix}.text", input.Text, Lengths.QuestionText);
            if (category is not null && text is not null)
            {
                questions.Add(new QuestionContent(category.Value, text));
            }
        }

        return questions;
    }
}
