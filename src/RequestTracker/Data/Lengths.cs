namespace RequestTracker.Data;

/// <summary>
/// Every string column's length, in one place: the entity configurations, input validation and the
/// clipping of machine-written text all read these, so a value the app accepts always fits its column
/// (SQLite does not enforce lengths; PostgreSQL and SQL Server do).
/// </summary>
internal static class Lengths
{
    // Identifiers of definitions and their vocabulary (YAML ids, states, triggers, content hashes).
    public const int DefinitionId = 64;
    public const int Hash = 64;
    public const int State = 64;
    public const int Category = 16;
    public const int Trigger = 32;
    public const int Kind = 32;
    public const int Status = 16;

    /// <summary>An authority's tally: an outcome trigger and its timeliness ("partially-answered:on-time").</summary>
    public const int Tally = Trigger + 10;

    // People and authorities.
    public const int Name = 200;
    public const int Email = 254;
    public const int UserId = 450;
    public const int Jurisdiction = 100;
    public const int TimeZone = 64;
    public const int Password = 256;
    public const int Address = 500;
    public const int Phone = 40;

    /// <summary>An ISO 639-1 language code ("ru"); room for a region ("pt-BR") if one is ever needed.</summary>
    public const int Language = 8;

    // Requests and questions.
    public const int Title = 200;
    public const int Body = 20_000;
    public const int LegalBasis = 1_000;
    public const int QuestionText = 4_000;
    public const int DocumentReference = 500;
    public const int Exemption = 1_000;
    public const int ActionNote = 2_000;
    public const int Computation = 8_000;

    // The journal.
    public const int JournalNote = 4_000;
    public const int JournalRule = 2_000;
    public const int Actor = UserId;

    /// <summary>A lease token: the worker's name (host name clipped, see LeaseOwner) and a claim id.</summary>
    public const int LeaseOwner = 200;

    // Mail.
    public const int Template = 64;
    public const int DedupKey = 200;
    public const int MessageId = 250;
    public const int Subject = 500;
    public const int Covers = 400;
    public const int ServerReply = 1_000;
    public const int Recipients = 1_000;
    public const int Folder = 200;
    public const int MailNotes = 2_000;
    public const int StoredName = 100;
    public const int FileName = 255;
    public const int ContentType = 200;
    public const int SecretName = 64;
    public const int SecretValue = 200;
    public const int DefinitionFile = 400;
}
