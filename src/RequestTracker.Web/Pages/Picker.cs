using System.Globalization;
using RequestTracker.Authorities;

namespace RequestTracker.Web.Pages;

/// <summary>A filter's drop-down (<c>_Picker.cshtml</c>): choices by name, "Any" first, the current one selected.</summary>
internal sealed record Picker(string Id, string Name, string Label, IReadOnlyList<(string Value, string Label)> Choices, string? Selected)
{
    /// <summary>Every authority by name, the value its id: what the lists filter on.</summary>
    public static async Task<IReadOnlyList<(string Value, string Label)>> Authorities(ReadAuthorities authorities, CancellationToken ct) =>
        (await authorities.List(ct)).OrderBy(a => a.Name, StringComparer.CurrentCulture)
            .Select(a => (a.Id.ToString(CultureInfo.InvariantCulture), a.Name)).ToList();
}
