namespace RequestTracker.Definitions.Laws;

/// <summary>Who a question escalates to once the authority itself stays silent or refuses.</summary>
internal enum EscalationContactKind
{
    HigherBody,
    OversightBody,
    Ombudsman,
    Court,
    Other,
}
