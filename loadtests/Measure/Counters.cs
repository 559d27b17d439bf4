namespace Hub.LoadTests.Measure;

/// <summary>The run's running counts, incremented from many threads and sampled each second.</summary>
internal sealed class Counters
{
    private long _offered;
    private long _submitted;
    private long _lifecycles;
    private long _shed;
    private long _errors;

    public long Offered => Interlocked.Read(ref _offered);
    public long Submitted => Interlocked.Read(ref _submitted);
    public long Lifecycles => Interlocked.Read(ref _lifecycles);
    public long Shed => Interlocked.Read(ref _shed);
    public long Errors => Interlocked.Read(ref _errors);

    public void Offer() => Interlocked.Increment(ref _offered);
    public void Submit() => Interlocked.Increment(ref _submitted);
    public void Complete() => Interlocked.Increment(ref _lifecycles);
    public void Shedding() => Interlocked.Increment(ref _shed);
    public void Error() => Interlocked.Increment(ref _errors);
}
