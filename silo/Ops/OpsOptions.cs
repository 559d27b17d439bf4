namespace Hub.Ops;

/// <summary>The operator credential, bound from <c>Hub:Ops</c> and checked by <see cref="OpsOptionsValidator"/>.</summary>
public sealed class OpsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Hub:Ops";

    /// <summary>The configuration key of <see cref="Key"/>.</summary>
    public const string KeyKey = "Hub:Ops:Key";

    /// <summary>
    /// The key operators send as <c>Authorization: Bearer &lt;key&gt;</c> to every <c>/ops</c> endpoint but health.
    /// Default: in embedded mode the demo key <c>demo-ops</c>; in cluster mode none, which keeps those endpoints closed.
    /// Cluster mode refuses the demo key and keys shorter than <see cref="MinimumClusterKeyLength"/> characters.
    /// </summary>
    public string? Key { get; set; }

    /// <summary>The shortest operator key cluster mode accepts.</summary>
    public const int MinimumClusterKeyLength = 32;
}
