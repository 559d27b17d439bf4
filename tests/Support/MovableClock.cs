namespace Hub.Tests.Support;

/// <summary>The system clock, set by a test: what the hub reads as now moves, its timers run as usual.</summary>
public sealed class MovableClock : TimeProvider
{
    private long _aheadTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _aheadTicks));

    /// <summary>Moves now forward by <paramref name="by"/>.</summary>
    public void Advance(TimeSpan by) => Interlocked.Add(ref _aheadTicks, by.Ticks);

    /// <summary>
    /// Sets now forward to <paramref name="instant"/>; from there it runs on with the system clock. Never back, nor behind
    /// the system clock: Orleans reads this clock too, and its activation collector refuses a time before the real one.
    /// </summary>
    public void SetTo(DateTimeOffset instant)
    {
        var by = instant - GetUtcNow();
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(instant), instant, $"The clock reads {GetUtcNow():O} already; it only moves forward.");
        }

        Advance(by);
    }

}
