namespace Hub.Ops;

/// <summary>The empty grain of <see cref="IProbeGrain"/>: no state, no work.</summary>
public sealed class ProbeGrain : Grain, IProbeGrain
{
    public Task Ping() => Task.CompletedTask;
}
