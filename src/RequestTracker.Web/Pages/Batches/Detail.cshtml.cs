using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Batches;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Requests;
using RequestTracker.Users;

namespace RequestTracker.Web.Pages.Batches;

/// <summary>
/// A batch as its matrix (questions down, authorities across), with sending and withdrawing for the whole
/// batch or one authority, one action on a question across the batch, and the matrix as CSV.
/// </summary>
internal sealed class BatchDetailModel(GetBatch get, SendBatch send, WithdrawBatch withdraw, ActOnRow act, WorkflowCatalog catalog, RequestTracker.Dossiers.Dossier dossier, RequestTracker.Publishing.Publish publish) : PageModel
{
    private static readonly string[] CsvHead = ["question", "kind", "text"];

    public BatchView Item { get; private set; } = null!;

    public WorkflowCatalog Catalog => catalog;

    [BindProperty]
    public RowForm Row { get; set; } = new();

    public string? Notice { get; private set; }

    /// <summary>An irreversible action waiting for the advocate's second click.</summary>
    public ConfirmStep? Confirm { get; private set; }

    public async Task<IActionResult> OnGet(int id, CancellationToken ct)
    {
        Notice = TempData["Notice"] as string;
        return await Load(id, ct) ? Page() : NotFound();
    }

    /// <summary>The dossier (ZIP), streamed as it is built; the same as the API's <c>dossier.zip</c>, for a signed-in browser.</summary>
    public async Task<IActionResult> OnGetDossier(int id, CancellationToken ct)
    {
        if (await dossier.ForBatch(CurrentUser.From(User), id, ct) is not { } plan)
        {
            return NotFound();
        }

        Response.ContentType = "application/zip";
        Response.Headers.ContentDisposition = $"attachment; filename=dossier-{plan.Name}.zip";
        await dossier.Write(plan, Response.Body, ct);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnPostSend(int id, int? requestId, CancellationToken ct)
    {
        if (!ConfirmStep.Given(this))
        {
            return await Ask(id, "Send", () => $"Send the letter to {Whom(requestId, RequestStatus.Draft)}?",
                "Each email goes out as previewed on its request's page and cannot be recalled; each question's deadline starts to run under its authority's law.", "Send now", ct);
        }

        var outcome = await send.Handle(CurrentUser.From(User), id, new BatchSelection(requestId is { } one ? [one] : null), ct);
        return await After(id, outcome, requestId is null ? "Sent: each authority's letter is queued and its deadlines run." : "Sent to that authority.", ct);
    }

    public async Task<IActionResult> OnPostWithdraw(int id, string? reason, bool notifyAuthority, int? requestId, CancellationToken ct)
    {
        if (!ConfirmStep.Given(this))
        {
            return await Ask(id, "Withdraw", () => $"Withdraw the request to {Whom(requestId, null)}?",
                "Every question's workflow there ends for good and every email not yet sent is cancelled" + (notifyAuthority ? "; each authority is told by email." : "; no authority is told."),
                "Withdraw", ct);
        }

        var outcome = await withdraw.Handle(CurrentUser.From(User), id, new WithdrawBatchInput(reason, notifyAuthority, requestId is { } one ? [one] : null), ct);
        return await After(id, outcome, "Withdrawn: nothing more is sent about it" + (notifyAuthority ? " but the withdrawal notice." : "."), ct);
    }

    public async Task<IActionResult> OnPostRow(int id, CancellationToken ct)
    {
        ModelState.Clear();
        if (RequestTracker.Web.Pages.Requests.RequestDetailModel.Irreversible(Row.Action) is { } consequence && !ConfirmStep.Given(this))
        {
            return await Ask(id, "Row", () => $"Record '{Display.Trigger(Row.Action!)}' on question {Row.Position} at every authority that can take it?", consequence, "Record it everywhere", ct);
        }

        var input = new RowActionInput(Row.Action, Row.Note, Row.DocumentReference, Row.Exemption, Row.Extension, null);
        var outcome = await act.Handle(CurrentUser.From(User), id, Row.Position, input, ct);
        if (outcome.Value is { } done)
        {
            TempData["Notice"] = $"Question {Row.Position}: '{Display.Trigger(Row.Action!)}' recorded at {done.Acted.Count} authorit{(done.Acted.Count == 1 ? "y" : "ies")}"
                + (done.Skipped.Count > 0 ? $"; {done.Skipped.Count} left as they were (their state does not take it)." : ".");
            return Redirect($"/batches/{id}");
        }

        return await After(id, outcome, string.Empty, ct);
    }

    public async Task<IActionResult> OnPostPublish(int id, string? from, CancellationToken ct)
    {
        if (ConfirmStep.PlainDay(from) && !ConfirmStep.Given(this))
        {
            return await Ask(id, "Publish", () => "Publish the batch?",
                "Each sent request of the batch and the batch's page become readable by anyone without signing in (email addresses withheld, attachments marked private withheld)"
                + (string.IsNullOrWhiteSpace(from) ? ", at once." : $", from {from}."), "Publish", ct);
        }

        var outcome = await publish.Batch(CurrentUser.From(User), id, new RequestTracker.Publishing.PublishInput(from), ct);
        return await After(id, outcome, $"Published {outcome.Value?.Count ?? 0} request(s): see /public/batches/{id}.", ct);
    }

    public async Task<IActionResult> OnPostUnpublish(int id, CancellationToken ct) =>
        await After(id, await publish.Unpublish(CurrentUser.From(User), null, id, ct), "Unpublished: the batch's public pages are gone.", ct);

    /// <summary>The matrix as CSV: a line per question, a column per authority, each cell its state and last day.</summary>
    public async Task<IActionResult> OnGetCsv(int id, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        var csv = new StringBuilder();
        csv.AppendJoin(',', CsvHead.Concat(Item.Authorities.Select(a => CsvCell.Of(a.AuthorityName))).Append("answered_by")).Append('\n');
        foreach (var row in Item.Questions)
        {
            csv.AppendJoin(',', new[] { CsvCell.Of(row.Position), CsvCell.Of(Display.Category(row.Category)), CsvCell.Of(row.Text) }
                .Concat(row.Cells.Select(c => CsvCell.Of(CellText(c))))
                .Append(CsvCell.Of(string.Join("; ", row.AnsweredBy.Select(a => a.Partly ? $"{a.AuthorityName} (partly)" : a.AuthorityName))))).Append('\n');
        }

        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"batch-{id}.csv");
    }

