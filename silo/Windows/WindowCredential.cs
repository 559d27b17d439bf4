namespace Hub.Windows;

/// <summary>One service window's credential, bound to the node it serves (<c>Hub:Windows:n</c>).</summary>
public sealed class WindowCredential
{
    /// <summary>The window's id, shown in case timelines (e.g. <c>610925-village-01</c>).</summary>
    public string Id { get; set; } = "";

    /// <summary>The 12-digit (or shorter) division code of the window's node.</summary>
    public string Node { get; set; } = "";

    /// <summary>The secret the window presents as <c>Authorization: Bearer &lt;key&gt;</c>.</summary>
    public string Key { get; set; } = "";

    /// <summary>A human name for the window.</summary>
    public string? Name { get; set; }
}
