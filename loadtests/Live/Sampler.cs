using System.Diagnostics;
using Hub.LoadTests.Load;
using Hub.LoadTests.Measure;
using Hub.LoadTests.Results;

namespace Hub.LoadTests.Live;

/// <summary>
/// Once a second, turns the running counts into a <see cref="TimelinePoint"/> for the current phase and hands it to the
/// live view; the sustained phase's points become the report's throughput chart.
/// </summary>
internal sealed class Sampler(Counters counters, WindowDriver windows, ProgressView view, Func<string> kafka) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(string Phase, TimelinePoint Point)> _points = [];
    private Task? _loop;
    private volatile string _phase = "starting";

    public string Phase
    {
        get => _phase;
        set => _phase = value;
    }

    public IReadOnlyList<TimelinePoint> PointsOf(string phase)
    {
        lock (_points)
        {
            var points = _points.Where(p => p.Phase == phase).Select(p => p.Point).ToArray();
            var first = points.FirstOrDefault()?.Second ?? 0;
            return [.. points.Select(p => p with { Second = p.Second - first + 1 })];
        }
    }

    public void Start() => _loop = Task.Run(LoopAsync);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stop.Dispose();
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

    private async Task LoopAsync()
    {
        var started = Stopwatch.GetTimestamp();
        var last = (Offered: counters.Offered, Submitted: counters.Submitted, Lifecycles: counters.Lifecycles, At: started);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await Tick(timer))
        {
            var now = Stopwatch.GetTimestamp();
            var seconds = (double)(now - last.At) / Stopwatch.Frequency;
            var point = new TimelinePoint(
                Math.Round((double)(now - started) / Stopwatch.Frequency),
                (counters.Offered - last.Offered) / seconds,
                (counters.Submitted - last.Submitted) / seconds,
                (counters.Lifecycles - last.Lifecycles) / seconds,
                windows.Submits.TakeIntervalP99());
            last = (counters.Offered, counters.Submitted, counters.Lifecycles, now);
            lock (_points)
            {
                _points.Add((_phase, point));
            }

            view.Show(_phase, point, counters, windows.Outstanding, kafka());
        }
    }
}
