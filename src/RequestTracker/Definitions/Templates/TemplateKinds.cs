namespace RequestTracker.Definitions.Templates;

/// <summary>
/// What kind of email each shipped template writes, in English words: the one place the journal's notes and the pages
/// (through their vocabulary) name an email by, never by its file name. A template a deployment added keeps its name.
/// </summary>
internal static class TemplateKinds
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["request"] = "Request letter",
        ["request-transferred"] = "Letter to the body a request was passed on to",
        ["reminder"] = "Reminder",
        ["acknowledgement-reminder"] = "Reminder to confirm receipt",
        ["withdrawal"] = "Withdrawal of the request",
        ["follow-up"] = "Follow-up letter",
        ["clarification-answer"] = "Answer to a request for clarification",
        ["appeal"] = "Appeal",
        ["confirmatory-application"] = "Confirmatory application",
        ["court-claim"] = "Court claim",
        ["escalation-complaint"] = "Complaint to a higher body",
        ["internal-review"] = "Request for internal review",
        ["oversight-complaint"] = "Complaint to an oversight body",
        ["public-statement"] = "Public statement",
        ["advocate-warning"] = "Warning to the advocate",
        ["review-waiting"] = "Note: a letter waits for review",
        ["needs-contact"] = "Note: a letter waits for an address",
        ["filing-due"] = "Note: a document to file",
        ["reply-received"] = "Note: a reply came",
        ["deadline-moved"] = "Note: a deadline moved",
        ["deadline-earlier"] = "Note: a deadline moved earlier",
        ["manager-digest"] = "Managers' digest",
        ["password-reset"] = "Password reset",
    };

    public static string English(string template) => Names.GetValueOrDefault(template, template);
}
