namespace Hub.Windows;

/// <summary>
/// Window credentials, bound from <c>Hub:Windows</c> and checked by <see cref="WindowsOptionsValidator"/>. In cluster mode
/// windows live in the database (<c>windows add</c>) and only <see cref="CacheFor"/> may be set here.
/// </summary>
public sealed class WindowsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Hub:Windows";

    /// <summary>
    /// Cluster mode: how long a silo keeps the answer to a key lookup (known window, or unknown key) before it asks the
    /// database again, so that a window's calls are not each a query. A revoked window is refused within this time.
    /// Default 30 seconds; 00:00:00 asks the database on every call.
    /// </summary>
    public TimeSpan CacheFor { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Embedded mode: the windows, from the numbered entries <c>Hub:Windows:0</c>, <c>Hub:Windows:1</c> … Default: the six
    /// demo windows of <see cref="Hosting.EmbeddedDefaults"/> when no entry is set. Cluster mode refuses any entry.
    /// </summary>
    public IReadOnlyList<WindowCredential> Entries { get; set; } = [];
}
