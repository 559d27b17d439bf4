using Hub.Identifiers;

namespace Hub.Cases;

/// <summary>
/// Who sends a command to a case: a window, with the node it serves, or an operator. The case itself decides what the
/// caller may see and do (DESIGN §6, need to know); the window API only says who is asking.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CaseCaller")]
public sealed record CaseCaller(
    [property: Id(0)] string Actor,
    [property: Id(1)] DivisionCode? Node)
{
    /// <summary>A window of <paramref name="node"/>: it sees cases its node receives or handles.</summary>
    public static CaseCaller Window(string windowId, DivisionCode node) => new($"window:{windowId}", node);

    /// <summary>An operator or the hub's own tooling: it sees every case and acts as no node.</summary>
    public static CaseCaller Operator(string name) => new($"operator:{name}", null);

    /// <summary>The window id of a window caller, for the case's timeline.</summary>
    public string WindowId => Actor.StartsWith("window:", StringComparison.Ordinal) ? Actor["window:".Length..] : Actor;

    /// <summary>Whether this caller may see a case received at <paramref name="receiving"/> and handled at <paramref name="handling"/>.</summary>
    /// <remarks>An online hall (a province's credential) handles nothing: it sees only the cases it received.</remarks>
    public bool MaySee(DivisionCode receiving, DivisionCode handling) =>
        Node is not { } node || node == receiving || (node == handling && node.Level != DivisionLevel.Province);

    /// <summary>Whether this caller acts for the receiving node, which alone supplements, withdraws, hands over and rates.</summary>
    public bool IsReceiving(DivisionCode receiving) => Node is { } node && node == receiving;
}
