using System.Net;

namespace RequestTracker.Definitions.Templates;

/// <summary>The HTML body of a letter whose text a person reviewed or wrote: that text, paragraph by paragraph, encoded.</summary>
internal static class LetterHtml
{
    public static string From(string text, string language)
    {
        var paragraphs = text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => $"<p>{string.Join("<br>", p.Split('\n').Select(WebUtility.HtmlEncode))}</p>");
        return $"""
            <!DOCTYPE html>
            <html lang="{WebUtility.HtmlEncode(language)}">
            <head><meta charset="utf-8"></head>
            <body style="font-family: sans-serif; line-height: 1.4">
            {string.Join("\n", paragraphs)}
            </body>
            </html>
            """;
    }
}