    /// <summary>A cell in words: "Awaiting reply; due 2026-12-14 (Europe/Moscow); overdue".</summary>
    public static string CellText(BatchCell? cell) => cell switch
    {
        null => "no such question",
        { State: null } => "not sent",
        _ => string.Join("; ", new[]
        {
            cell.StateLabel,
            cell.DueDate is { } day && Categories.Waiting(cell.StateCategory!) ? string.Create(CultureInfo.InvariantCulture, $"due {day}") : null,
            cell.Timeliness is "overdue" or "dueSoon" ? Display.Timeliness(cell.Timeliness).ToLowerInvariant() : null,
        }.Where(p => p is not null)),
    };

    private Task<IActionResult> After<T>(int id, Outcome<T> outcome, string notice, CancellationToken ct) =>
        PageOutcome.Answer(this, outcome, notice, $"/batches/{id}", () => Load(id, ct));

    /// <summary>"the 3 authorities not yet sent", or the one authority a button names.</summary>
    private string Whom(int? requestId, RequestStatus? only)
    {
        if (requestId is { } one)
        {
            return Item.Authorities.FirstOrDefault(a => a.RequestId == one)?.AuthorityName ?? "that authority";
        }

        var count = Item.Authorities.Count(a => only is { } status ? a.Status == status : a.Status != RequestStatus.Withdrawn);
        return count == 1 ? "1 authority" : $"{count} authorities";
    }

    private async Task<IActionResult> Ask(int id, string handler, Func<string> title, string consequence, string button, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        Confirm = ConfirmStep.Ask(this, handler, title(), consequence, button, $"/batches/{id}");
        return Page();
    }

    private async Task<bool> Load(int id, CancellationToken ct)
    {
        var outcome = await get.Handle(CurrentUser.From(User), id, ct);
        Item = outcome.Value!;
        return outcome.Kind == OutcomeKind.Ok;
    }
}

/// <summary>The row action form: which question, which action, and the fields the action may need.</summary>
internal sealed class RowForm
{
    public int Position { get; set; }

    public string? Action { get; set; }

    public string? Note { get; set; }

    public string? DocumentReference { get; set; }

    public string? Exemption { get; set; }

    public int? Extension { get; set; }
}
