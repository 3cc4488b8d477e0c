using RequestTracker.Access;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Questions;
using RequestTracker.Requests;
using UglyToad.PdfPig;

namespace RequestTracker.Replies.Suggestions;

/// <summary>
/// One question, what the reply seems to do for it, and what its state allows now. <see cref="Preselected"/>: sure
/// enough (<see cref="ReplySuggester.PreselectAt"/>) for the form to choose it; else the action is a hint only.
/// </summary>
internal sealed record SuggestionView(int QuestionId, int Position, string Text, string? State, string? StateLabel, Trigger? Action, double Confidence, bool Preselected, IReadOnlyList<string> Evidence, IReadOnlyList<Trigger> PermittedActions);

/// <summary>The suggestions for one reply of a request, ranked: the questions it most clearly acts on first. Language: whose rules read it.</summary>
internal sealed record ReplySuggestionsView(long ReplyId, string Subject, string Kind, string Language, IReadOnlyList<SuggestionView> Questions)
{
    /// <summary>The day the reply arrived where the authority is: what it is recorded with unless the advocate says otherwise.</summary>
    public DateOnly ReceivedOn { get; init; }

    /// <summary>The date the letter bears, when it was given.</summary>
    public DateOnly? LetterDate { get; init; }
}

/// <summary>
/// Reads a matched reply (text, attachment names, the text of its PDF and plain-text attachments) and suggests
/// for each question of the request what to record. Suggestions only: nothing changes until a person confirms
/// (<see cref="ClassifyReply"/>). A suggestion the question's state does not allow now is shown without an action.
/// </summary>
internal sealed class SuggestForReply(AppDbContext db, GetQuestion questions)
{
    /// <summary>Attachments larger than this are judged by their name only (text extraction reads the whole file).</summary>
    private const long MaxExtract = 20L << 20;

    public async Task<Outcome<ReplySuggestionsView>> Handle(CurrentUser user, int requestId, long replyId, CancellationToken ct)
    {
        if (!await db.Requests.VisibleTo(user).AnyAsync(r => r.Id == requestId, ct))
        {
            return Outcome<ReplySuggestionsView>.NotFound();
        }

        var reply = await db.Inbox.AsNoTracking().Where(m => m.Id == replyId && m.RequestId == requestId)
            .Select(m => new
            {
                m.Subject,
                m.TextBody,
                m.ReceivedOn,
                m.ReceivedAt,
                m.LetterDate,
                TimeZone = db.Set<Request>().Where(r => r.Id == requestId).Select(r => r.Authority!.TimeZone).First(),
                Attachments = m.Attachments.Select(a => new { a.Id, a.OriginalName, a.ContentType, a.Size }).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (reply is null)
        {
            return Outcome<ReplySuggestionsView>.NotFound();
        }

        var attachments = new List<(string, string?)>();
        foreach (var a in reply.Attachments)
        {
            attachments.Add((a.OriginalName, a.Size <= MaxExtract ? await Text(a.Id, a.ContentType, ct) : null));
        }

        var views = await questions.OfRequest(user, requestId, ct);
        var suggested = ReplySuggester.Suggest(
            new ReplyContent(reply.Subject, reply.TextBody, attachments),
            views.Select(q => new SuggestionQuestion(q.Id, q.Position, q.Category, q.Text)).ToList());
        var byId = views.ToDictionary(v => v.Id);
        return Outcome<ReplySuggestionsView>.Ok(new ReplySuggestionsView(replyId, reply.Subject, suggested.Kind, suggested.Language, suggested.Questions.Select(s =>
        {
            var view = byId[s.QuestionId];
            var allowed = s.Action is { } action && view.PermittedActions.Contains(action);
            var evidence = allowed || s.Action is null ? s.Evidence : [.. s.Evidence, $"suggests {Triggers.Word(s.Action.Value)}, which its state ({view.StateLabel ?? "not sent"}) does not allow now"];
            return new SuggestionView(s.QuestionId, s.Position, view.Text, view.State, view.StateLabel, allowed ? s.Action : null, allowed ? s.Confidence : 0, allowed && s.Preselected, evidence, view.PermittedActions);
        }).OrderByDescending(v => v.Confidence).ThenBy(v => v.Position).ToList()) // ranked by what can be recorded now
        {
            ReceivedOn = reply.ReceivedOn ?? LocalDays.Containing(reply.ReceivedAt, LocalDays.Zone(reply.TimeZone)),
            LetterDate = reply.LetterDate,
        });
    }

    /// <summary>An attachment's text where a served library can read it: plain text, and PDF through PdfPig; else none.</summary>
    private async Task<string?> Text(long id, string contentType, CancellationToken ct)
    {
        if (contentType is not ("application/pdf" or "text/plain"))
        {
            return null;
        }

        var content = await db.InboxAttachments.AsNoTracking().Where(a => a.Id == id).Select(a => a.Content).SingleAsync(ct);
        if (contentType == "text/plain")
        {
            return Encoding.UTF8.GetString(content);
        }

        try
        {
            using var pdf = PdfDocument.Open(content);
            return string.Join("\n", pdf.GetPages().Take(50).Select(p => p.Text));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null; // a damaged or encrypted PDF: judged by its name
        }
    }
}
