namespace Hub.Hosting;

/// <summary>
/// Cluster mode: how quickly silos find out that one died without notice (a kill, a lost host), bound from
/// <c>Hub:Membership</c>. Each silo probes the others; one that misses <see cref="MissedProbesLimit"/> probes in a
/// row is voted dead, and once enough silos voted (one while only two are left) its row turns Dead and its grains
/// and reminders move. Unset, Orleans' defaults apply.
/// </summary>
public sealed class MembershipOptions
{
    /// <summary>The configuration key of <see cref="ProbeTimeout"/>.</summary>
    public const string ProbeTimeoutKey = "Hub:Membership:ProbeTimeout";

    /// <summary>The configuration key of <see cref="MissedProbesLimit"/>.</summary>
    public const string MissedProbesLimitKey = "Hub:Membership:MissedProbesLimit";

    /// <summary>
    /// How long a silo waits for another's answer to a liveness probe, which is also about how often it probes
    /// (Orleans adapts both per silo, between half and four times this, to the answers it sees). Default null:
    /// Orleans' default, 5 seconds. Shorter finds a dead silo sooner, but votes out one that only paused (a long GC,
    /// a starved host) sooner too.
    /// </summary>
    public TimeSpan? ProbeTimeout { get; set; }

    /// <summary>How many probes in a row a silo may miss before its prober votes it dead. Default null: Orleans' default, 3.</summary>
    public int? MissedProbesLimit { get; set; }
}
