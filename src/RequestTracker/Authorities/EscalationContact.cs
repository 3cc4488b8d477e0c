using RequestTracker.Definitions.Laws;
namespace RequestTracker.Authorities;

/// <summary>Owned by its authority; ordered by <see cref="Position"/> (the escalation order).</summary>
internal sealed class EscalationContact
{
    public int Position { get; set; }

    public EscalationContactKind Kind { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;
}
