namespace Hub;

/// <summary>
/// The hub's own clock: what deadlines, supervision moments, certificate validity and case ids are reckoned by. It is
/// the system clock; a test moves it (forward or back) by registering its own, while Orleans keeps the system's
/// <see cref="TimeProvider"/> for membership and activation collection, which must not jump.
/// </summary>
public class HubClock : TimeProvider
{
    /// <summary>The system clock.</summary>
    public static new HubClock System { get; } = new();
}
