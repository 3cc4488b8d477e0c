namespace RequestTracker.Requests;

/// <summary>The kinds of demand a request carries (see shared/SCENARIO.md, the five questions).</summary>
internal enum QuestionCategory
{
    Timeline,
    RequestText,
    VoteRecords,
    Article51Report,
    LegalJustification,
    Other,
}
