using System.Diagnostics;

namespace Hub.LoadTests.Timers;

/// <summary>Counts the firings of one kind of timer, with the moment of the last one, from a start the phase sets.</summary>
internal sealed class FiringTally
{
    private long _count;
    private long _last;

    public long Count => Interlocked.Read(ref _count);

    /// <summary>Stopwatch timestamp of the last firing; 0 before any.</summary>
    public long LastAt => Interlocked.Read(ref _last);

    public void Fired()
    {
        Interlocked.Increment(ref _count);
        Interlocked.Exchange(ref _last, Stopwatch.GetTimestamp());
    }

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        Interlocked.Exchange(ref _last, 0);
    }
}
