namespace Hub.Ops;

/// <summary>
/// A grain that does nothing: the ceiling a real grain call is measured against (the benchmark's baseline), and a cheap
/// end-to-end check that a silo answers grain calls.
/// </summary>
[Alias("hub.IProbeGrain")]
public interface IProbeGrain : IGrainWithIntegerKey
{
    /// <summary>Returns at once; activates the grain on first call.</summary>
    [Alias("Ping")]
    Task Ping();
}
