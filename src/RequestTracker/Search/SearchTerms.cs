using System.Globalization;
using System.Text;

namespace RequestTracker.Search;

/// <summary>
/// The words of a query, as the engines receive them: letters and digits only (so no input is ever read
/// as an engine's operator or breaks its syntax), lower case, at most <see cref="MaxTerms"/> of them.
/// Every word must appear; each also matches longer words it begins ("refus" finds "refused").
/// </summary>
internal static class SearchTerms
{
    public const int MaxTerms = 8;
    public const int MaxTermLength = 40;

    public static IReadOnlyList<string> Parse(string? query)
    {
        var terms = new List<string>();
        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length > 0 && terms.Count < MaxTerms)
            {
                var term = word.ToString().ToLower(CultureInfo.InvariantCulture);
                if (!terms.Contains(term))
                {
                    terms.Add(term.Length > MaxTermLength ? term[..MaxTermLength] : term);
                }
            }

            word.Clear();
        }

        foreach (var c in (query ?? string.Empty).Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return terms;
    }

    /// <summary>Whether every term begins a word of the text, as the engines match them.</summary>
    public static bool AllIn(string text, IReadOnlyList<string> terms)
    {
        var found = new bool[terms.Count];
        var normalized = text.Normalize(NormalizationForm.FormC);
        for (var i = 0; i < normalized.Length;)
        {
            var end = i;
            while (end < normalized.Length && char.IsLetterOrDigit(normalized[end]))
            {
                end++;
            }

            if (end == i)
            {
                i++;
                continue;
            }

            var word = normalized.AsSpan(i, end - i);
            for (var t = 0; t < terms.Count; t++)
            {
                found[t] |= word.StartsWith(terms[t], StringComparison.OrdinalIgnoreCase);
            }

            i = end;
        }

        return found.All(f => f);
    }

    /// <summary>Marks each occurrence of a word beginning with a term in a text, for an engine without its own highlighter.</summary>
    public static string Mark(string text, IReadOnlyList<string> terms, int around = 160)
    {
        var first = -1;
        var marked = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                var end = i;
                while (end < text.Length && char.IsLetterOrDigit(text[end]))
                {
                    end++;
                }

                var word = text[i..end];
                if (terms.Any(t => word.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
                {
                    first = first < 0 ? marked.Length : first;
                    marked.Append(SearchText.Start).Append(word).Append(SearchText.End);
                }
                else
                {
                    marked.Append(word);
                }

                i = end;
                continue;
            }

            marked.Append(text[i++]);
        }

        var all = marked.ToString();
        var from = Math.Max(0, first - (around / 2));
        // Start and end on a word boundary, never inside a word (nor inside a marked one).
        while (from > 0 && from < first && !char.IsWhiteSpace(all[from - 1]))
        {
            from++;
        }

        var length = Math.Min(around, all.Length - from);
        while (from + length < all.Length && length > 0 && !char.IsWhiteSpace(all[from + length]) && from + length > first + 1)
        {
            length--;
        }

        var snippet = all.Substring(from, length);
        return (from > 0 ? "…" : string.Empty) + snippet + (from + snippet.Length < all.Length ? "…" : string.Empty);
    }
}
