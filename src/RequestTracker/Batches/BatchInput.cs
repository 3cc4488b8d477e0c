using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Requests;

namespace RequestTracker.Batches;

/// <summary>One authority of a batch, with the legal basis to cite to it when it differs from the batch's.</summary>
internal sealed record BatchTarget(int? AuthorityId, string? LegalBasis);

/// <summary>The body of filing a batch: one letter and its questions, and the authorities each to receive it as its own request.</summary>
internal sealed record BatchInput(string? Title, string? Body, string? LegalBasis, IReadOnlyList<QuestionInput>? Questions, IReadOnlyList<BatchTarget>? Authorities)
{
    /// <summary>The batch's title and one request's content per authority, in the order given; null (with errors) when invalid.</summary>
    public async Task<(string Title, IReadOnlyList<RequestContent> Requests)?> Validate(AppDbContext db, ValidationErrors errors, CancellationToken ct)
    {
        var title = errors.RequiredLine("title", Title, Lengths.Title);
        var body = errors.RequiredText("body", Body, Lengths.Body);
        var legalBasis = errors.OptionalText("legalBasis", LegalBasis, Lengths.LegalBasis);
        var questions = RequestInput.ValidateQuestions(errors, Questions);
        var targets = await ValidateTargets(db, errors, legalBasis, ct);
        if (!errors.IsEmpty)
        {
            return null;
        }

        return (title!, targets.Select(t => new RequestContent(t.AuthorityId, title!, body!, t.LegalBasis, questions)).ToList());
    }

    private async Task<List<(int AuthorityId, string LegalBasis)>> ValidateTargets(AppDbContext db, ValidationErrors errors, string legalBasis, CancellationToken ct)
    {
        var inputs = Authorities ?? [];
        if (inputs.Count is < 2 or > Batch.MaxAuthorities)
        {
            errors.Add("authorities", $"Name from 2 to {Batch.MaxAuthorities} authorities (for one, file a request).");
            return [];
        }

        var named = inputs.Where(t => t?.AuthorityId is not null).Select(t => t.AuthorityId!.Value).Distinct().ToList();
        var known = (await db.Authorities.Where(a => named.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct)).ToHashSet();
        var seen = new HashSet<int>();
        var targets = new List<(int, string)>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var prefix = $"authorities[{i}]";
            var id = errors.Required($"{prefix}.authorityId", inputs[i]?.AuthorityId);
            var own = errors.OptionalText($"{prefix}.legalBasis", inputs[i]?.LegalBasis, Lengths.LegalBasis);
            if (id is not { } authorityId)
            {
                continue;
            }

            if (!known.Contains(authorityId))
            {
                errors.Add($"{prefix}.authorityId", $"There is no authority with id {authorityId}.");
            }
            else if (!seen.Add(authorityId))
            {
                errors.Add($"{prefix}.authorityId", $"Authority {authorityId} is named twice; each gets one request.");
            }
            else
            {
                targets.Add((authorityId, own.Length > 0 ? own : legalBasis));
            }
        }

        return targets;
    }
}
