using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;
using RequestTracker.Handling;
using RequestTracker.Web.Localization;

namespace RequestTracker.Web.Pages;

/// <summary>
/// Puts a handler's field errors into ModelState, so each shows next to its input (named as in the form), in the
/// page's language: the handlers write English (the API gives it as it is), and a page translates each message by its
/// format from Resources/Messages.ru.resx (<see cref="MessageTranslations"/>). A message with no translation shows in
/// English. Static, like <see cref="Words"/>, so page models call it as before; the localizer reads the request's culture.
/// </summary>
internal static partial class FormErrors
{
    private static IStringLocalizer? _messages;
    private static readonly ConcurrentDictionary<string, MessageTranslations> Translations = new(StringComparer.Ordinal);

    public static void Use(IStringLocalizerFactory factory)
    {
        _messages = factory.Create("Messages", typeof(FormErrors).Assembly.GetName().Name!);
        Translations.Clear();
    }

    public static void Copy<T>(Outcome<T> outcome, ModelStateDictionary modelState, string prefix)
    {
        if (outcome.Kind != OutcomeKind.Invalid)
        {
            modelState.AddModelError(prefix, Detail(outcome) ?? Text("The change was refused."));
            return;
        }

        foreach (var (field, messages) in outcome.Messages)
        {
            var key = string.IsNullOrEmpty(prefix) ? Pascal(field) : $"{prefix}.{Pascal(field)}";
            foreach (var message in messages)
            {
                modelState.AddModelError(key, Text(field, message));
            }
        }
    }

    /// <summary>One field's message as a form shows it beside the field: translated, or in the form's English words.</summary>
    public static string Text(string field, FormattableString message) =>
        Current().Format(message, CultureInfo.CurrentCulture) ?? InFormWords(field, FormattableString.Invariant(message));

    /// <summary>
    /// A failure's detail in the page's language (a conflict, a refusal by the law), or every field message in one
    /// line when it has none; null when there is neither. For a notice or a message above a form.
    /// </summary>
    public static string? Detail<T>(Outcome<T> outcome)
    {
        if (outcome.Kind == OutcomeKind.Unprocessable && outcome.Messages.Count > 0)
        {
            return Sentences(outcome);
        }

        return outcome.Detail is { } detail ? Text(detail) : outcome.Messages.Count > 0 ? Sentences(outcome) : null;
    }

    /// <summary>Every field message of an outcome in one line, in the page's language (a notice: no field to show them by).</summary>
    public static string Sentences<T>(Outcome<T> outcome) =>
        string.Join(" ", outcome.Messages.SelectMany(e => e.Value).Select(m => Current().Format(m, CultureInfo.CurrentCulture) ?? FormattableString.Invariant(m)));

    /// <summary>An English sentence from outside the handlers' messages (a refusal, a detail) in the page's language when it is a known one.</summary>
    public static string Text(string english) => Current().Sentence(english, CultureInfo.CurrentCulture) ?? english;

    /// <summary>ASP.NET Core's own model-binding messages ("The value '' is invalid.") in the page's language; the English stays its own.</summary>
    public static void Localize(DefaultModelBindingMessageProvider provider)
    {
        provider.SetMissingBindRequiredValueAccessor(name => Binding($"A value for the '{name}' parameter or property was not provided."));
        provider.SetMissingKeyOrValueAccessor(() => Text("A value is required."));
        provider.SetMissingRequestBodyRequiredValueAccessor(() => Text("A non-empty request body is required."));
        provider.SetValueMustNotBeNullAccessor(value => Binding($"The value '{value}' is invalid."));
        provider.SetAttemptedValueIsInvalidAccessor((value, name) => Binding($"The value '{value}' is not valid for {name}."));
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => Binding($"The value '{value}' is not valid."));
        provider.SetUnknownValueIsInvalidAccessor(name => Binding($"The supplied value is invalid for {name}."));
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => Text("The supplied value is invalid."));
        provider.SetValueIsInvalidAccessor(value => Binding($"The value '{value}' is invalid."));
        provider.SetValueMustBeANumberAccessor(name => Binding($"The field {name} must be a number."));
        provider.SetNonPropertyValueMustBeANumberAccessor(() => Text("The field must be a number."));
    }

    private static string Binding(FormattableString message) =>
        Current().Format(message, CultureInfo.CurrentCulture) ?? FormattableString.Invariant(message);

    /// <summary>
    /// The translations of the page's language, read once per language through the localizer. Under the pseudo-culture
    /// every Russian key comes out pseudo-localized, so a message without a translation stays plain ASCII there.
    /// </summary>
    private static MessageTranslations Current()
    {
        var culture = CultureInfo.CurrentUICulture;
        if (_messages is null || culture.TwoLetterISOLanguageName == "en" || culture.Name.Length == 0)
        {
            return MessageTranslations.None;
        }

        return Translations.GetOrAdd(culture.Name, _ => Read(culture));
    }

    private static MessageTranslations Read(CultureInfo culture)
    {
        var pseudo = culture.Name == UiCultures.Pseudo;
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = pseudo ? CultureInfo.GetCultureInfo("ru") : culture;
            var entries = _messages!.GetAllStrings(includeParentCultures: true).ToList();
            CultureInfo.CurrentUICulture = culture;
            return new MessageTranslations(entries.ToDictionary(e => e.Name, e => pseudo ? _messages[e.Name].Value : e.Value, StringComparer.Ordinal), Localization.Words.Known);
        }
        catch (System.Resources.MissingManifestResourceException)
        {
            return MessageTranslations.None;
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
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
