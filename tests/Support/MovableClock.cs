namespace Hub.Tests.Support;

/// <summary>The hub's clock, set by a test: what the hub reads as now moves, its timers run as usual; Orleans keeps the system clock.</summary>
public sealed class MovableClock : HubClock
{
    private long _aheadTicks;

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _aheadTicks));

    /// <summary>Moves now forward by <paramref name="by"/>.</summary>
    public void Advance(TimeSpan by) => Interlocked.Add(ref _aheadTicks, by.Ticks);

    /// <summary>Sets now to <paramref name="instant"/>, forward or back; from there it runs on with the system clock.</summary>
    public void SetTo(DateTimeOffset instant) => Interlocked.Exchange(ref _aheadTicks, (instant - TimeProvider.System.GetUtcNow()).Ticks);

}
