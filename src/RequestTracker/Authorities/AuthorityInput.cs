using NodaTime;
using RequestTracker.Data;
using RequestTracker.Definitions.Laws;
using RequestTracker.Handling;

namespace RequestTracker.Authorities;

internal sealed record EscalationContactInput(EscalationContactKind? Kind, string? Name, string? Email);

/// <summary>The body of create and update; every field is checked here, for the API and the pages alike.</summary>
internal sealed record AuthorityInput(
    string? Name,
    string? Jurisdiction,
    string? ContactEmail,
    string? TimeZone,
    string? LawId,
    IReadOnlyList<EscalationContactInput>? EscalationContacts)
{
    public AuthorityFields? Validate(ValidationErrors errors, IReadOnlyCollection<string> lawIds)
    {
        var name = errors.RequiredLine("name", Name, Lengths.Name);
        var jurisdiction = errors.RequiredLine("jurisdiction", Jurisdiction, Lengths.Jurisdiction);
        var email = errors.RequiredEmail("contactEmail", ContactEmail);
        var zone = errors.RequiredLine("timeZone", TimeZone, Lengths.TimeZone);
        if (zone is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
        {
            errors.Add("timeZone", $"'{zone}' is not an IANA time zone such as Europe/Moscow.");
        }

        var law = errors.RequiredLine("lawId", LawId, Lengths.DefinitionId);
        if (law is not null && !lawIds.Contains(law))
        {
            errors.Add("lawId", $"'{law}' is not a known law; one of: {string.Join(", ", lawIds.Order(StringComparer.Ordinal))}.");
        }

        var contacts = ValidateContacts(errors);
        return errors.IsEmpty ? new AuthorityFields(name!, jurisdiction!, email!, zone!, law!, contacts) : null;
    }

    private List<EscalationContact> ValidateContacts(ValidationErrors errors)
    {
        var inputs = EscalationContacts ?? [];
        if (inputs.Count > Authority.MaxEscalationContacts)
        {
            errors.Add("escalationContacts", $"At most {Authority.MaxEscalationContacts} escalation contacts are allowed.");
            return [];
        }

        var contacts = new List<EscalationContact>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var prefix = $"escalationContacts[{i}]";
            if (input is null)
            {
                errors.Add(prefix, "An escalation contact cannot be null.");
                continue;
            }

            var kind = errors.Required($"{prefix}.kind", input.Kind);
            var name = errors.RequiredLine($"{prefix}.name", input.Name, Lengths.Name);
            var email = errors.RequiredEmail($"{prefix}.email", input.Email);
            if (kind is not null && name is not null && email is not null)
            {
                contacts.Add(new EscalationContact { Position = i, Kind = kind.Value, Name = name, Email = email });
            }
        }

        return contacts;
    }
}
