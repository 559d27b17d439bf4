using Hub.Messages;

namespace Hub.LoadTests.Timers;

/// <summary>
/// A grain whose state holds one durable timer in the hub's own index (HubDue), and nothing else: what arming and
/// firing a timer costs without a case's work around it.
/// </summary>
[Alias("Hub.LoadTests.IDueProbeGrain")]
public interface IDueProbeGrain : IDueGrain
{
    /// <summary>Writes the state with its timer set to <paramref name="dueAt"/>, or with none (null).</summary>
    [Alias("Arm")]
    Task Arm(DateTimeOffset? dueAt);
}
