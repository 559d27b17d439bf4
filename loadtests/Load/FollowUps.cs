using System.Threading.Channels;

namespace Hub.LoadTests.Load;

/// <summary>Runs the windows' follow-ups from the status feed, at most <see cref="Parallel"/> at a time.</summary>
internal sealed class FollowUps(ChannelReader<WindowAction> actions, WindowDriver windows) : IAsyncDisposable
{
    private const int Parallel = 64;
    private readonly CancellationTokenSource _stop = new();
    private Task[] _workers = [];
    private long _pending;

    public void Start() => _workers = [.. Enumerable.Range(0, Parallel).Select(_ => Task.Run(WorkAsync))];

    /// <summary>Follow-ups queued or running.</summary>
    public long Pending => Interlocked.Read(ref _pending) + actions.Count;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_workers).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task WorkAsync()
    {
        try
        {
            while (await actions.WaitToReadAsync(_stop.Token))
            {
                while (actions.TryRead(out var action))
                {
                    Interlocked.Increment(ref _pending);
                    try
                    {
                        while (!await windows.FollowUpAsync(action))
                        {
                            // The status feed ran ahead of the submit's answer: the window does not know the case yet.
                            await Task.Delay(20, _stop.Token);
                        }
                    }
                    finally
                    {
                        Interlocked.Decrement(ref _pending);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
