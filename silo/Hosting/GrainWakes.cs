namespace Hub.Hosting;

/// <summary>How a silo's sweeps call many grains: a bounded number at once, each failure left for the next sweep.</summary>
public static class GrainWakes
{
    /// <summary>
    /// Calls <paramref name="wake"/> for each of <paramref name="items"/>, <paramref name="parallelism"/> at once; a call
    /// that throws is reported to <paramref name="failed"/> and does not stop the rest. Returns how many succeeded.
    /// </summary>
    public static async Task<int> EachAsync<T>(
        IReadOnlyList<T> items, int parallelism, Func<T, Task> wake, Action<Exception, T> failed, CancellationToken cancellationToken)
    {
        var woken = 0;
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (item, _) =>
        {
            try
            {
                await wake(item);
                Interlocked.Increment(ref woken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                failed(ex, item);
            }
        });
        return woken;
    }
}
