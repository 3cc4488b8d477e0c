using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Handling;

namespace RequestTracker.Requests;

internal sealed record QuestionInput(QuestionCategory? Category, string? Text);

/// <summary>The body of filing and editing a request; validated here for the API and the pages alike.</summary>
internal sealed record RequestInput(int? AuthorityId, string? Title, string? Body, string? LegalBasis, IReadOnlyList<QuestionInput>? Questions)
{
    public async Task<RequestContent?> Validate(AppDbContext db, ValidationErrors errors, CancellationToken ct)
    {
        var authorityId = errors.Required("authorityId", AuthorityId);
        if (authorityId is not null && !await db.Authorities.AnyAsync(a => a.Id == authorityId, ct))
        {
            errors.Add("authorityId", $"There is no authority with id {authorityId}.");
        }

        var title = errors.RequiredLine("title", Title, Lengths.Title);
        var body = errors.RequiredText("body", Body, Lengths.Body);
        var legalBasis = errors.OptionalText("legalBasis", LegalBasis, Lengths.LegalBasis);
        var questions = ValidateQuestions(errors, Questions);
        return errors.IsEmpty ? new RequestContent(authorityId!.Value, title!, body!, legalBasis, questions) : null;
    }

    /// <summary>The questions of a request or of a batch, checked alike (field names <c>questions[i].…</c>).</summary>
    public static List<QuestionContent> ValidateQuestions(ValidationErrors errors, IReadOnlyList<QuestionInput>? inputList)
    {
        var inputs = inputList ?? [];
        if (inputs.Count == 0)
        {
            errors.Add("questions", "A request needs at least one question.");
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
                errors.Add(prefix, "A question cannot be null.");
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
