using RequestTracker.Definitions.Laws;

namespace RequestTracker.Authorities;

/// <summary>One contact a law's ladder needs of an authority: for which step, whether it is emailed, and whether the authority has it.</summary>
internal sealed record ContactNeed(EscalationContactKind Kind, string Step, bool Emailed, bool Present);

/// <summary>
/// Which escalation contacts an authority's law's ladder will write to, so the form can say what is missing before a
/// step reaches it: a letter to a body needs its email address; a filing needs only the court's name.
/// </summary>
internal static class LadderNeeds
{
    public static IReadOnlyList<ContactNeed> Of(LawDefinition law, IReadOnlyList<(EscalationContactKind Kind, string Email)> contacts) =>
        law.Ladder
            .Where(s => s.Kind != StepKind.Note)
            .Select(s => (Step: s, Kind: s.To.Contact))
            .Where(s => s.Kind is not null)
            .Select(s => new ContactNeed(s.Kind!.Value, s.Step.Name, s.Step.Kind == StepKind.Letter,
                contacts.Any(c => c.Kind == s.Kind && (s.Step.Kind != StepKind.Letter || c.Email.Length > 0))))
            .ToList();
}
