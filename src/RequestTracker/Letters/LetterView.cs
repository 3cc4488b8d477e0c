using RequestTracker.Runtime;

namespace RequestTracker.Letters;

/// <summary>
/// A letter waiting for the advocate, or decided: what it is, to whom it goes (or whose contact is missing), its text
/// as drafted and as it stands, and the questions it concerns.
/// </summary>
internal sealed record LetterView(
    long Id,
    int RequestId,
    string Purpose,
    string Kind,
    string Status,
    string? StepName,
    string Language,
    string RecipientName,
    string? RecipientAddress,
    string? MissingContact,
    string Subject,
    string Text,
    string DraftSubject,
    string DraftText,
    DateTime CreatedAt,
    DateTime? DecidedAt,
    DateOnly? FiledOn,
    int Version)
{
    public bool Open => Status is nameof(LetterStatus.Draft) or nameof(LetterStatus.NeedsContact);

    public bool Edited => Subject != DraftSubject || Text != DraftText;
}
