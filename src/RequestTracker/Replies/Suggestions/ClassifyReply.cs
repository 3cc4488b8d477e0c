using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Handling;
using RequestTracker.Questions;
using RequestTracker.Requests;

namespace RequestTracker.Replies.Suggestions;

/// <summary>
/// What the advocate confirms for one question: the action (or none to leave it), the evidence it needs, and the
/// letter's dates of record (YYYY-MM-DD) — by default the reply's own: the date it bears, the day it arrived.
/// </summary>
internal sealed record ClassifyItem(
    int? QuestionId, string? Action, string? Note, string? DocumentReference, string? Exemption, int? Extension, string? LetterDate = null, string? ReceivedOn = null);

internal sealed record ClassifyInput(IReadOnlyList<ClassifyItem>? Questions);

/// <summary>
/// Records a reply's classification as the advocate confirmed it, question by question, in one transaction: each
/// question its own action, every one or none. Questions given no action are left as they are.
/// </summary>
internal sealed class ClassifyReply(AppDbContext db, ActOnQuestion act, GetQuestion get)
{
    public async Task<Outcome<IReadOnlyList<QuestionView>>> Handle(CurrentUser user, int requestId, long replyId, ClassifyInput input, CancellationToken ct)
    {
        var reply = await db.Inbox.AsNoTracking().Where(m => m.Id == replyId && m.RequestId == requestId && db.Set<Request>().VisibleTo(user).Any(r => r.Id == requestId))
            .Select(m => new { m.LetterDate, m.ReceivedOn, m.ReceivedAt, TimeZone = db.Set<Request>().Where(r => r.Id == requestId).Select(r => r.Authority!.TimeZone).First() })
            .FirstOrDefaultAsync(ct);
        if (reply is null)
        {
            return Outcome<IReadOnlyList<QuestionView>>.NotFound();
        }

        if (await db.Requests.AnyAsync(r => r.Id == requestId && r.Status == RequestStatus.Withdrawn, ct))
        {
            return Outcome<IReadOnlyList<QuestionView>>.Conflict("The request is withdrawn: its questions take no more actions.");
        }

        var errors = new ValidationErrors();
        var items = input.Questions ?? [];
        var own = await db.Questions.Where(q => q.RequestId == requestId).Select(q => q.Id).ToListAsync(ct);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i]?.QuestionId is not { } id || !own.Contains(id))
            {
                errors.Add($"questions[{i}].questionId", $"Name a question of this request.");
            }
        }

        // Each chosen row keeps its place in the list, so an error names the row as it was sent.
        var chosen = items.Select((x, i) => (Item: x, Field: $"questions[{i}].")).Where(x => x.Item is not null && !string.IsNullOrWhiteSpace(x.Item.Action)).ToList();
        if (errors.IsEmpty && chosen.Count == 0)
        {
            errors.Add("questions", $"Choose an action for at least one question.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<IReadOnlyList<QuestionView>>.Invalid(errors);
        }

        var note = $"Classified from reply {replyId}.";
        // What the reply says happened happened when it arrived: its dates stand unless the advocate gives others.
        var receivedOn = $"{reply.ReceivedOn ?? LocalDays.Containing(reply.ReceivedAt, LocalDays.Zone(reply.TimeZone)):yyyy-MM-dd}";
        var letterDate = reply.LetterDate is { } dated ? $"{dated:yyyy-MM-dd}" : null;
        var outcome = await act.RecordEach(user, chosen.Select(c => (c.Item.QuestionId!.Value, new QuestionActionInput(
            c.Item.Action, string.IsNullOrWhiteSpace(c.Item.Note) ? note : c.Item.Note, c.Item.DocumentReference, c.Item.Exemption, c.Item.Extension,
            Dated(c.Item.Action) ? Given(c.Item.LetterDate) ?? letterDate : c.Item.LetterDate, Dated(c.Item.Action) ? Given(c.Item.ReceivedOn) ?? receivedOn : c.Item.ReceivedOn), c.Field)).ToList(), ct);
        return outcome.Kind == OutcomeKind.Ok
            ? Outcome<IReadOnlyList<QuestionView>>.Ok(await get.OfRequest(user, requestId, ct))
            : outcome.As<IReadOnlyList<QuestionView>>();
    }

    private static bool Dated(string? action) => Triggers.Action(action) is { } trigger && Triggers.IsLetter(trigger);

    /// <summary>A date typed, or null for a field left empty (a form sends it as an empty string).</summary>
    private static string? Given(string? day) => string.IsNullOrWhiteSpace(day) ? null : day;
}
