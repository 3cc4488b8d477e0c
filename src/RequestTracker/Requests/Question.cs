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
}
