using RequestTracker.Access;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RequestTracker.Batches;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Requests;
using RequestTracker.Web.Localization;

namespace RequestTracker.Web.Pages.Batches;

/// <summary>
/// A batch as its matrix (questions down, authorities across), with sending and withdrawing for the whole
/// batch or one authority, one action on a question across the batch, and the matrix as CSV.
/// </summary>
internal sealed class BatchDetailModel(CurrentUser caller, GetBatch get, SendBatch send, WithdrawBatch withdraw, ActOnRow act, WorkflowCatalog catalog, RequestTracker.Dossiers.Dossier dossier, RequestTracker.Publishing.Publish publish, IStringLocalizer<BatchDetailModel> L,
    IStringLocalizer<RequestTracker.Web.Pages.Requests.RequestDetailModel> actions) : PageModel
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
        if (await dossier.ForBatch(caller, id, ct) is not { } plan)
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
            return await Ask(id, "Send", () => Whom(requestId, RequestStatus.Draft, name => L["Send the letter to {0}?", name], n => L.Plural(n, "Send the letter to {0} authority?|Send the letter to {0} authorities?")),
                L["Each email goes out as previewed on its request's page and cannot be recalled; each question's deadline starts to run under its authority's law."], L["Send now"], ct);
        }

        var outcome = await send.Handle(caller, id, new BatchSelection(requestId is { } one ? [one] : null), ct);
        return await After(id, outcome, requestId is null ? L["Sent: each authority's letter is queued and its deadlines run."] : L["Sent to that authority."], ct);
    }

    public async Task<IActionResult> OnPostWithdraw(int id, string? reason, bool notifyAuthority, int? requestId, CancellationToken ct)
    {
        if (!ConfirmStep.Given(this))
        {
            return await Ask(id, "Withdraw", () => Whom(requestId, null, name => L["Withdraw the request to {0}?", name], n => L.Plural(n, "Withdraw the request to {0} authority?|Withdraw the request to {0} authorities?")),
                notifyAuthority
                    ? L["Every question's workflow there ends for good and every email not yet sent is cancelled; each authority is told by email."]
                    : L["Every question's workflow there ends for good and every email not yet sent is cancelled; no authority is told."],
                L["Withdraw"], ct);
        }

        var outcome = await withdraw.Handle(caller, id, new WithdrawBatchInput(reason, notifyAuthority, requestId is { } one ? [one] : null), ct);
        return await After(id, outcome, notifyAuthority ? L["Withdrawn: nothing more is sent about it but the withdrawal notice."] : L["Withdrawn: nothing more is sent about it."], ct);
    }

    public async Task<IActionResult> OnPostRow(int id, CancellationToken ct)
    {
        ModelState.Clear();
        if (RequestTracker.Web.Pages.Requests.RequestDetailModel.Irreversible(Row.Action, actions) is { } consequence && !ConfirmStep.Given(this))
        {
            return await Ask(id, "Row", () => L["Record '{0}' on question {1} at every authority that can take it?", Display.Action(Row.Action), Row.Position], consequence, L["Record it everywhere"], ct);
        }

        var input = new RowActionInput(Row.Action, Row.Note, Row.DocumentReference, Row.Exemption, Row.Extension, null);
        var outcome = await act.Handle(caller, id, Row.Position, input, ct);
        if (outcome.Value is { } done)
        {
            TempData["Notice"] = L["Question {0}: '{1}' recorded {2}", Row.Position, Display.Action(Row.Action), L.Plural(done.Acted.Count, "at {0} authority|at {0} authorities")].Value
                + (done.Skipped.Count > 0 ? L["; {0} left as they were (their state does not take it).", done.Skipped.Count] : ".");
            return Redirect($"/batches/{id}");
        }

        return await After(id, outcome, string.Empty, ct);
    }

    public async Task<IActionResult> OnPostPublish(int id, string? from, CancellationToken ct)
    {
        if (ConfirmStep.PlainDay(from) && !ConfirmStep.Given(this))
        {
            return await Ask(id, "Publish", () => L["Publish the batch?"],
                string.IsNullOrWhiteSpace(from)
                    ? L["Each sent request of the batch and the batch's page become readable by anyone without signing in (email addresses withheld, attachments marked private withheld), at once."]
                    : L["Each sent request of the batch and the batch's page become readable by anyone without signing in (email addresses withheld, attachments marked private withheld), from {0}.", from],
                L["Publish"], ct);
        }

        var outcome = await publish.Batch(caller, id, new RequestTracker.Publishing.PublishInput(from), ct);
        return await After(id, outcome, L["Requests published: {0}; see /public/batches/{1}.", outcome.Value?.Count ?? 0, id], ct);
    }

    public async Task<IActionResult> OnPostUnpublish(int id, CancellationToken ct) =>
        await After(id, await publish.Unpublish(caller, null, id, ct), L["Unpublished: the batch's public pages are gone."], ct);

    /// <summary>
    /// The matrix as CSV: a line per question, a column per authority, each cell its state and last day. In English
    /// whatever the page's language: an export read by scripts and spreadsheets, like the API (and the questions' CSV).
    /// </summary>
    public async Task<IActionResult> OnGetCsv(int id, CancellationToken ct)
    {
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture; // for this handler only: an async method's culture does not flow back
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
            cell.DueDate is { } day && cell.StateCategory is { } category && Categories.Waiting(category) ? string.Create(CultureInfo.InvariantCulture, $"due {day}") : null,
            cell.Timeliness is Timeliness.Overdue or Timeliness.DueSoon ? Display.Timeliness(cell.Timeliness).ToLowerInvariant() : null,
        }.Where(p => p is not null)),
    };

    private Task<IActionResult> After<T>(int id, Outcome<T> outcome, string notice, CancellationToken ct) =>
        PageOutcome.Answer(this, outcome, notice, $"/batches/{id}", () => Load(id, ct));

    /// <summary>A confirmation's question naming the one authority a button names (<paramref name="named"/>), or counting them (<paramref name="counted"/>).</summary>
    private string Whom(int? requestId, RequestStatus? only, Func<string, string> named, Func<int, string> counted)
    {
        if (requestId is { } one)
        {
            return Item.Authorities.FirstOrDefault(a => a.RequestId == one)?.AuthorityName is { } name ? named(name) : counted(1);
        }

        return counted(Item.Authorities.Count(a => only is { } status ? a.Status == status : a.Status != RequestStatus.Withdrawn));
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
        var outcome = await get.Handle(caller, id, ct);
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
