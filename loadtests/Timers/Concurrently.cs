using System.Diagnostics;
using Hub.LoadTests.Measure;
using Hub.LoadTests.Results;

namespace Hub.LoadTests.Timers;

/// <summary>Runs one call per item with a fixed number in flight and times them: the phase's arming and submitting.</summary>
internal static class Concurrently
{
    public static async Task<(Throughput Done, long Errors)> RunAsync(int count, int inFlight, Func<int, Task<bool>> call)
    {
        var latency = new LatencyTrack();
        long next = -1;
        long done = 0;
        long errors = 0;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var at = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await call((int)i);
                }
                catch (Exception ex) when (ex is OrleansException or TimeoutException or HttpRequestException or TaskCanceledException or InvalidOperationException)
                {
                    ok = false;
                }

                latency.Record(Stopwatch.GetElapsedTime(at));
                Interlocked.Increment(ref ok ? ref done : ref errors);
            }
        }));
        return (new Throughput(done, Stopwatch.GetElapsedTime(started).TotalSeconds, latency.Summarize()), errors);
    }

    /// <summary>The silo process's managed heap after full collections, as <c>/ops/runtime?collect=true</c> reads it.</summary>
    public static long Heap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>
    /// Waits until <paramref name="tally"/> reaches <paramref name="expected"/>, or nothing fired for <paramref name="stall"/>;
    /// times it from <paramref name="dueAt"/>, a stopwatch timestamp.
    /// </summary>
    public static async Task<FiringRun> FiringsAsync(FiringTally tally, long expected, long dueAt, TimeSpan stall)
    {
        var (last, lastChange) = (tally.Count, Stopwatch.GetTimestamp());
        long first = 0;
        while (tally.Count < expected && Stopwatch.GetElapsedTime(Math.Max(lastChange, dueAt)) < stall)
        {
            await Task.Delay(20);
            var count = tally.Count;
            if (count > 0 && first == 0)
            {
                first = Stopwatch.GetTimestamp();
            }

            if (count != last)
            {
                (last, lastChange) = (count, Stopwatch.GetTimestamp());
            }
        }

        var end = tally.LastAt;
        return new FiringRun(expected, tally.Count,
            first > 0 ? Math.Max(0, (double)(first - dueAt) / Stopwatch.Frequency) : 0,
            end > 0 ? Math.Max(0, (double)(end - dueAt) / Stopwatch.Frequency) : 0);
    }
}
