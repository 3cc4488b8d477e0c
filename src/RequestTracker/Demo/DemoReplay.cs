using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RequestTracker.Background;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Mail;
using RequestTracker.Mail.Delivery;
using RequestTracker.Runtime;

namespace RequestTracker.Demo;

/// <summary>A clock the replay moves by hand.</summary>
internal sealed class ReplayClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// Replays the demo case's history in time order on a clock of its own: each send and action at its day,
/// each timer fired at the instant it was due, each email delivered when it was decided (to the configured
/// transport, with that date). So the evidence agrees with itself: a request sent on 14 October has its
/// proof of sending, its reminders and its journal dated as they would have been, not the day the demo starts.
/// </summary>
internal sealed class DemoReplay(AppDbContext db, DefinitionStore definitions, IWorkflowSubjects subjects, MailIdentity identity, IEnumerable<IStandaloneMail> standalone, WorkSignal signal, IOptions<MailOptions> mail)
{
    private const string Owner = "demo-replay";

    public ReplayClock Clock { get; } = new(DateTimeOffset.MinValue);

    /// <summary>The engine on the replay's clock (its parts are cheap: they hold only the context).</summary>
    public WorkflowEngine Engine => new(db, definitions, Reader, Transition, new EmailQueue(db), subjects, Clock, signal);

    private TimerFiring Timers => new(db, Reader, Transition, Clock, signal);

    private WorkflowReader Reader => new(db, definitions, subjects);

    private WorkflowTransition Transition => new(db, new EmailQueue(db));

    /// <summary>Fires every timer and delivers every email due up to <paramref name="until"/>, each at its own instant.</summary>
    public async Task RunUntil(DateTime until, CancellationToken ct)
    {
        var transport = DeliveryWorker.CreateTransport(mail.Value);
        try
        {
            while (true)
            {
                db.ChangeTracker.Clear();
                var timer = await db.Timers.MinAsync(t => (DateTime?)t.DueAt, ct);
                var email = await db.Outbox.Where(o => o.Status == OutboxStatus.Queued).MinAsync(o => (DateTime?)o.CreatedAt, ct);
                var next = new[] { timer, email }.Where(t => t <= until).Min();
                if (next is not { } at)
                {
                    return;
                }

                Clock.Now = new DateTimeOffset(at > Clock.Now.UtcDateTime ? at : Clock.Now.UtcDateTime, TimeSpan.Zero);
                if (timer == at)
                {
                    var claim = await new TimerClaims(db, Clock).Claim(Owner, 100, TimeSpan.FromHours(1), ct);
                    if (claim.Ids.Count == 0)
                    {
                        return; // held by someone else: the live worker takes it from here
                    }

                    db.ChangeTracker.Clear();
                    await Timers.FireTimers(claim.Ids, claim.Token, ct);
                }
                else
                {
                    var claim = await new OutboxClaims(db, Clock).Claim(Owner, 100, TimeSpan.FromHours(1), ct);
                    if (claim.Ids.Count == 0)
                    {
                        return; // waiting for a retry, or the server is down: the live delivery worker goes on from here
                    }

                    var delivery = new OutboxDelivery(db, new MailComposer(db, definitions, identity, standalone, Clock, new LetterContext(db, definitions, identity, Clock)), Clock, mail);
                    foreach (var id in claim.Ids)
                    {
                        db.ChangeTracker.Clear();
                        await delivery.Deliver(id, claim.Token, transport, ct);
                    }
                }
            }
        }
        finally
        {
            await transport.DisposeAsync();
        }
    }

    public void MoveTo(DateTime at) => Clock.Now = new DateTimeOffset(at, TimeSpan.Zero);
}
