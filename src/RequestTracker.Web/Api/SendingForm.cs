using RequestTracker.Correspondence;
using RequestTracker.Handling;

namespace RequestTracker.Web.Api;

/// <summary>The form of a request sent outside the app, read alike for the API and the page: its fields, each sent once, and its one proof.</summary>
internal static class SendingForm
{
    /// <summary>One proof at the attachment limit, with room for the fields.</summary>
    public const long MaxRequestBytes = (10L * 1024 * 1024) + (1024 * 1024);

    /// <summary>The fields under the API's names (<paramref name="prefix"/> empty) or the page's (<c>Form.SentOn</c>); errors keyed by the API's.</summary>
    public static RecordSendingInput Input(IFormCollection form, string prefix, ValidationErrors errors)
    {
        string? One(string field) =>
            FormBody.One(form, prefix.Length == 0 ? field : prefix + char.ToUpperInvariant(field[0]) + field[1..], field, errors);
        return new RecordSendingInput(One("channel"), One("sentOn"), One("receivedOn"));
    }

    /// <summary>The file sent as <c>proof</c>, if any (a second one is an error on the field, as a repeated field is).</summary>
    public static ReplyFile? Proof(IFormCollection form, ValidationErrors errors)
    {
        var files = ReplyFiles.From(form.Files);
        if (files.Count > 1)
        {
            errors.Add("proof", $"Attach one proof of sending ({files.Count} files were sent).");
        }

        return files.Count == 1 ? files[0] : null;
    }
}
