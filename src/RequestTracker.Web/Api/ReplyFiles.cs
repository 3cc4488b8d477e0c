using RequestTracker.Handling;
using RequestTracker.Correspondence;

namespace RequestTracker.Web.Api;

/// <summary>A recorded reply's form, read alike for the API and the page: its fields, each sent once, and its files, read only after the handler has checked their size.</summary>
internal static class ReplyFiles
{
    /// <summary>The fields under the API's names (<paramref name="prefix"/> empty) or the page's (<c>Form.Channel</c>); errors keyed by the API's.</summary>
    public static RecordReplyInput Input(IFormCollection form, string prefix, ValidationErrors errors)
    {
        string? One(string field) =>
            FormBody.One(form, prefix.Length == 0 ? field : prefix + char.ToUpperInvariant(field[0]) + field[1..], field, errors);
        return new RecordReplyInput(One("channel"), One("receivedOn"), One("fromName"), One("subject"), One("text"), One("key"), One("letterDate"));
    }

    /// <summary>Ten files at the attachment limit, with room for the form's fields.</summary>
    public const long MaxRequestBytes = (RecordReply.MaxFiles * 10L * 1024 * 1024) + (1024 * 1024);

    public static IReadOnlyList<ReplyFile> From(IFormFileCollection files) =>
        // A form whose file box was left empty still sends a part without a name.
        files.Where(f => !string.IsNullOrEmpty(f.FileName))
            .Select(f => new ReplyFile(f.FileName, f.Length, async ct =>
            {
                using var copy = new MemoryStream((int)f.Length);
                await f.CopyToAsync(copy, ct);
                return copy.ToArray();
            }))
            .ToList();
}
