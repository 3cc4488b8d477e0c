using NodaTime;
using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Definitions.Laws;

/// <summary>
/// A request's first response deadline under its law, with the explanation kept beside it (the sections applied).
/// Where the law counts from registration, <see cref="Due"/> is the latest possible deadline (registered on the last
/// day allowed), which the ladder waits for, and <see cref="Earliest"/> the one if registered on the day of receipt.
/// </summary>
internal sealed record FirstDeadline(DeadlineComputation Due, DeadlineComputation? Earliest, string Explanation)
{
    public static FirstDeadline Of(LawDefinition law, WorkCalendar calendar, Instant received)
    {
        var roll = law.LastDayRollsToWorkingDay;
        var fromReceipt = DeadlineCalculator.Add(received, law.Counted, calendar, roll);
        if (law.Registration is not { } registration)
        {
            return new(fromReceipt, null, fromReceipt.Explain() + Sources(law, fromReceipt));
        }

        var registered = DeadlineCalculator.Add(received, registration, calendar, roll);
        var latest = DeadlineCalculator.After(registered, law.Counted, calendar, roll);
        var lastRegistration = registered.Deadline.Brief("en");
        var earliestDay = fromReceipt.Deadline.Brief("en");
        return new(latest, fromReceipt,
            $"The period runs from registration, due within {registration} of receipt (by the end of {lastRegistration}). " +
            $"Registered on the day of receipt, the deadline would be the end of {earliestDay}; registered on the last day allowed: {latest.Explain()} " +
            $"Escalation waits for this later date.{Sources(law, latest, "registration")}");
    }

    private static string Sources(LawDefinition law, DeadlineComputation computation, params string[] also)
    {
        var rules = also.Append("response").Concat(computation.RolledForward ? ["lastDayRollsToWorkingDay"] : [])
            .Where(law.Sources.ContainsKey).Select(r => $"{Describe(r)}: {law.Sources[r]}").ToList();
        return rules.Count == 0 ? string.Empty : $" Sources — {string.Join("; ", rules)}.";
    }

    private static string Describe(string rule) => rule switch
    {
        "registration" => "registration",
        "response" => "response time",
        "lastDayRollsToWorkingDay" => "a last day that is not a working day",
        _ => rule,
    };
}
