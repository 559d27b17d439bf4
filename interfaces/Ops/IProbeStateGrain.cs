namespace Hub.Ops;

/// <summary>A grain that only writes its state: one state write in the configured storage, the benchmark's part.</summary>
[Alias("hub.IProbeStateGrain")]
public interface IProbeStateGrain : IGrainWithIntegerKey
{
    /// <summary>Writes the state <paramref name="times"/> times, one after another.</summary>
    [Alias("Write")]
    Task Write(int times);
}
