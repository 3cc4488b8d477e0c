using Microsoft.AspNetCore.Mvc.ModelBinding;
using RequestTracker.Handling;

namespace RequestTracker.Web.Pages;

/// <summary>Puts a handler's field errors into ModelState, so each shows next to its input (named as in the form).</summary>
internal static class FormErrors
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
                modelState.AddModelError(key, message);
            }
        }
    }

    /// <summary>"questions[1].text" → "Questions[1].Text": API field names to form property paths.</summary>
    private static string Pascal(string field) =>
        string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
}
