namespace RequestTracker.Background;

/// <summary>Wakes this process's workers after a commit that armed a timer or queued an email.</summary>
internal sealed class WorkSignal
{
    private TaskCompletionSource _pulse = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Taken before looking for work, so a notification that arrives meanwhile is not lost.</summary>
    public Task NextPulse => Volatile.Read(ref _pulse).Task;

    public void Notify() => Interlocked.Exchange(ref _pulse, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

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
