using RequestTracker.Definitions.Calendars;
using System.Globalization;
using System.Net;
using System.Text;
using RequestTracker.Definitions;

namespace RequestTracker.Dossiers;

/// <summary>
/// The dossier's printable timeline: for each request what was asked, of whom, when, under which law and
/// sections; each question's deadline and how it was computed, its ladder and outcome; the correspondence with
/// the file each email is in; every journal entry in time order. One self-contained HTML file, no script.
/// </summary>
internal sealed class DossierTimeline(WorkflowCatalog catalog)
{
    public string Render(DossierPlan plan, IReadOnlyList<TimelinePart> parts, DateTime now)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E($"Dossier {plan.Name}: {plan.Title}")).Append("</title>")
            .Append("<style>body{font-family:serif;max-width:60rem;margin:2rem auto;line-height:1.4}table{border-collapse:collapse;width:100%}")
            .Append("td,th{border:1px solid #999;padding:.2rem .4rem;vertical-align:top;text-align:left}h2{page-break-before:always}code{font-size:.85em;word-break:break-all}</style></head><body>");
        html.Append("<h1>").Append(E($"Dossier {plan.Name}: {plan.Title}")).Append("</h1>");
        html.Append("<p>Prepared ").Append(E(Stamp(now))).Append(" (UTC). ").Append(parts.Count).Append(parts.Count == 1 ? " request." : " requests, the same questions to each authority.")
            .Append(" Every file named here is in this archive; <code>MANIFEST.sha256</code> lists their SHA-256 sums and <code>VERIFY.txt</code> says how to check them and the journal's hash chain.</p>");
        foreach (var part in parts)
        {
            Request(html, part);
        }

        return html.Append("</body></html>").ToString();
    }

    private void Request(StringBuilder html, TimelinePart part)
    {
        var r = part.Request;
        var law = part.Questions.Select(q => q.LawId).FirstOrDefault(l => l is not null);
        var definition = law is not null && catalog.Laws.TryGetValue(law, out var found) ? found : null;
        html.Append("<h2 id=\"").Append(part.Folder).Append("\">").Append(E($"{part.Folder}: {r.Title}")).Append("</h2>");
        html.Append("<table><tr><th>To</th><td>").Append(E(r.AuthorityName)).Append("</td></tr>")
            .Append("<tr><th>From</th><td>").Append(E(part.Owner)).Append("</td></tr>")
            .Append("<tr><th>Filed</th><td>").Append(E(Stamp(r.CreatedAt))).Append("</td></tr>")
            .Append("<tr><th>Sent</th><td>").Append(E(r.SentAt is { } s ? Stamp(s) : "not sent"))
            .Append(r.SentBy is { } by ? E($" — by the advocate ({by.Channel}), received {by.ReceivedOn:yyyy-MM-dd}; recorded {Stamp(by.RecordedAt)} with its proof, {by.ProofName} (in {part.Folder}/)") : string.Empty).Append("</td></tr>")
            .Append("<tr><th>Status</th><td>").Append(E($"{r.Status.ToString().ToLowerInvariant()} ({r.Progress})")).Append(r.WithdrawnAt is { } w ? E($", withdrawn {Stamp(w)}") : string.Empty).Append("</td></tr>")
            .Append("<tr><th>Law</th><td>").Append(E(definition?.Name ?? law ?? "not yet applied (draft)"));
        if (definition is not null && definition.Sources.Count > 0)
        {
            html.Append("<br>Sections: ").Append(E(string.Join("; ", definition.Sources.Select(x => $"{x.Key}: {x.Value}"))));
        }

        html.Append("</td></tr><tr><th>Legal basis cited</th><td>").Append(E(r.LegalBasis)).Append("</td></tr></table>");
        html.Append("<h3>What was asked</h3><p>").Append(E(r.Body)).Append("</p><ol>");
        foreach (var q in part.Questions)
        {
            html.Append("<li><p><strong>").Append(E(q.Text)).Append("</strong></p><p>State: ").Append(E(q.StateLabel ?? "not sent"));
            if (q.DueDate is not null)
            {
                html.Append(". Deadline: end of ").Append(E($"{q.DueDate} ({q.Zone})")).Append(q.Provisional ? " (provisional: the calendar is not confirmed for that year)" : string.Empty);
            }

            html.Append(".</p>");
            if (q.DueComputation is { } c)
            {
                html.Append("<p>How the deadline was computed: ").Append(E(c.Explanation)).Append("</p>");
            }

            if (q.Ladder.Count > 0)
            {
                html.Append("<p>Escalation ladder: ").Append(E(string.Join("; ", q.Ladder.Select(l => $"{l.Name} ({Words(l.Status)}{(l.Day is null ? string.Empty : $", {l.Day}")})")))).Append("</p>");
            }

            if (q.DocumentReference is not null || q.Exemption is not null)
            {
                html.Append("<p>Outcome: ").Append(E(string.Join("; ", new[] { q.DocumentReference is null ? null : $"document {q.DocumentReference}", q.Exemption is null ? null : $"exemption cited: {q.Exemption}" }.Where(x => x is not null)))).Append("</p>");
            }

            html.Append("</li>");
        }

        Correspondence(html, part);
        html.Append("<h3>Everything that happened</h3><p>The journal, in time order; <code>").Append(part.Folder)
            .Append("/journal.jsonl</code> holds it with its hash chain").Append(part.Head is null ? "." : $", ending in <code>{part.Head}</code>.").Append("</p>");
        html.Append("<table><tr><th>When (UTC)</th><th>Question</th><th>What</th><th>By</th><th>Note and rule</th></tr>");
        var positions = part.Questions.ToDictionary(q => q.Id, q => q.Position);
        foreach (var j in part.Journal)
        {
            html.Append("<tr><td>").Append(E(Stamp(j.At))).Append("</td><td>").Append(positions.TryGetValue(j.QuestionId, out var p) ? p.ToString(CultureInfo.InvariantCulture) : string.Empty)
                .Append("</td><td>").Append(E(j.Event)).Append(j.ToState is not null && j.ToState != j.FromState ? E($" → {j.ToState}") : string.Empty)
                .Append("</td><td>").Append(E(j.By)).Append("</td><td>").Append(E(j.Note)).Append(j.Rule.Length > 0 ? $"<br><em>{E(j.Rule)}</em>" : string.Empty).Append("</td></tr>");
        }

        html.Append("</table>");
    }

    /// <summary>
    /// Both ways, in the order things happened — by the day a letter arrived or an email went out where the authority
    /// is, then by when it was recorded (as the request's page orders them) — then every received message's text.
    /// </summary>
    private static void Correspondence(StringBuilder html, TimelinePart part)
    {
        var zone = LocalDays.Zone(part.Questions.Select(q => q.Zone).FirstOrDefault(z => z is not null));
        var rows = new List<(DateOnly Day, DateTime At, string Html)>();
        foreach (var m in part.Sent)
        {
            var at = m.SentAt ?? m.CreatedAt;
            rows.Add((LocalDays.Containing(at, zone), at, new StringBuilder("<tr><td>").Append(E(Stamp(at))).Append("</td><td>sent (").Append(E(m.Status.ToLowerInvariant())).Append(")</td><td>")
                .Append(E($"to {m.RecipientName} <{m.RecipientAddress}>")).Append("</td><td>").Append(E(m.Subject ?? m.Template)).Append("<br>")
                .Append(E(m.ServerReply is null ? string.Empty : $"Server: {m.ServerReply}")).Append("</td><td>")
                .Append(m.HasMime ? $"<code>{E(m.Path(part.Folder))}</code>" : "not composed").Append("</td></tr>").ToString()));
        }

        var received = part.Received.Select(m => (Day: m.ReceivedOn ?? LocalDays.Containing(m.ReceivedAt, zone), Mail: m)).OrderBy(r => r.Day).ThenBy(r => r.Mail.ReceivedAt).ToList();
        foreach (var (day, m) in received)
        {
            var row = new StringBuilder("<tr><td>").Append(E(Stamp(m.ReceivedAt))).Append("</td><td>").Append(E(Way(m, day))).Append("</td><td>").Append(E($"from {m.Sender}"))
                .Append("</td><td>").Append(E(m.Subject)).Append("</td><td><code>")
                .Append(E(m.Channel == RequestTracker.Replies.ReplyChannel.Email ? m.Path(part.Folder) : m.TypedPath(part.Folder))).Append("</code>");
            foreach (var a in m.Attachments)
            {
                row.Append("<br><code>").Append(E(a.Path(part.Folder, m.Id))).Append("</code> (").Append(E(a.OriginalName)).Append(')');
            }

            rows.Add((day, m.ReceivedAt, row.Append("</td></tr>").ToString()));
        }

        html.Append("<h3>Correspondence</h3><p>In the order things happened: by the day each letter arrived or each email went out (")
            .Append(E(zone.Id)).Append("), then by when it was recorded; the times are when each was sent, read in or typed in.</p>")
            .Append("<table><tr><th>When (UTC)</th><th>Way</th><th>Who</th><th>Subject</th><th>File</th></tr>");
        foreach (var row in rows.OrderBy(r => r.Day).ThenBy(r => r.At))
        {
            html.Append(row.Html);
        }

        html.Append("</table>");
        if (received.Count == 0)
        {
            return;
        }

        html.Append("<h3>What was received, in full</h3>");
        foreach (var (day, m) in received)
        {
            html.Append("<p><strong>").Append(E($"From {m.Sender}")).Append("</strong>, ").Append(E(Way(m, day))).Append(": ").Append(E(m.Subject)).Append("</p>")
                .Append("<pre style=\"white-space:pre-wrap\">").Append(E(m.Text)).Append("</pre>");
        }
    }

    /// <summary>How a message came and its dates: "received by post, letter of 2026-11-27, received on 2026-11-28".</summary>
    private static string Way(ReceivedMail m, DateOnly day)
    {
        var channel = m.Channel.ToString().ToLowerInvariant();
        return m.LetterDate is { } dated
            ? $"received by {channel}, letter of {Iso(dated)}, received on {Iso(day)}"
            : $"received by {channel} on {Iso(day)}";
    }

    /// <summary>
    /// A typed-in letter as a file of its own: a header of what was recorded about it (how it came, from whom, its
    /// dates, who typed it in and when, its subject), a blank line, then its text.
    /// </summary>
    public static string TypedIn(ReceivedMail m)
    {
        var text = new StringBuilder()
            .Append("Channel: ").Append(m.Channel.ToString().ToLowerInvariant()).Append('\n')
            .Append("From: ").Append(m.Sender).Append('\n')
            .Append("Letter date: ").Append(m.LetterDate is { } dated ? Iso(dated) : "not given").Append('\n')
            .Append("Received on: ").Append(m.ReceivedOn is { } on ? Iso(on) : "not given").Append('\n')
            .Append("Recorded by: ").Append(m.RecordedBy ?? "unknown").Append('\n')
            .Append("Recorded at: ").Append(Stamp(m.ReceivedAt)).Append(" UTC\n")
            .Append("Subject: ").Append(m.Subject).Append("\n\n")
            .Append(m.Text);
        return m.Text.EndsWith('\n') ? text.ToString() : text.Append('\n').ToString();
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A ladder step's status in words: "notNeeded" → "not needed".</summary>
    private static string Words(string status) => string.Concat(status.Select(c => char.IsUpper(c) ? $" {char.ToLowerInvariant(c)}" : c.ToString()));

    private static string Stamp(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
