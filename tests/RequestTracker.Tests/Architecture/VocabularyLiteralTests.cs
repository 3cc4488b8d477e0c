using System.Reflection;
using System.Text.RegularExpressions;
using RequestTracker.Definitions;

namespace RequestTracker.Tests.Architecture;

/// <summary>
/// The workflow's words — triggers, categories, timer instants, recipients, a request's progress, a question's
/// timeliness — are written once, in Definitions/Vocabulary/; everywhere else names them by their member or constant. A
/// string literal with one of their values is a second spelling that drifts (a switch on "partially answered" once
/// never matched "partially-answered"). Words shown to people (localizer keys) and a few literals that only share
/// the spelling (listed below, each with why) are not the vocabulary.
/// </summary>
public sealed partial class VocabularyLiteralTests
{
    /// <summary>(file name, literal): the same letters, another meaning.</summary>
    private static readonly HashSet<(string File, string Literal)> SameSpellingOtherMeaning =
    [
        ("Index.cshtml", "withdrawn"),        // Search: the request-status filter (RequestStatus), not the trigger
        ("Index.cshtml", "draft"),            // Search: the same filter
        ("Index.cshtml.cs", "overdue"),       // Questions: the query parameters' names
        ("Index.cshtml.cs", "dueSoon"),
        ("Index.cshtml.cs", "authority"),     // Search: the picker's element id
        ("ListQuestions.cs", "overdue"),      // the filter fields' names in validation messages
        ("ListQuestions.cs", "dueSoon"),
        ("QuestionView.cs", "notStarted"),    // the deadline's own status (not started, running, stopped), another list
        ("PostgresSearch.cs", "authority"),   // a SQL parameter's name
        ("MailModel.cs", "refused"),          // a template's sample outcome text, in words
    ];

    [Fact]
    public void No_word_of_the_vocabulary_is_spelt_out_outside_its_folder()
    {
        var words = Words();
        var problems = new List<string>();
        foreach (var file in SourceFiles())
        {
            var razor = file.EndsWith(".cshtml", StringComparison.Ordinal);
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = Code(lines[i]);
                foreach (Match m in Literal().Matches(code))
                {
                    var value = m.Groups[1].Value;
                    var before = code[..m.Index];
                    if (!words.Contains(value)
                        || (razor && before.EndsWith('='))                   // an HTML attribute's value (data-testid="answered")
                        || ShownToPeople().IsMatch(before)
                        || SameSpellingOtherMeaning.Contains((Path.GetFileName(file), value)))
                    {
                        continue;
                    }

                    problems.Add($"{Path.GetRelativePath(Root, file)}:{i + 1}: \"{value}\"");
                }
            }
        }

        Assert.True(problems.Count == 0, "Name these by their member or constant in Definitions/Vocabulary/:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_check_finds_a_literal_put_back()
    {
        // The scanner itself, on a line as the old Display.Trigger had it.
        var code = Code("        \"partially-answered\" => Words.T(\"Partially answered\"), // a comment with \"refused\"");
        var found = Literal().Matches(code).Select(m => m.Groups[1].Value).Where(Words().Contains).ToList();
        Assert.Equal(["partially-answered"], found);
    }

    private static string Root => Path.GetDirectoryName(ShippedDefinitions.Folder)!;

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin" || part.StartsWith("RequestTracker.Migrations", StringComparison.Ordinal)))
            .Where(f => !f.Contains(Path.Combine("Definitions", "Vocabulary") + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    /// <summary>Every constant's value in the vocabulary's classes.</summary>
    private static HashSet<string> Words() =>
        new[] { typeof(Triggers), typeof(Categories), typeof(Instants), typeof(Recipient), typeof(Progress), typeof(Timeliness) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(v => !v.EndsWith(':'))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The line without its comment: doc comments and Razor comments whole, a trailing // after code.</summary>
    private static string Code(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("@*", StringComparison.Ordinal) || trimmed.StartsWith('*'))
        {
            return string.Empty;
        }

        var comment = line.IndexOf(" // ", StringComparison.Ordinal);
        return comment < 0 ? line : line[..comment];
    }

    [GeneratedRegex("\"([a-zA-Z-]+)\"")]
    private static partial Regex Literal();

    /// <summary>A localizer's key or a counted word: text for people, translated, not the vocabulary.</summary>
    [GeneratedRegex(@"(\bL\[|\bL\.Plural\([^""]*,\s*|\bWords\.(T|Count)\([^""]*|\blocalizer\[)$")]
    private static partial Regex ShownToPeople();
}
