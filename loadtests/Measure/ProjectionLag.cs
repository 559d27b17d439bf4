using System.Diagnostics;
using Hub.LoadTests.Hosting;
using Hub.LoadTests.Results;

namespace Hub.LoadTests.Measure;

/// <summary>
/// How far the statistics projection runs behind <c>hub.case-events</c> while the load runs. Twice a second it reads
/// two counts of the same thing, the cases received: how many first status changes the benchmark's own plain reader
/// of the feed has seen, and how many the hub's statistics have counted (the nation's <c>received</c>, through
/// <c>GET /ops/statistics</c>, as an operator sees it). The lag at a moment is how long ago the plain reader had seen
/// as many as the statistics show now; the catch-up is how long after the load stops the statistics show all the
/// cases the reader had seen by then.
/// </summary>
internal sealed class ProjectionLag(OpsClient ops, Uri api, Func<long> feedReceived) : IAsyncDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(500);
    private readonly List<LagSample> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;
    private long _offset;
    private double? _loadEndedAt;
    private long _started;

    /// <summary>
    /// Starts sampling. With the hub drained, the difference of the two counts now (cases of earlier runs in a kept
    /// database, a status change the reader read before the statistics counted it) is taken as their zero.
    /// </summary>
    public async Task StartAsync()
    {
        // Settled when the difference holds for a second (the projection may still be counting the phase before).
        long? previous = null;
        for (var attempt = 0; attempt < 30; attempt++)
        {
            _offset = await ops.NationReceivedAsync(api) - feedReceived();
            if (_offset == previous)
            {
                break;
            }

            previous = _offset;
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        _started = Stopwatch.GetTimestamp();
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Marks the moment the load stopped: from here the catch-up is timed.</summary>
    public void LoadEnded() => _loadEndedAt = Stopwatch.GetElapsedTime(_started).TotalSeconds;

    /// <summary>Samples until the statistics show every case the reader had seen when the load stopped, or <paramref name="within"/> passes.</summary>
    public async Task<ProjectionLagFigures> FinishAsync(TimeSpan within)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(within.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline && !ProjectionLagFigures.From(Samples(), _loadEndedAt).CaughtUp)
        {
            await Task.Delay(Period);
        }

        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return ProjectionLagFigures.From(Samples(), _loadEndedAt);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stop.Dispose();
    }

    private LagSample[] Samples()
    {
        lock (_samples)
        {
            return [.. _samples];
        }
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(Period);
        while (await Tick(timer))
        {
            try
            {
                var feed = feedReceived();
                var counted = await ops.NationReceivedAsync(api) - _offset;
                lock (_samples)
                {
                    _samples.Add(new LagSample(Stopwatch.GetElapsedTime(_started).TotalSeconds, feed, counted));
                }
            }
            catch (HttpRequestException)
            {
                // A read the silo was too busy to answer: the next one counts.
            }
        }
    }

    private async Task<bool> Tick(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
