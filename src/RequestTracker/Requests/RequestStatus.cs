namespace RequestTracker.Requests;

/// <summary>
/// The request's own lifecycle. Once sent, the workflow runtime derives a finer status from the states
/// of its questions; these values stay the lifecycle underneath.
/// </summary>
internal enum RequestStatus
{
    Draft,
    Sent,
    Withdrawn,
}
