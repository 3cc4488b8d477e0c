using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Handling;

namespace RequestTracker.Users;

/// <summary>What a person says about themselves: the name and address letters carry, and the language they read.</summary>
internal sealed record ProfileInput(string? DisplayName, string? PostalAddress, string? Phone, string? Language);

internal sealed record ProfileResponse(string Email, string DisplayName, string PostalAddress, string Phone, string Language);

/// <summary>Reads and changes the signed-in person's own profile.</summary>
internal sealed class Profile(AppDbContext db)
{
    /// <summary>The languages the pages and the product's own emails are written in.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "ru"];

    public async Task<ProfileResponse?> Get(CurrentUser user, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.Id == user.Id)
            .Select(u => new ProfileResponse(u.Email ?? string.Empty, u.DisplayName, u.PostalAddress, u.Phone, u.Language))
            .FirstOrDefaultAsync(ct);

    public async Task<Outcome<ProfileResponse>> Update(CurrentUser user, ProfileInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var name = errors.RequiredLine("displayName", input.DisplayName, Lengths.Name);
        var address = errors.OptionalText("postalAddress", input.PostalAddress, Lengths.Address);
        var phone = errors.OptionalText("phone", input.Phone, Lengths.Phone);
        if (phone.Any(char.IsControl))
        {
            errors.Add("phone", $"The field phone must be one line, without line breaks or control characters.");
        }

        // Empty: the pages follow the browser's Accept-Language, and the emails are in English.
        var language = string.IsNullOrWhiteSpace(input.Language) ? string.Empty : input.Language.Trim();
        if (language.Length > 0 && !Languages.Contains(language))
        {
            errors.Add("language", $"The pages are written in {string.Join(" and ", Languages)}; choose one of them.");
        }

        var person = await db.Users.FirstOrDefaultAsync(u => u.Id == user.Id, ct);
        if (person is null)
        {
            return Outcome<ProfileResponse>.NotFound();
        }

        if (!errors.IsEmpty)
        {
            return Outcome<ProfileResponse>.Invalid(errors);
        }

        (person.DisplayName, person.PostalAddress, person.Phone, person.Language) = (name!, address, phone, language);
        await db.SaveChangesAsync(ct);
        return Outcome<ProfileResponse>.Ok(new ProfileResponse(person.Email ?? string.Empty, person.DisplayName, person.PostalAddress, person.Phone, person.Language));
    }

    /// <summary>The pages' language only (the language switch); false for a language the pages are not written in.</summary>
    public async Task<bool> SetLanguage(CurrentUser user, string language, CancellationToken ct)
    {
        if (!Languages.Contains(language))
        {
            return false;
        }

        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(p => p.Language, language), ct);
        return true;
    }
}
