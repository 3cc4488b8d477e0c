using MimeKit;

namespace RequestTracker.Mail.Delivery;

/// <summary>
/// The embedded default: each message becomes NAME.eml in a folder (named after its Message-Id, so a
/// resend after a crash overwrites the same file instead of adding a second one). Written to a temporary
/// name and moved, so a reader never sees half a file.
/// </summary>
internal sealed class PickupFolderTransport(string folder) : IMailTransport
{
    public async Task<DeliveryOutcome> Send(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var name = string.Concat((message.MessageId ?? Guid.NewGuid().ToString("N")).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_')) + ".eml";
        var path = Path.Combine(folder, name);
        var temporary = path + ".tmp";
        await using (var file = File.Create(temporary))
        {
            await message.WriteToAsync(file, ct);
        }

        File.Move(temporary, path, overwrite: true);
        return new DeliveryOutcome(DeliveryResult.Accepted, $"Written to the pickup folder as {name}");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
