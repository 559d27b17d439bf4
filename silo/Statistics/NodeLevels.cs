using Hub.Identifiers;
using Hub.Registry;

namespace Hub.Statistics;

/// <summary>The nodes of a level within a node, or within the nation, as the registry holds them.</summary>
public static class NodeLevels
{
    /// <summary>At most <paramref name="limit"/> nodes of <paramref name="level"/> within <paramref name="within"/> (null: the nation), in code order.</summary>
    public static List<DivisionCode> Within(NodeRegistry registry, DivisionCode? within, DivisionLevel level, int limit)
    {
        var found = new List<DivisionCode>();
        var roots = within is { } w ? registry.ChildrenOf(w) : Provinces(registry);
        Collect(registry, roots, level, limit, found);
        return found;
    }

    // Province codes are the two-digit prefixes 11 to 99 followed by zeros.
    private static List<DivisionCode> Provinces(NodeRegistry registry) =>
        [.. Enumerable.Range(11, 89).Select(p => DivisionCode.FromValue(p * 10_000_000_000L)).Where(registry.Contains)];

    private static void Collect(NodeRegistry registry, IEnumerable<DivisionCode> nodes, DivisionLevel level, int limit, List<DivisionCode> found)
    {
        foreach (var node in nodes)
        {
            if (found.Count >= limit)
            {
                return;
            }

            if (node.Level == level)
            {
                found.Add(node);
            }
            else if (node.Level < level)
            {
                Collect(registry, registry.ChildrenOf(node), level, limit, found);
            }
        }
    }
}
