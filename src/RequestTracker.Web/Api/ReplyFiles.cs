using RequestTracker.Mail.Correspondence;

namespace RequestTracker.Web.Api;

/// <summary>Uploaded files of a recorded reply, read only after the handler has checked their size.</summary>
internal static class ReplyFiles
{
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
