namespace RequestTracker.Requests;

/// <summary>One demand within a request; each question later runs its own workflow.</summary>
internal sealed class Question
{
    private Question()
    {
    }

    public Question(int position, QuestionCategory category, string text)
    {
        Position = position;
        Category = category;
        Text = text;
    }

    public int Id { get; private set; }

    public int RequestId { get; private set; }

    /// <summary>1-based order within the request, as the authority sees the questions numbered.</summary>
    public int Position { get; private set; }

    public QuestionCategory Category { get; private set; }

    public string Text { get; private set; } = string.Empty;

    /// <summary>The question this one continues after its body passed it to this request's (null for one asked here).</summary>
    public int? OriginId { get; private set; }

    /// <summary>A copy of <paramref name="origin"/> at <paramref name="position"/> of the request it was passed on in.</summary>
    public static Question Continuing(Question origin, int position) => new(position, origin.Category, origin.Text) { OriginId = origin.Id };
}
