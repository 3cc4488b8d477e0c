using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Runtime;

internal sealed record SkippedDayRecord(string Date, string Reason, bool Holiday);

/// <summary>How a deadline was computed, as stored with the question and returned by the API.</summary>
internal sealed record ComputationRecord(
    DateTime Start,
    string Rule,
    string Calendar,
    string TimeZone,
    bool ReceivedAfterHours,
    bool RolledForward,
    IReadOnlyList<SkippedDayRecord> Skipped,
    DateTime Due,
    string? DueDate,
    string Explanation)
{
    /// <summary>The last day before it rolled to a working day; null when it did not roll.</summary>
    public string? RawDueDate { get; init; }

    /// <summary>Counted over a year its calendar is not confirmed for: the date may still change.</summary>
    public bool Provisional { get; init; }

    /// <summary>The deadline this one was counted from (registration, the deadline an extension extends); null when from a fact.</summary>
    public ComputationRecord? Basis { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ComputationRecord From(DeadlineComputation c) =>
        new(
            c.Start.ToDateTimeUtc(),
            c.Span.ToString(),
            c.CalendarId,
            c.Zone,
            c.ReceivedAfterHours,
            c.RolledForward,
            c.Skipped.Select(s => new SkippedDayRecord(LocalDatePattern.Iso.Format(s.Date), s.Reason, s.Holiday)).ToList(),
            c.Due.ToDateTimeUtc(),
            c.DueDate is { } d ? LocalDatePattern.Iso.Format(d) : null,
            c.Explain())
        {
            RawDueDate = c.RawDueDate is { } raw ? LocalDatePattern.Iso.Format(raw) : null,
            Provisional = c.Provisional,
            Basis = c.Basis is { } basis ? From(basis) : null,
        };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ComputationRecord? FromJson(string json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<ComputationRecord>(json, Json);

    /// <summary>The computation again, from what was stored: for an explanation in another language than the stored one.</summary>
    public DeadlineComputation ToComputation() =>
        new(
            StartInstant(),
            Span(),
            Calendar,
            TimeZone,
            ReceivedAfterHours,
            RolledForward,
            [.. Skipped.Select(d => new SkippedDay(LocalDatePattern.Iso.Parse(d.Date).Value, d.Reason, d.Holiday))],
            Instant.FromDateTimeUtc(DateTime.SpecifyKind(Due, DateTimeKind.Utc)),
            DueDate is { } day ? LocalDatePattern.Iso.Parse(day).Value : null)
        {
            RawDueDate = RawDueDate is { } raw ? LocalDatePattern.Iso.Parse(raw).Value : null,
            Provisional = Provisional,
            Basis = Basis?.ToComputation(),
        };

    public Instant StartInstant() => Instant.FromDateTimeUtc(DateTime.SpecifyKind(Start, DateTimeKind.Utc));

    public LegalSpan Span() => LegalSpan.TryParse(Rule, out var span) ? span : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Bad stored rule '{Rule}'."));
}
