namespace Hub.Nodes;

/// <summary>How service nodes keep their inbox and counters.</summary>
public sealed class ServiceNodeOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Hub:Nodes";

    /// <summary>
    /// How often a node that changed writes its inbox and counters (and always when it deactivates). They are derived
    /// from the cases, which stay the source of truth, so a longer interval costs only how stale a node's stored copy may
    /// be after a silo crash; a shorter one costs a storage write per active node per interval, which in cluster mode
    /// is most of the database's load when many nodes are busy. Default 10 seconds.
    /// </summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(10);
}
