using RequestTracker.Access;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Authorities;
using RequestTracker.Definitions;
using RequestTracker.Overview;
using RequestTracker.Users;

namespace RequestTracker.Web.Pages.Questions;

/// <summary>The questions list with its filters, keyset paging, and the same filtered list as CSV.</summary>
internal sealed class QuestionsIndexModel(CurrentUser caller, ListQuestions list, ReadAuthorities authorities, ListUsers users, WorkflowCatalog catalog) : PageModel
{
    /// <summary>The pickers' choices: every authority and law by name; advocates by name (managers only).</summary>
    public IReadOnlyList<(string Value, string Label)> AuthorityChoices { get; private set; } = [];

    public IReadOnlyList<(string Value, string Label)> LawChoices { get; private set; } = [];

    /// <summary>A law's name in the page's language (its id if the catalog no longer has it).</summary>
    public string? LawName(string? id) => id is null ? null : LawSummary.Name(catalog, id);

    public IReadOnlyList<(string Value, string Label)> AdvocateChoices { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    /// <summary>The state filtered on as the page names it: its label in the page's language (its id only if no state has it).</summary>
    public string? StateName => State is null ? State
        : catalog.Question.States.FirstOrDefault(s => s.Id == State) is { } state ? Display.State(state.Label) : State;

    [BindProperty(SupportsGet = true)]
    public string? AuthorityId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? LawId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? OwnerId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? DueSoon { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? DueBefore { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public QuestionRowPage? Results { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public async Task OnGet(CancellationToken ct)
    {
        var user = caller;
        var outcome = await list.Handle(user, Filter(Cursor, null), ct);
        Results = outcome.Value;
        Errors = outcome.Errors;
        AuthorityChoices = await Picker.Authorities(authorities, ct);
        LawChoices = catalog.Laws.Values.Select(l => (l.Id, Name: LawSummary.Name(l))).OrderBy(l => l.Name, StringComparer.CurrentCulture).ToList();
        if (user.SeesAll)
        {
            AdvocateChoices = (await users.Handle(ct)).Where(u => u.Role == Roles.Advocate).OrderBy(u => u.DisplayName, StringComparer.CurrentCulture)
                .Select(u => (u.Id, u.DisplayName)).ToList();
        }
    }

    /// <summary>The filtered list as CSV, every page of it (streamed page by page, never all in memory).</summary>
    public async Task<IActionResult> OnGetCsv(CancellationToken ct)
    {
        var first = await list.Handle(caller, Filter(null, "1"), ct);
        if (first.Value is null)
        {
            return BadRequest();
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = "attachment; filename=questions.csv";
        await Response.WriteAsync("question,request,position,title,authority,law,advocate,state,timeliness,due_date,zone,escalation_level,text\n", Encoding.UTF8, ct);
        string? cursor = null;
        do
        {
            var page = (await list.Handle(caller, Filter(cursor, ListQuestions.MaxLimit.ToString(CultureInfo.InvariantCulture)), ct)).Value!;
            var lines = new StringBuilder();
            foreach (var q in page.Items)
            {
                lines.AppendJoin(',', new[]
                {
                    CsvCell.Of(q.QuestionId), CsvCell.Of(q.RequestId), CsvCell.Of(q.Position), CsvCell.Of(q.RequestTitle), CsvCell.Of(q.AuthorityName), CsvCell.Of(q.LawId), CsvCell.Of(q.OwnerName),
                    CsvCell.Of(q.StateLabel), CsvCell.Of(q.Timeliness), CsvCell.Of(q.DueDate), CsvCell.Of(q.Zone), CsvCell.Of(q.EscalationLevel), CsvCell.Of(q.Text),
                }).Append('\n');
            }

            await Response.WriteAsync(lines.ToString(), Encoding.UTF8, ct);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return new EmptyResult();
    }

    public string Link(string? cursor) => QueryString.Create(new Dictionary<string, string?>
    {
        ["category"] = Category,
        ["state"] = State,
        ["authorityId"] = AuthorityId,
        ["lawId"] = LawId,
        ["ownerId"] = OwnerId,
        ["overdue"] = Overdue,
        ["dueSoon"] = DueSoon,
        ["dueBefore"] = DueBefore,
        ["cursor"] = cursor,
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    private QuestionFilter Filter(string? cursor, string? limit) => new(Category, State, AuthorityId, LawId, OwnerId, Overdue, DueSoon, DueBefore, cursor, limit);
}
