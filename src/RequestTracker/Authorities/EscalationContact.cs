using RequestTracker.Definitions.Laws;
namespace RequestTracker.Authorities;

/// <summary>Owned by its authority; ordered by <see cref="Position"/> (the escalation order).</summary>
internal sealed class EscalationContact
{
    public int Position { get; set; }

    public EscalationContactKind Kind { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    /// <summary>How a letter's first line addresses it in the authority's language ("Министру иностранных дел Российской Федерации"); empty: its name.</summary>
    public string Addressee { get; set; } = string.Empty;
}
