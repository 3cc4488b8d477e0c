using Microsoft.EntityFrameworkCore;
using NodaTime;
using RequestTracker.Access;
using RequestTracker.Authorities;
using RequestTracker.Background;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Laws;
using RequestTracker.Handling;
using RequestTracker.Runtime;

namespace RequestTracker.Requests;

/// <summary>
/// The authority passed questions of a request to another body: which ones (none named: every open one), the body, and
/// the day it passed them on (the notice's date; today where not given), YYYY-MM-DD.
/// </summary>
internal sealed record TransferInput(IReadOnlyList<int>? QuestionIds, int? AuthorityId, string? TransferredOn, string? Note);

/// <summary>
/// Records a transfer, in one transaction: the questions end at the first body (state <c>transferred</c>, journaled with
/// where they went) and go on as a new request to the second, under the same law, whose time runs as that law says —
/// from the first receipt (Canada's ATIA s.8(2)) or from the day it was passed on (8-FZ art. 18(7); any law silent on
/// transfers) — and a transfer later than the law allows is flagged. The second body gets a letter saying that the
/// request came to it from the first and where to reply, so its answer is matched to the new request.
/// </summary>
internal sealed class TransferQuestions(AppDbContext db, DefinitionStore definitions, WorkflowEngine engine, WorkSignal signal, TimeProvider clock, GetRequest get)
{
    public async Task<Outcome<RequestResponse>> Handle(CurrentUser user, int id, TransferInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var note = errors.OptionalText("note", input.Note, Lengths.ActionNote);
        var authorityId = errors.Required("authorityId", input.AuthorityId);
        if (input.QuestionIds is { Count: > Request.MaxQuestions })
        {
            errors.Add("questionIds", $"Name at most {Request.MaxQuestions} questions.");
        }

        var on = default(DateOnly);
        if (!string.IsNullOrWhiteSpace(input.TransferredOn) && !TextRule.TryDay(input.TransferredOn, out on))
        {
            errors.Add("transferredOn", $"Give the day it was passed on as YYYY-MM-DD.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<RequestResponse>.Invalid(errors);
        }

        var created = await Conflicts.Retry(db, () => Transfer(user, id, input.QuestionIds, authorityId!.Value, string.IsNullOrWhiteSpace(input.TransferredOn) ? null : on, note, ct));
        if (created.Kind != OutcomeKind.Ok)
        {
            return created.As<RequestResponse>();
        }

        signal.Notify();
        return await get.Handle(user, created.Value, ct);
    }

    private async Task<Outcome<int>> Transfer(CurrentUser user, int id, IReadOnlyList<int>? named, int authorityId, DateOnly? typedDay, string note, CancellationToken ct)
    {
        var origin = await db.Requests.VisibleTo(user).Include(r => r.Authority).Include(r => r.Questions).AsSplitQuery().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (origin is null)
        {
            return Outcome<int>.NotFound();
        }

        if (origin.Status != RequestStatus.Sent)
        {
            return Outcome<int>.Conflict(origin.Status == RequestStatus.Draft
                ? "The request has not been sent; a draft is readdressed by editing it."
                : "The request is withdrawn: its questions take no more actions.");
        }

        var workflows = await db.Workflows.AsNoTracking().Where(w => w.RequestId == id).ToListAsync(ct);
        var errors = new ValidationErrors();
        var ids = named is { Count: > 0 } ? named.Distinct().ToList() : workflows.Where(w => Categories.Waiting(w.Category)).Select(w => w.QuestionId).ToList();
        foreach (var (questionId, index) in ids.Select((q, i) => (q, i)).Where(p => origin.Questions.All(q => q.Id != p.q)))
        {
            errors.Add($"questionIds[{index}]", $"Question {questionId} is not a question of this request.");
        }

        if (ids.Count == 0)
        {
            errors.Add("questionIds", $"No question of this request is open: there is nothing to pass on.");
        }

        var target = await db.Authorities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == authorityId, ct);
        var pinned = workflows.FirstOrDefault();
        var law = pinned is null ? null : await definitions.Law(pinned.LawHash, db, ct);
        if (target is null)
        {
            errors.Add("authorityId", $"There is no authority {authorityId}.");
        }
        else if (target.Id == origin.AuthorityId)
        {
            errors.Add("authorityId", $"The request is already addressed to {target.Name}.");
        }
        else if (law is not null && target.LawId != law.Id)
        {
            // A transfer passes a request on under the law it was made under; another law is another request.
            errors.Add("authorityId", $"{target.Name} works under another law than this request ({law.Name}); file a new request to it instead.");
        }

        if (!errors.IsEmpty || law is null || target is null || pinned is null)
        {
            return errors.IsEmpty ? Outcome<int>.Conflict("The request's questions have no workflow.") : Outcome<int>.Invalid(errors);
        }

        // Days as the first body counts them: the transfer's day where it is, checked against its sending and today.
        var calendar = await WorkflowReader.ZonedCalendar(definitions, db, pinned, ct);
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var today = now.InZone(calendar.Zone).Date.ToDateOnly();
        var received = Instant.FromDateTimeUtc(DateTime.SpecifyKind(pinned.StartedAt, DateTimeKind.Utc));
        var sentOn = received.InZone(calendar.Zone).Date.ToDateOnly();
        var day = typedDay ?? today;
        if (day > today || day < sentOn)
        {
            if (day > today)
            {
                errors.Add("transferredOn", $"The day it was passed on cannot be later than today ({today:yyyy-MM-dd} where the authority is).");
            }
            else
            {
                errors.Add("transferredOn", $"The request was sent on {sentOn:yyyy-MM-dd}; it cannot have been passed on before that.");
            }

            return Outcome<int>.Invalid(errors);
        }

        var rule = law.Transfer;
        var passedOn = LetterDates.Arrival(day, calendar.Zone, now);
        var allowedUntil = rule.Within is { } within ? TransferDeadline(law, within, received, calendar) : (DeadlineComputation?)null;
        var late = allowedUntil is { } until && passedOn >= until.Due; // the instant that ends the last day is the first of the next

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var moved = origin.Questions.Where(q => ids.Contains(q.Id)).ToList();
        var copy = Request.Transfer(origin, target.Id, moved, day, late, now.ToDateTimeUtc());
        db.Requests.Add(copy);
        await db.SaveChangesAsync(ct); // the new request's id, for the journal and the letter

        var timing = Timing(law, rule, day, allowedUntil, late);
        foreach (var question in moved)
        {
            var position = moved.IndexOf(question) + 1;
            var said = $"Passed on by {origin.Authority!.Name} to {target.Name} on {Deadline.Format.Words(day, "en")}; it goes on as question {position} of RT-{copy.Id}. {timing}";
            if (await engine.StageAction(question.Id, Trigger.Transferred, new ActionInput(string.IsNullOrWhiteSpace(note) ? said : $"{said} {note}", null, null, null), user.Id, ct) is { } refusal)
            {
                db.ChangeTracker.Clear();
                return refusal.Unprocessable
                    ? Outcome<int>.Unprocessable(refusal.Detail, refusal.Field)
                    : Outcome<int>.Conflict($"Question {question.Position}: {refusal.Detail} Nothing was recorded.", new Dictionary<string, object?> { ["permittedActions"] = refusal.Permitted, ["questionId"] = question.Id });
            }
        }

        // The second body's time: from the first receipt, or from the day it was passed on, as the law says.
        copy.MarkSent(now.ToDateTimeUtc());
        var start = rule.Clock == TransferClock.Continue ? received : passedOn;
        await engine.Start(copy.Id, user.Id, ct, start, new StartFrom(WorkflowLoader.RequestTransferred,
            $"Passed on to {target.Name} by {origin.Authority!.Name} (RT-{origin.Id}) on {Deadline.Format.Words(day, "en")}. {timing}"));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome<int>.Ok(copy.Id);
    }

