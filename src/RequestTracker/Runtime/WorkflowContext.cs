using RequestTracker.Authorities;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Laws;
using RequestTracker.Requests;

namespace RequestTracker.Runtime;

/// <summary>Everything one transition reads and writes, loaded (tracked) in one DbContext.</summary>
internal sealed record WorkflowContext(
    WorkflowInstance Instance,
    Question Question,
    Request Request,
    Authority Authority,
    string OwnerName,
    string OwnerEmail,
    LifecycleDefinition Lifecycle,
    LawDefinition Law,
    WorkCalendar Calendar,
    List<WorkflowTimer> Timers);

/// <summary>What a user adds to an action: a note, the document reference, the exemption cited, the extension taken.</summary>
internal sealed record ActionInput(string? Note, string? DocumentReference, string? Exemption, int? Extension);

/// <summary>Why a transition was refused: 409 (not permitted in this state) or 422 (permitted, but the law forbids it).</summary>
internal sealed record TransitionRefusal(bool Unprocessable, string Detail, IReadOnlyList<string> Permitted);
