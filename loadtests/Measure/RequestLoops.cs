using System.Diagnostics;
using Hub.LoadTests.Results;

namespace Hub.LoadTests.Measure;

/// <summary>
/// The two ways a phase drives one kind of work, each unit of which answers whether it went as expected: a closed loop
/// (workers each starting their next unit when the last is answered, to find the rate the hub answers) and an open
/// loop (units due on a fixed schedule whether or not earlier ones were answered, latency counted from the scheduled
/// time, so a hub that falls behind shows it).
/// </summary>
internal static class RequestLoops
{
    /// <summary><paramref name="inFlight"/> workers running <paramref name="unit"/> back to back for <paramref name="duration"/>.</summary>
    public static async Task<(Throughput Completed, long Errors)> ClosedAsync(Func<Task<bool>> unit, int inFlight, TimeSpan duration)
    {
        var latency = new LatencyTrack();
        long completed = 0, errors = 0;
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(async _ =>
        {
            while (Stopwatch.GetTimestamp() < end)
            {
                var at = Stopwatch.GetTimestamp();
                var ok = await unit();
                latency.Record(Stopwatch.GetElapsedTime(at));
                Interlocked.Increment(ref ok ? ref completed : ref errors);
            }
        }));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return (new Throughput(completed, seconds, latency.Summarize()), errors);
    }

    /// <summary>
    /// <paramref name="unit"/> due at k / <paramref name="perSecond"/> seconds for <paramref name="duration"/>; past
    /// <paramref name="maxOutstanding"/> unanswered, arrivals are shed and counted. Waits for the stragglers and says
    /// how long they took.
    /// </summary>
    public static async Task<VerificationRun> OpenAsync(Func<Task<bool>> unit, double perSecond, TimeSpan duration, int maxOutstanding)
    {
        var latency = new LatencyTrack();
        long completed = 0, errors = 0, shed = 0, offered = 0, outstanding = 0;
        var pending = new List<Task>();
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var ticksPerArrival = Stopwatch.Frequency / perSecond;
        await Task.Factory.StartNew(() =>
        {
            while (Stopwatch.GetTimestamp() is var now && now < end)
            {
                for (var dueNow = (long)((now - start) / ticksPerArrival); offered < dueNow; offered++)
                {
                    if (Interlocked.Read(ref outstanding) >= maxOutstanding)
                    {
                        shed++;
                        continue;
                    }

                    var scheduledAt = start + (long)(offered * ticksPerArrival);
                    Interlocked.Increment(ref outstanding);
                    pending.Add(Task.Run(async () =>
                    {
                        try
                        {
                            var ok = await unit();
                            latency.Record(Stopwatch.GetElapsedTime(scheduledAt));
                            Interlocked.Increment(ref ok ? ref completed : ref errors);
                        }
                        finally
                        {
                            Interlocked.Decrement(ref outstanding);
                        }
                    }));
                }

                Thread.Sleep(1);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var scheduleEnded = Stopwatch.GetTimestamp();
        await Task.WhenAll(pending);
        return new VerificationRun(perSecond, duration.TotalSeconds, offered, completed, errors, shed,
            Stopwatch.GetElapsedTime(scheduleEnded).TotalSeconds, latency.Summarize());
    }
}
