using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace RequestTracker.Telemetry;

/// <summary>
/// The runtime's spans. A question's life spans months, so its spans (sent, every timer firing, the emails
/// about it, the replies matched to it) cannot hang from one live parent. Each is started under a context
/// derived from the question's id: the same trace id for its whole life, under one parent span id that is
/// never itself exported. A trace viewer shows one question's life as one trace (with that root missing),
/// and no column is needed to carry the context from one month to the next.
/// </summary>
internal static class QuestionTraces
{
    public const string SourceName = "RequestTracker";

    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>The parent context of every span about <paramref name="questionId"/>.</summary>
    public static ActivityContext Of(int questionId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"requesttracker-question:{questionId}"), hash);
        return new ActivityContext(ActivityTraceId.CreateFromBytes(hash[..16]), ActivitySpanId.CreateFromBytes(hash[16..24]), ActivityTraceFlags.Recorded);
    }

    /// <summary>Starts a span in the question's trace, tagged with the question and its request.</summary>
    public static Activity? Start(string name, int questionId, int requestId, ActivityKind kind = ActivityKind.Internal)
    {
        var activity = Source.StartActivity(name, kind, Of(questionId));
        activity?.SetTag("requesttracker.question.id", questionId);
        activity?.SetTag("requesttracker.request.id", requestId);
        return activity;
    }
}
