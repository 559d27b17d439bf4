using System.Diagnostics;
using Hub.LoadTests.Measure;

namespace Hub.LoadTests.Load;

/// <summary>
/// Arrivals on a fixed schedule (an open model): case k of a run is due at k / rate seconds whether or not earlier
/// ones have been answered, and its latency counts from then, so a slow hub cannot hide its delay by slowing the
/// arrivals (coordinated omission). Past <see cref="MaxOutstanding"/> unanswered submits, arrivals are shed and counted.
/// A share of arrivals (<see cref="CertificateReuse"/>) hand in a certificate issued earlier in the run.
/// </summary>
internal sealed class OpenLoop(WindowDriver windows, CasePlan plan, Counters counters, CertificateReuse? reuse = null)
{
    public const int MaxOutstanding = 5000;

    /// <summary>Submits at <paramref name="perSecond"/> for <paramref name="duration"/> from a thread of its own; returns how many arrivals were due.</summary>
    public Task<long> RunAsync(double perSecond, TimeSpan duration) =>
        Task.Factory.StartNew(() => Run(perSecond, duration), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private long Run(double perSecond, TimeSpan duration)
    {
        var random = new Random();
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var ticksPerArrival = Stopwatch.Frequency / perSecond;
        long due = 0;
        while (true)
        {
            var now = Stopwatch.GetTimestamp();
            if (now >= end)
            {
                break;
            }

            var dueNow = (long)((now - start) / ticksPerArrival);
            for (; due < dueNow; due++)
            {
                counters.Offer();
                if (windows.Outstanding >= MaxOutstanding)
                {
                    counters.Shedding();
                    continue;
                }

                var reused = reuse?.Next(random);
                var offer = reused?.Offer ?? plan.Next(random);
                var scheduledAt = start + (long)(due * ticksPerArrival);
                _ = Task.Run(() => windows.SubmitAsync(offer, scheduledAt, reused), CancellationToken.None);
            }

            Thread.Sleep(1);
        }

        return due;
    }
}
