using RequestTracker.Access;

namespace RequestTracker.Requests;

/// <summary>
/// Per-record authorization for requests, applied inside every query: a request another advocate owns
/// is simply not found (404), so its existence does not leak.
/// </summary>
internal static class RequestAccess
{
    public static IQueryable<Request> VisibleTo(this IQueryable<Request> requests, CurrentUser user) =>
        user.SeesAll ? requests : requests.Where(r => r.OwnerId == user.Id);
}
