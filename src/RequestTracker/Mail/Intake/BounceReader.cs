using MimeKit;

namespace RequestTracker.Mail.Intake;

/// <summary>What a delivery status notification says about one of our emails.</summary>
internal sealed record Bounce(string? OriginalMessageId, string Diagnosis);

/// <summary>
/// Recognises delivery status notifications (RFC 3464: multipart/report; report-type=delivery-status)
/// whose action is "failed", and finds the Message-Id of the email they report on in the returned headers.
/// Delayed-delivery notices are not failures and are left to be read as ordinary mail.
/// </summary>
internal static class BounceReader
{
    public static Bounce? Read(MimeMessage message)
    {
        var report = message.BodyParts.OfType<MessageDeliveryStatus>().FirstOrDefault();
        if (report is null && !(message.Body is MultipartReport { ReportType: { } type } && type.Equals("delivery-status", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var recipients = report?.StatusGroups.Skip(1).ToList() ?? [];
        if (recipients.Count > 0 && !recipients.Any(g => string.Equals(g["Action"]?.Trim(), "failed", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var diagnosis = string.Join("; ", recipients.Select(g => $"{g["Final-Recipient"]?.Trim()}: {g["Status"]?.Trim()} {g["Diagnostic-Code"]?.Trim()}".Trim()));
        return new Bounce(OriginalMessageId(message), diagnosis.Length > 0 ? diagnosis : "Delivery failed (no details in the report).");
    }

    private static string? OriginalMessageId(MimeMessage message)
    {
        foreach (var part in message.BodyParts)
        {
            switch (part)
            {
                case MessagePart { Message: { } original }:
                    return original.MessageId;
                case TextRfc822Headers headers:
                    return headers.Message?.MessageId;
                case MimePart { Content: { } content } text when text.ContentType.IsMimeType("text", "rfc822-headers"):
                    using (var stream = new MemoryStream())
                    {
                        content.DecodeTo(stream);
                        stream.Position = 0;
                        return HeaderList.Load(stream)[HeaderId.MessageId]?.Trim().Trim('<', '>');
                    }
            }
        }

        return null;
    }
}
