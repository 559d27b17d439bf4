using System.Globalization;
using Hub.Identifiers;

namespace Hub.Halls;

/// <summary>The keys of a hall's queue grains: one per node, matter and day, and the node's list of the day's queues.</summary>
public static class QueueKeys
{
    /// <summary>The key of <paramref name="matter"/>'s queue at <paramref name="node"/> on <paramref name="date"/>: <c>{node}/{matter}/{yyyy-MM-dd}</c>.</summary>
    public static string Queue(DivisionCode node, string matter, DateOnly date) =>
        $"{node.ToShortString()}/{matter}/{Day(date)}";

    /// <summary>The key of the list of <paramref name="node"/>'s queues on <paramref name="date"/>: <c>{node}/{yyyy-MM-dd}</c>.</summary>
    public static string Node(DivisionCode node, DateOnly date) => $"{node.ToShortString()}/{Day(date)}";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
