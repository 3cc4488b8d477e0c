using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RequestTracker.Access;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Handling;
using RequestTracker.Correspondence;
using RequestTracker.Questions;
using RequestTracker.Requests;
using RequestTracker.Web.Hosting;
using RequestTracker.Web.Localization;


namespace RequestTracker.Web.Pages.Requests;

/// <summary>One request: its questions with their workflows, the ladder, the correspondence, the journals.</summary>
internal sealed class RequestDetailModel(
    CurrentUser caller, GetRequest getRequest, GetQuestion getQuestion, ReadJournal readJournal, ReadCorrespondence readCorrespondence,
    PreviewRequestEmail preview, ActOnQuestion act, SendRequest send, WithdrawRequest withdraw, RequestTracker.Dossiers.Dossier dossier,
    RequestTracker.Publishing.Publish publish, RequestTracker.Publishing.AttachmentPrivacy privacy, RequestTracker.Letters.ReviewLetter letters,
    TimeProvider clock, IStringLocalizer<RequestDetailModel> localizer, RequestTracker.Definitions.WorkflowCatalog catalog) : PageModel
{
    /// <summary>A state named by its id in the journal ("reply-received"), by its label in the page's language; English keeps the id.</summary>
    public string StateName(string id) =>
        Words.English || catalog.Question.States.FirstOrDefault(s => s.Id == id) is not { } state ? id : Display.State(state.Label) ?? id;

    /// <summary>Today where the authority is (YYYY-MM-DD): the action forms' day of arrival until changed, and the latest they take.</summary>
    public string Today { get; private set; } = string.Empty;

    /// <summary>The day an action form offers as the day of arrival: an unclassified emailed reply's, else today.</summary>
    public string ArrivedOn(DateOnly? reply) =>
        reply?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? Today;

    public RequestResponse Item { get; private set; } = null!;

    public IReadOnlyList<QuestionView> Questions { get; private set; } = [];

    public IReadOnlyDictionary<int, IReadOnlyList<JournalView>> Journals { get; private set; } = new Dictionary<int, IReadOnlyList<JournalView>>();

    public IReadOnlyList<CorrespondenceItem> Correspondence { get; private set; } = [];

    public EmailPreview? Preview { get; private set; }

    /// <summary>Letters that wait for the advocate (a complaint to review, a filing, a letter without a contact) and those decided.</summary>
    public IReadOnlyList<RequestTracker.Letters.LetterView> Letters { get; private set; } = [];

    public string? PreviewError { get; private set; }

    /// <summary>The question whose action form failed validation, with what was typed, to show it again.</summary>
    [BindProperty]
    public ActionForm Action { get; set; } = new();

    public string? Notice { get; private set; }

    /// <summary>An irreversible action waiting for the advocate's second click.</summary>
    public ConfirmStep? Confirm { get; private set; }

    public async Task<IActionResult> OnGet(int id, CancellationToken ct)
    {
        Notice = TempData["Notice"] as string;
        return await Load(id, ct) ? Page() : NotFound();
    }

    /// <summary>The stored email, for download with the page's cookie sign-in (the API takes bearer tokens).</summary>
    public async Task<IActionResult> OnGetEml(int id, string direction, long emailId, CancellationToken ct)
    {
        var raw = await readCorrespondence.Raw(caller, id, direction, emailId, ct);
        return raw.Value is null ? NotFound() : File(raw.Value, "message/rfc822", $"RT-{id}-{direction}-{emailId}.eml");
    }

    /// <summary>The draft email's HTML alone, for the preview frame, under its own content policy.</summary>
    public async Task<IActionResult> OnGetPreviewHtml(int id, CancellationToken ct)
    {
        var previewed = (await preview.Handle(caller, id, ct)).Value;
        if (previewed is null)
        {
            return NotFound();
        }

        SecurityHeaders.ServeAsEmailPreview(HttpContext);
        return Content(previewed.Html, "text/html; charset=utf-8");
    }

    public async Task<IActionResult> OnGetAttachment(int id, long attachmentId, CancellationToken ct)
    {
        var attachment = (await readCorrespondence.Attachment(caller, id, attachmentId, ct)).Value;
        return attachment is null ? NotFound() : File(attachment.Content, "application/octet-stream", attachment.StoredName);
    }

    /// <summary>The request's public page, if published (and from when).</summary>
    public RequestTracker.Publishing.PublicationView? Publication { get; private set; }

    public async Task<IActionResult> OnPostPublish(int id, string? from, CancellationToken ct)
    {
        if (ConfirmStep.PlainDay(from) && !ConfirmStep.Given(this))
        {
            return await Ask(id, "Publish", () => localizer["Publish this request?"], string.IsNullOrWhiteSpace(from)
                ? localizer["Anyone will be able to read it at once, without signing in: the questions, the letters both ways (email addresses withheld) and every attachment you have not marked private. Search engines may copy it; unpublishing later removes the page but not those copies."]
                : localizer["From {0} anyone will be able to read it without signing in: the questions, the letters both ways (email addresses withheld) and every attachment you have not marked private.", from], localizer["Publish"], "#publishing", ct);
        }

        var outcome = await publish.Request(caller, id, new RequestTracker.Publishing.PublishInput(from), ct);
        var view = outcome.Value is [var first, ..] ? first : null;
        return await Done(id, outcome, view is null ? string.Empty : view.Embargoed ? localizer["Published from {0:d MMM yyyy HH:mm} UTC; until then its public page does not exist.", view.PublishedAt] : localizer["Published: its public page is live."], ct);
    }

    public async Task<IActionResult> OnPostUnpublish(int id, CancellationToken ct) =>
        await Done(id, await publish.Unpublish(caller, id, null, ct), localizer["Unpublished: its public page is gone."], ct);

    public async Task<IActionResult> OnPostPrivacy(int id, long attachmentId, bool makePrivate, CancellationToken ct) =>
        await Done(id, await privacy.Handle(caller, id, attachmentId, new RequestTracker.Publishing.PrivacyInput(makePrivate), ct),
            makePrivate ? localizer["The attachment is withheld from the public page."] : localizer["The attachment is released to the public page (if the request is published)."], ct);

    private Task<IActionResult> Done<T>(int id, Outcome<T> outcome, string notice, CancellationToken ct) =>
        PageOutcome.Answer(this, outcome, notice, $"/requests/{id}#publishing", () => Load(id, ct));

    /// <summary>The dossier (ZIP), streamed as it is built; the same as the API's <c>dossier.zip</c>, for a signed-in browser.</summary>
    public async Task<IActionResult> OnGetDossier(int id, CancellationToken ct)
    {
        if (await dossier.ForRequest(caller, id, ct) is not { } plan)
        {
            return NotFound();
        }

        Response.ContentType = "application/zip";
        Response.Headers.ContentDisposition = $"attachment; filename=dossier-{plan.Name}.zip";
        await dossier.Write(plan, Response.Body, ct);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnPostAct(int id, CancellationToken ct)
    {
        if (Irreversible(Action.Action, localizer) is { } consequence && !ConfirmStep.Given(this))
        {
            return await Ask(id, "Act", () => localizer["Record '{0}'?", Display.Trigger(Action.Action!)], consequence, localizer["Record '{0}'", Display.Trigger(Action.Action!)], $"#q{Action.QuestionId}", ct);
        }

        var outcome = await act.Handle(caller, Action.QuestionId, Action.Input(), ct);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        if (outcome.Kind == OutcomeKind.Ok)
        {
            TempData["Notice"] = localizer["Recorded '{0}'.", Display.Trigger(Action.Action ?? string.Empty)].Value;
            return Redirect($"/requests/{id}#q{Action.QuestionId}");
        }

        FormErrors.Copy(outcome, ModelState, "Action");
        return await Load(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostSend(int id, CancellationToken ct)
    {
        if (!ConfirmStep.Given(this))
        {
            return await Ask(id, "Send", () => localizer["Send this request to {0}?", Item.AuthorityName],
                localizer["The email goes out as previewed and cannot be recalled; each question's deadline starts to run. To change a word, edit the draft first."], localizer["Send now"], string.Empty, ct);
        }

        var outcome = await send.Handle(caller, id, ct);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        if (outcome.Kind != OutcomeKind.Ok)
        {
            Notice = FormErrors.Detail(outcome) ?? localizer["The request could not be sent."];
            return await Load(id, ct) ? Page() : NotFound();
        }

        return Redirect($"/requests/{id}");
    }

    public async Task<IActionResult> OnPostWithdraw(int id, string? reason, bool notifyAuthority, CancellationToken ct)
    {
        if (!ConfirmStep.Given(this))
        {
            return await Ask(id, "Withdraw", () => localizer["Withdraw the whole request?"],
                notifyAuthority
                    ? localizer["Every question's workflow ends for good and every email not yet sent is cancelled; the authority is told by email."]
                    : localizer["Every question's workflow ends for good and every email not yet sent is cancelled; the authority is not told."],
                localizer["Withdraw the request"], "#withdraw-h", ct);
        }

        var outcome = await withdraw.Handle(caller, id, new WithdrawInput(reason, notifyAuthority), ct);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        if (outcome.Kind != OutcomeKind.Ok)
        {
            Notice = FormErrors.Detail(outcome) ?? string.Empty;
            return await Load(id, ct) ? Page() : NotFound();
        }

        TempData["Notice"] = (notifyAuthority
            ? localizer["The request is withdrawn: its workflows have ended and nothing more will be sent about it but the withdrawal notice to the authority."]
            : localizer["The request is withdrawn: its workflows have ended and nothing more will be sent about it."]).Value;
        return Redirect($"/requests/{id}");
    }

    /// <summary>One action on the ticked questions, all or none.</summary>
    public async Task<IActionResult> OnPostActMany(int id, List<int> questionIds, CancellationToken ct)
    {
        if (Irreversible(Action.Action, localizer) is { } consequence && !ConfirmStep.Given(this))
        {
            return await Ask(id, "ActMany", () => Counted(questionIds.Count, "Record '{1}' on {0} question(s)?", Display.Trigger(Action.Action!)), consequence, localizer["Record '{0}'", Display.Trigger(Action.Action!)], "#batch-h", ct);
        }

        var typed = Action.Input();
        var outcome = await act.HandleMany(caller, id,
            new BatchActionInput(questionIds, typed.Action, typed.Note, typed.DocumentReference, typed.Exemption, typed.Extension, typed.LetterDate, typed.ReceivedOn), ct);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        if (outcome.Kind == OutcomeKind.Ok)
        {
            TempData["Notice"] = Counted(outcome.Value!.Count, "Recorded '{1}' on {0} question(s).", Display.Trigger(Action.Action ?? string.Empty));
            return Redirect($"/requests/{id}");
        }

        Action.QuestionId = 0;
        Notice = FormErrors.Detail(outcome) ?? string.Empty;
        return await Load(id, ct) ? Page() : NotFound();
    }

    /// <summary>What an action does that cannot be taken back, or null when "reopened" can correct it.</summary>
    internal static string? Irreversible(string? action) => action switch
    {
        RequestTracker.Definitions.Triggers.Withdrawn => "The question's workflow ends for good: no reminder, escalation or deadline follows, and it cannot be reopened.",
        RequestTracker.Definitions.Triggers.Escalated => "The next rung of the escalation ladder is taken now, and its letter is prepared for the body it goes to.",
        _ => null,
    };

    /// <summary>The same in the page's language (Resources/Pages/Requests/RequestDetailModel.ru.resx); for the batch page too.</summary>
    internal static string? Irreversible(string? action, IStringLocalizer<RequestDetailModel> localizer) =>
        Irreversible(action) is { } english ? localizer[english].Value : null;

    /// <summary>A counted sentence with more to say than the count: {0} the count, then the arguments; the forms split by '|'.</summary>
    private string Counted(long count, string forms, params object[] arguments)
    {
        var options = localizer[forms].Value.Split('|');
        var form = int.Parse(Plurals.Pick(string.Join('|', Enumerable.Range(0, options.Length)), count), System.Globalization.CultureInfo.InvariantCulture);
        return string.Format(System.Globalization.CultureInfo.CurrentCulture, options[form], [count, .. arguments]);
    }

    /// <summary>The page again with the confirmation on top; the title is written once the request is read.</summary>
    private async Task<IActionResult> Ask(int id, string handler, Func<string> title, string consequence, string button, string anchor, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        Confirm = ConfirmStep.Ask(this, handler, title(), consequence, button, $"/requests/{id}{anchor}");
        return Page();
    }

    private async Task<bool> Load(int id, CancellationToken ct)
    {
        var user = caller;
        var request = await getRequest.Handle(user, id, ct);
        if (request.Value is null)
        {
            return false;
        }

        Item = request.Value;
        // Every question and journal of the request in a handful of queries, not a handful per question.
        Questions = await getQuestion.OfRequest(user, id, ct);
        var journals = await readJournal.OfRequest(user, id, ct);
        Journals = Questions.ToDictionary(q => q.Id, q => journals.GetValueOrDefault(q.Id) ?? []);
        Correspondence = (await readCorrespondence.Handle(user, id, ct)).Value ?? [];
        var zone = LocalDays.Zone(Questions.Select(q => q.Zone).FirstOrDefault(z => z is not null));
        Today = NodaTime.Instant.FromDateTimeOffset(clock.GetUtcNow()).InZone(zone).Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Publication = await publish.Of(id, ct);
        Letters = await letters.OfRequest(user, id, ct);
        if (Item.Status == RequestStatus.Draft)
        {
            var previewed = await preview.Handle(user, id, ct);
            Preview = previewed.Value;
            PreviewError = previewed.Detail;
        }

        return true;
    }
}

/// <summary>The fields of the per-question action form.</summary>
internal sealed class ActionForm
{
    public int QuestionId { get; set; }

    public string? Action { get; set; }

    public string? Note { get; set; }

    public string? DocumentReference { get; set; }

    public string? Exemption { get; set; }

    public int? Extension { get; set; }

    /// <summary>The date the authority's letter bears (YYYY-MM-DD).</summary>
    public string? LetterDate { get; set; }

    /// <summary>The day the authority's letter arrived (YYYY-MM-DD); the form fills in today.</summary>
    public string? ReceivedOn { get; set; }

    /// <summary>
    /// The action as the handler takes it. The form always carries today's day of arrival; only an action that records
    /// the authority's letter sends the dates on (an escalation has none, and the API refuses dates on it).
    /// </summary>
    public QuestionActionInput Input()
    {
        var letter = Action is not null && RequestTracker.Runtime.LetterDates.Triggers.Contains(Action);
        return new(Action, Note, DocumentReference, Exemption, Extension, letter ? LetterDate : null, letter ? ReceivedOn : null);
    }
}
