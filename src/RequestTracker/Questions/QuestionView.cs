using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Questions;

/// <summary>One rung of the question's ladder; <see cref="At"/> is when it was reached (done) or is due (next).</summary>
internal sealed record LadderStepView(int Level, string Id, string Name, string To, string Window, string Status, DateTime? At);

internal sealed record TimerView(string Instant, string Fires, DateTime DueAt);

internal sealed record DefinitionRef(string Id, int Version, string Hash);

/// <summary>A question with its workflow: state, deadline and how it was computed, what happens next, what may be done.</summary>
internal sealed record QuestionView(
    int Id,
    int RequestId,
    int Position,
    QuestionCategory Category,
    string Text,
    string? State,
    string? StateLabel,
    string? StateCategory,
    string Timeliness,
    DefinitionRef? Definition,
    string? LawId,
    DateTime? DueAt,
    ComputationRecord? DueComputation,
    int EscalationLevel,
    IReadOnlyList<LadderStepView> Ladder,
    TimerView? NextTimer,
    DateTime? RightsLapseAt,
    string? DocumentReference,
    string? Exemption,
    IReadOnlyList<string> PermittedActions);
