using Hub.Timers;

namespace Hub.LoadTests.Timers;

/// <summary>The probe's state: its timer, and as many bytes as a small case note, so that a write is a real one.</summary>
[GenerateSerializer, Alias("Hub.LoadTests.DueProbeState")]
public sealed class DueProbeState : IDueState
{
    [Id(0)]
    public DateTimeOffset? DueAt { get; set; }

    [Id(1)]
    public string Note { get; set; } = "";
}
