namespace RequestTracker.Background;

/// <summary>
/// Wakes this process's workers after a commit that armed a timer or queued an email, and tells the other
/// replicas through <see cref="Published"/> when something publishes (PostgreSQL: <see cref="ReplicaWakeUp"/>).
/// </summary>
internal sealed class WorkSignal
{
    private Action? _published;

    /// <summary>Called on every <see cref="Notify"/>; the cross-replica publisher sets it when it starts.</summary>
    public Action? Published
    {
        get => Volatile.Read(ref _published);
        set => Volatile.Write(ref _published, value);
    }

    private TaskCompletionSource _pulse = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Taken before looking for work, so a notification that arrives meanwhile is not lost.</summary>
    public Task NextPulse => Volatile.Read(ref _pulse).Task;

    /// <summary>A commit here armed or queued work: wake this process's workers and the other replicas'.</summary>
    public void Notify()
    {
        Wake();
        Published?.Invoke();
    }

    /// <summary>Wakes this process's workers only (another replica's commit, heard by the listener).</summary>
    public void Wake() => Interlocked.Exchange(ref _pulse, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Returns when <paramref name="pulse"/> completes or <paramref name="timeout"/> has passed on <paramref name="clock"/>.</summary>
    public static async Task Wait(Task pulse, TimeSpan timeout, TimeProvider clock, CancellationToken ct)
    {
        if (timeout <= TimeSpan.Zero || pulse.IsCompleted)
        {
            return;
        }

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(timeout, clock, cancel.Token);
        await Task.WhenAny(pulse, delay);
        await cancel.CancelAsync();
        ct.ThrowIfCancellationRequested();
    }
}
