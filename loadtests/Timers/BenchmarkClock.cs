namespace Hub.LoadTests.Timers;

/// <summary>
/// The clock of the timers phase's own silo: the system clock, moved forward by the benchmark to a simulated day.
/// What the hub reads as now moves (Orleans keeps the system clock); timers and periods still run in real time. It lives
/// only in the benchmark.
/// </summary>
internal sealed class BenchmarkClock : HubClock
{
    private long _aheadTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _aheadTicks));

    /// <summary>Moves now forward to <paramref name="instant"/> (never back: the sweeper's period runs on it).</summary>
    public void MoveTo(DateTimeOffset instant)
    {
        var by = instant - GetUtcNow();
        if (by > TimeSpan.Zero)
        {
            Interlocked.Add(ref _aheadTicks, by.Ticks);
        }
    }
}
