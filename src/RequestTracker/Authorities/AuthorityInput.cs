using NodaTime;
using RequestTracker.Data;
using RequestTracker.Definitions.Laws;
using RequestTracker.Handling;

namespace RequestTracker.Authorities;

internal sealed record EscalationContactInput(EscalationContactKind? Kind, string? Name, string? Email)
{
    /// <summary>How a letter addresses it in the authority's language; optional.</summary>
    public string? Addressee { get; init; }
}

/// <summary>The body of create and update; every field is checked here, for the API and the pages alike.</summary>
internal sealed record AuthorityInput(
    string? Name,
    string? Jurisdiction,
    string? ContactEmail,
    string? TimeZone,
    string? LawId,
    IReadOnlyList<EscalationContactInput>? EscalationContacts)
{
    /// <summary>The language letters to it are written in; absent: the first its law accepts that letters are written in.</summary>
    public string? Language { get; init; }

    public string? LetterName { get; init; }

    public string? Addressee { get; init; }

    public string? PostalAddress { get; init; }

    /// <summary>The fields checked; <paramref name="lawLanguages"/> holds each law's id and the languages its letters can be written in.</summary>
    public AuthorityFields? Validate(ValidationErrors errors, IReadOnlyDictionary<string, IReadOnlyList<string>> lawLanguages)
    {
        var lawIds = lawLanguages.Keys;
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
        var language = law is not null && lawLanguages.TryGetValue(law, out var languages) ? ChooseLanguage(errors, languages) : null;
        var letterName = errors.OptionalText("letterName", LetterName, Lengths.Name);
        var addressee = errors.OptionalText("addressee", Addressee, Lengths.Name);
        var postal = errors.OptionalText("postalAddress", PostalAddress, Lengths.Address);
        return errors.IsEmpty
            ? new AuthorityFields(name!, jurisdiction!, email!, zone!, law!, contacts) { Language = language!, LetterName = letterName, Addressee = addressee, PostalAddress = postal }
            : null;
    }

    /// <summary>
    /// A letter in a language the law does not accept may be lawfully left unanswered: only the law's languages that
    /// letters are written in may be chosen, and without a choice the first of them.
    /// </summary>
    private string? ChooseLanguage(ValidationErrors errors, IReadOnlyList<string> languages)
    {
        if (string.IsNullOrWhiteSpace(Language))
        {
            return languages.Count > 0 ? languages[0] : null;
        }

        if (!languages.Contains(Language.Trim()))
        {
            errors.Add("language", $"'{Language}' is not a language its law accepts that letters are written in; use one of: {string.Join(", ", languages)}.");
            return null;
        }

        return Language.Trim();
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
                errors.Add(prefix, $"An escalation contact cannot be null.");
                continue;
            }

            var kind = errors.Required($"{prefix}.kind", input.Kind);
            var name = errors.RequiredLine($"{prefix}.name", input.Name, Lengths.Name);
            // A court is never emailed (a claim is a document the advocate files), so its address is optional.
            var email = kind == EscalationContactKind.Court && string.IsNullOrWhiteSpace(input.Email) ? string.Empty : errors.RequiredEmail($"{prefix}.email", input.Email);
            var addressee = errors.OptionalText($"{prefix}.addressee", input.Addressee, Lengths.Name);
            if (kind is not null && name is not null && email is not null)
            {
                contacts.Add(new EscalationContact { Position = i, Kind = kind.Value, Name = name, Email = email, Addressee = addressee });
            }
        }

        return contacts;
    }
}
