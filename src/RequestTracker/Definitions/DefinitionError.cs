using System.Globalization;

namespace RequestTracker.Definitions;

/// <summary>One problem in a definition file, located so an editor can jump to it.</summary>
internal sealed record DefinitionError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";

    /// <summary>
    /// The first control character other than tab and line breaks, located: one would end up raw in a
    /// letter or a mail header, and it is invisible in an editor, so it is refused with where it is.
    /// </summary>
    public static DefinitionError? ControlCharacter(string file, string text)
    {
        var line = 1;
        var column = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                continue;
            }

            if (char.IsControl(c) && c is not '\t' and not '\r')
            {
                var code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                return new DefinitionError(file, line, column, $"Control character U+{code} is not allowed; remove it (only tab and line breaks are).");
            }

            column++;
        }

        return null;
    }
}
