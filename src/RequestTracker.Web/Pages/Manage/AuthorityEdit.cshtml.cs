using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RequestTracker.Authorities;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Laws;
using RequestTracker.Handling;
using RequestTracker.Web.Localization;

namespace RequestTracker.Web.Pages.Manage;

/// <summary>Creates or edits an authority: its law (and so its calendar), time zone and escalation contacts.</summary>
internal sealed class AuthorityEditModel(ReadAuthorities read, SaveAuthority save, WorkflowCatalog catalog, IStringLocalizer<AuthorityEditModel> localizer) : PageModel
{
    /// <summary>Escalation contacts the form offers: the filled ones and two empty rows.</summary>
    private const int SpareContacts = 2;

    [BindProperty]
    public AuthorityForm Form { get; set; } = new();

    public int? Id { get; private set; }

    /// <summary>The languages letters can be written in under any law (each law's own are named beside it).</summary>
    public IReadOnlyList<string> Languages => catalog.LetterLanguages().Values.SelectMany(l => l).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>For the law chosen: the contacts its ladder writes to, and whether the form has them.</summary>
    public IReadOnlyList<ContactNeed> Needs => Form.LawId is { } law && catalog.Laws.TryGetValue(law, out var definition)
        ? LadderNeeds.Of(definition, Form.Contacts.Where(c => c.Kind is not null && !string.IsNullOrWhiteSpace(c.Name)).Select(c => (c.Kind!.Value, c.Email?.Trim() ?? string.Empty)).ToList())
        : [];

    public string LawLanguages(string lawId) => string.Join(", ", (catalog.LetterLanguages().GetValueOrDefault(lawId) ?? []).Select(Display.Language));

    public IReadOnlyList<(string Id, string Label)> Laws => catalog.Laws.Values.OrderBy(l => l.Name, StringComparer.Ordinal)
        .Select(l => (l.Id, localizer["{0} — reply {1}; holidays: {2}", LawSummary.Name(l), Within(l.Response), catalog.Calendars.TryGetValue(l.CalendarId, out var c) ? Words.T(c.Name) : l.CalendarId].Value)).ToList();

    /// <summary>
    /// The laws by country, as their names begin ("Scotland — …"), so sixteen regimes read as a short list of places; a
    /// regime that binds no one (an organisation without an access law) under its own heading, last.
    /// </summary>
    public IReadOnlyList<(string Country, IReadOnlyList<(string Id, string Label)> Laws)> LawGroups
    {
        get
        {
            var labels = Laws.ToDictionary(l => l.Id, l => l.Label);
            return catalog.Laws.Values
                .GroupBy(l => l.Binding && l.Name.IndexOf(" — ", StringComparison.Ordinal) is > 0 and var dash ? l.Name[..dash] : string.Empty)
                .OrderBy(g => g.Key.Length == 0).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key.Length == 0 ? localizer["No access law"].Value : Words.T(g.Key),
                    (IReadOnlyList<(string, string)>)g.OrderBy(l => l.Name, StringComparer.Ordinal).Select(l => (l.Id, labels[l.Id])).ToList()))
                .ToList();
        }
    }

    /// <summary>The sections behind the chosen law's rules, as its file cites them.</summary>
    public string LawSources(string lawId) => catalog.Laws.TryGetValue(lawId, out var law)
        ? string.Join("; ", law.Sources.Where(s => s.Key is "response" or "extension" or "lastDayRollsToWorkingDay" or "appeal").Select(s => s.Value))
        : string.Empty;

    /// <summary>The span after "reply", as <see cref="LegalSpan.Within"/> says it, in the page's language.</summary>
    private string Within(LegalSpan span) => span.Unit switch
    {
        SpanUnit.Immediately => localizer["immediately"].Value,
        SpanUnit.WorkingDays => localizer.Plural(span.Amount, "within {0} working day|within {0} working days"),
        SpanUnit.CalendarDays => localizer.Plural(span.Amount, "within {0} calendar day|within {0} calendar days"),
        SpanUnit.Weeks => localizer.Plural(span.Amount, "within {0} week|within {0} weeks"),
        SpanUnit.Months => localizer.Plural(span.Amount, "within {0} month|within {0} months"),
        SpanUnit.Hours => localizer.Plural(span.Amount, "within {0} hour|within {0} hours"),
        SpanUnit.Minutes => localizer.Plural(span.Amount, "within {0} minute|within {0} minutes"),
        _ => localizer.Plural(span.Amount, "within {0} second|within {0} seconds"),
    };

    public async Task<IActionResult> OnGet(int? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            var authority = (await read.Get(existing, ct)).Value;
            if (authority is null)
            {
                return NotFound();
            }

            Form = new AuthorityForm
            {
                Name = authority.Name,
                Jurisdiction = authority.Jurisdiction,
                ContactEmail = authority.ContactEmail,
                TimeZone = authority.TimeZone,
                LawId = authority.LawId,
                Language = authority.Language,
                LetterName = authority.LetterName,
                Addressee = authority.Addressee,
                PostalAddress = authority.PostalAddress,
                Contacts = authority.EscalationContacts.Select(c => new ContactForm { Kind = c.Kind, Name = c.Name, Email = c.Email, Addressee = c.Addressee }).ToList(),
            };
        }

        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPost(int? id, CancellationToken ct)
    {
        Id = id;
        ModelState.Clear();
        var contacts = Form.Contacts.Where(c => !string.IsNullOrWhiteSpace(c.Name) || !string.IsNullOrWhiteSpace(c.Email))
            .Select(c => new EscalationContactInput(c.Kind, c.Name, c.Email) { Addressee = c.Addressee }).ToList();
        var input = new AuthorityInput(Form.Name, Form.Jurisdiction, Form.ContactEmail, Form.TimeZone, Form.LawId, contacts)
        {
            Language = Form.Language,
            LetterName = Form.LetterName,
            Addressee = Form.Addressee,
            PostalAddress = Form.PostalAddress,
        };
        var outcome = id is { } existing ? await save.Update(existing, input, ct) : await save.Create(input, ct);
        if (outcome.Kind == OutcomeKind.Ok)
        {
            return Redirect("/authorities");
        }

        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        FormErrors.Copy(outcome, ModelState, "Form");
        Pad();
        return Page();
    }

    private void Pad()
    {
        while (Form.Contacts.Count(c => string.IsNullOrWhiteSpace(c.Name)) < SpareContacts)
        {
            Form.Contacts.Add(new ContactForm());
        }
    }
}

internal sealed class AuthorityForm
{
    public string? Name { get; set; }

    public string? Jurisdiction { get; set; }

    public string? ContactEmail { get; set; }

    public string? TimeZone { get; set; }

    public string? LawId { get; set; }

    public string? Language { get; set; }

    public string? LetterName { get; set; }

    public string? Addressee { get; set; }

    public string? PostalAddress { get; set; }

    public List<ContactForm> Contacts { get; set; } = [];
}

internal sealed class ContactForm
{
    public EscalationContactKind? Kind { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Addressee { get; set; }
}