    /// <summary>The last day the first body had to pass it on: counted from registration where the law registers requests, else from receipt.</summary>
    private static DeadlineComputation TransferDeadline(LawDefinition law, LegalSpan within, Instant received, WorkCalendar calendar)
    {
        var roll = law.LastDayRollsToWorkingDay;
        return law.Registration is { } registration
            ? DeadlineCalculator.After(DeadlineCalculator.Add(received, registration, calendar, roll), within, calendar, roll)
            : DeadlineCalculator.Add(received, within, calendar, roll);
    }

    /// <summary>What the journal says of the transfer's time: where the clock runs from, and whether it came late.</summary>
    private static string Timing(LawDefinition law, TransferRule rule, DateOnly day, DeadlineComputation? allowedUntil, bool late)
    {
        var clock = rule.Clock == TransferClock.Continue
            ? $"The time runs on from the first receipt, as if the request had been made to the second body then{law.Cite("transfer")}."
            : law.Sources.ContainsKey("transfer")
                ? $"The time runs again from the day it was passed on{law.Cite("transfer")}."
                : "The law sets no rule for transfers: the second body's time runs from the day it received the request, taken as the day it was passed on.";
        if (allowedUntil is not { } until)
        {
            return clock;
        }

        return late
            ? $"{clock} The law allowed until the end of {until.Deadline.Words("en")} to pass it on; this came later ({Deadline.Format.Words(day, "en")}), which is a ground for complaint in itself."
            : $"{clock} Passed on within the time the law allows (until the end of {until.Deadline.Words("en")}).";
    }
}
