using RequestTracker.Authorities;
using RequestTracker.Definitions.Laws;
using RequestTracker.Handling;

namespace RequestTracker.Tests.Authorities;

public class AuthorityInputTests
{
    private static readonly Dictionary<string, IReadOnlyList<string>> LawIds = new() { ["ru-8-fz"] = ["ru"], ["uk-foia-2000"] = ["en"] };

    private static readonly AuthorityInput Valid = new(
        "Ministry of Foreign Affairs", "Russian Federation", "info@mid.example.org", "Europe/Moscow", "ru-8-fz",
        [new EscalationContactInput(EscalationContactKind.Court, "District Court", "court@example.org")]);

    [Fact]
    public void A_complete_authority_validates_with_its_contacts_in_order()
    {
        var errors = new ValidationErrors();

        var fields = Valid.Validate(errors, LawIds);

        Assert.True(errors.IsEmpty);
        Assert.NotNull(fields);
        var contact = Assert.Single(fields.EscalationContacts);
        Assert.Equal(0, contact.Position);
        Assert.Equal(EscalationContactKind.Court, contact.Kind);
    }

    [Fact]
    public void Each_bad_field_is_named()
    {
        var input = Valid with
        {
            Name = "",
            ContactEmail = "not-an-email",
            TimeZone = "Mars/Olympus_Mons",
            LawId = "no-such-law",
            EscalationContacts = [new EscalationContactInput(null, "x", "bad")],
        };
        var errors = new ValidationErrors();

        Assert.Null(input.Validate(errors, LawIds));

        Assert.Equal(
            ["contactEmail", "escalationContacts[0].email", "escalationContacts[0].kind", "lawId", "name", "timeZone"],
            errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Europe/Moscow")]
    [InlineData("Asia/Almaty")]
    [InlineData("America/New_York")]
    [InlineData("Europe/London")]
    public void Iana_time_zones_are_accepted(string zone)
    {
        var errors = new ValidationErrors();

        var fields = (Valid with { TimeZone = zone }).Validate(errors, LawIds);

        Assert.True(errors.IsEmpty);
        Assert.Equal(zone, fields!.TimeZone);
    }

    [Fact]
    public void More_than_the_maximum_escalation_contacts_is_an_error()
    {
        var contacts = Enumerable.Range(0, Authority.MaxEscalationContacts + 1)
            .Select(i => new EscalationContactInput(EscalationContactKind.Other, $"c{i}", $"c{i}@example.org"))
            .ToList();
        var errors = new ValidationErrors();

        Assert.Null((Valid with { EscalationContacts = contacts }).Validate(errors, LawIds));
        Assert.Contains("escalationContacts", errors.ToDictionary().Keys);
    }

    [Fact]
    public void Letters_go_in_the_law_s_first_language_unless_another_it_accepts_is_chosen()
    {
        var errors = new ValidationErrors();

        Assert.Equal("ru", Valid.Validate(errors, LawIds)!.Language);
        Assert.Null((Valid with { Language = "en" }).Validate(errors, LawIds));
        Assert.Contains("use one of: ru", Assert.Single(errors.ToDictionary()["language"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_court_needs_no_email_because_a_court_is_never_emailed()
    {
        var errors = new ValidationErrors();

        var fields = (Valid with { EscalationContacts = [new EscalationContactInput(EscalationContactKind.Court, "Meshchansky District Court of Moscow", null)] }).Validate(errors, LawIds);

        Assert.True(errors.IsEmpty, string.Join("; ", errors.ToDictionary().SelectMany(e => e.Value)));
        Assert.Equal(string.Empty, Assert.Single(fields!.EscalationContacts).Email);
        Assert.Null((Valid with { EscalationContacts = [new EscalationContactInput(EscalationContactKind.HigherBody, "Minister", null)] }).Validate(new ValidationErrors(), LawIds));
    }
}
