using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using RequestTracker.Handling;

namespace RequestTracker.Web.Pages;

/// <summary>Puts a handler's field errors into ModelState, so each shows next to its input (named as in the form).</summary>
internal static partial class FormErrors
{
    public static void Copy<T>(Outcome<T> outcome, ModelStateDictionary modelState, string prefix)
    {
        if (outcome.Kind != OutcomeKind.Invalid)
        {
            modelState.AddModelError(prefix, outcome.Detail ?? "The change was refused.");
            return;
        }

        foreach (var (field, messages) in outcome.Errors)
        {
            var key = string.IsNullOrEmpty(prefix) ? Pascal(field) : $"{prefix}.{Pascal(field)}";
            foreach (var message in messages)
            {
                modelState.AddModelError(key, InFormWords(field, message));
            }
        }
    }

    /// <summary>
    /// "The field authorityId is required." → "The authority is required.": the API names its fields, a form
    /// speaks of what its labels show. Messages that do not start with the field's name pass unchanged.
    /// </summary>
    public static string InFormWords(string field, string message)
    {
        var prefix = $"The field {field} ";
        return message.StartsWith(prefix, StringComparison.Ordinal) ? $"{Words(field)} {message[prefix.Length..]}" : message;
    }

    private static string Words(string field)
    {
        var indexed = Indexed().Match(field);
        if (indexed.Success)
        {
            var position = int.Parse(indexed.Groups[2].Value, CultureInfo.InvariantCulture) + 1;
            var item = Spaced(indexed.Groups[1].Value).TrimEnd('s');
            return $"{char.ToUpperInvariant(item[0])}{item[1..]} {position}: {Spaced(indexed.Groups[3].Value)}";
        }

        return "The " + Spaced(field);
    }

    /// <summary>"legalBasis" → "legal basis", "authorityId" → "authority"; the letter's body is "the letter".</summary>
    private static string Spaced(string name) => name switch
    {
        "body" => "letter",
        "category" => "kind",
        _ => CamelHump().Replace(name.EndsWith("Id", StringComparison.Ordinal) ? name[..^2] : name, " $1").ToLowerInvariant(),
    };

    [GeneratedRegex(@"^(\w+)\[(\d+)\]\.(\w+)$")]
    private static partial Regex Indexed();

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex CamelHump();

    /// <summary>"questions[1].text" → "Questions[1].Text": API field names to form property paths.</summary>
    private static string Pascal(string field) =>
        string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
}
