using Microsoft.EntityFrameworkCore;

namespace RequestTracker.Data;

/// <summary>
/// The one rule for a save that lost a race (a timer fired on the same question, another replica queued the same email,
/// the same form was submitted twice): forget what was tracked and decide again on fresh state, a few times. Each
/// caller's attempt reads, decides and saves; a refusal it decides on is returned, not retried.
/// </summary>
internal static class Conflicts
{
    /// <summary>Retries after the first attempt: enough for the races above, few enough that a real fault surfaces.</summary>
    public const int Retries = 3;

    /// <param name="db">The context whose tracked changes a lost race leaves stale.</param>
    /// <param name="attempt">Reads, decides and saves; run again from the start after a conflict.</param>
    /// <param name="retries">Retries after the first attempt.</param>
    /// <param name="reset">Undoes what an attempt did to objects that outlive it (ids the failed insert gave them).</param>
    public static async Task<T> Retry<T>(DbContext db, Func<Task<T>> attempt, int retries = Retries, Action? reset = null)
    {
        for (var tried = 0; ; tried++)
        {
            try
            {
                return await attempt();
            }
            catch (DbUpdateException) when (tried < retries)
            {
                db.ChangeTracker.Clear();
                reset?.Invoke();
            }
        }
    }
}
