namespace RequestTracker.Handling;

/// <summary>
/// The dates of record of an authority's letter as a person types them: the date it bears (<c>letterDate</c>) and the
/// day it arrived (<c>receivedOn</c>), each YYYY-MM-DD, both optional. Neither may be later than today where the
/// authority is, nor earlier than the day its request was sent there, and a letter is not dated after it arrived.
/// </summary>
internal static class LetterDateRule
{
    /// <summary>
    /// The days given, checked against <paramref name="today"/> and <paramref name="sentOn"/> (both in the authority's
    /// zone); errors go on <c>{prefix}letterDate</c> and <c>{prefix}receivedOn</c>. A day not given is null.
    /// </summary>
    public static (DateOnly? LetterDate, DateOnly? ReceivedOn) Check(
        ValidationErrors errors, string prefix, string? letterDate, string? receivedOn, DateOnly today, DateOnly sentOn)
    {
        var receivedField = $"{prefix}receivedOn";
        var letterField = $"{prefix}letterDate";
        var received = Parse(errors, receivedField, receivedOn, $"Give the day it arrived as YYYY-MM-DD.");
        var letter = Parse(errors, letterField, letterDate, $"Give the letter's date as YYYY-MM-DD.");
        var arrivedBy = today;
        if (received is { } r)
        {
            if (r > today)
            {
                errors.Add(receivedField, $"The day it arrived cannot be later than today ({today:yyyy-MM-dd} where the authority is).");
            }
            else if (r < sentOn)
            {
                errors.Add(receivedField, $"The request was sent on {sentOn:yyyy-MM-dd}; a reply cannot have arrived before that.");
            }
            else
            {
                arrivedBy = r;
            }
        }

        if (letter is { } l)
        {
            if (l > today)
            {
                errors.Add(letterField, $"The letter's date cannot be later than today ({today:yyyy-MM-dd} where the authority is).");
            }
            else if (l < sentOn)
            {
                errors.Add(letterField, $"The request was sent on {sentOn:yyyy-MM-dd}; a reply cannot be dated before that.");
            }
            else if (l > arrivedBy)
            {
                errors.Add(letterField, $"The letter cannot be dated after the day it arrived ({arrivedBy:yyyy-MM-dd}).");
            }
        }

        return (letter, received);
    }

    /// <summary>A day typed as YYYY-MM-DD and nothing else (<see cref="TextRule.TryDay"/>); null when not given.</summary>
    private static DateOnly? Parse(ValidationErrors errors, string field, string? text, FormattableString message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TextRule.TryDay(text.Trim(), out var day))
        {
            return day;
        }

        errors.Add(field, message);
        return null;
    }
}
