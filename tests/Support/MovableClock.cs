namespace Hub.Tests.Support;

/// <summary>The system clock, set forward by a test: what the hub reads as now moves, its timers run as usual.</summary>
public sealed class MovableClock : TimeProvider
{
    private long _aheadTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _aheadTicks));

    /// <summary>Moves now forward by <paramref name="by"/>.</summary>
    public void Advance(TimeSpan by) => Interlocked.Add(ref _aheadTicks, by.Ticks);
}
