using System.Text.Json;
using System.Text.RegularExpressions;
using Hub.Catalogue;
using Hub.Identifiers;
using Hub.Registry;

namespace Hub.Hotline;

/// <summary>
/// The routing table of 12345 work orders (<c>data/hotline-routing.json</c>): for each category, the department line
/// and the level whose node is competent. An order goes to the node of its division at that level (or to its division
/// itself when that is above the level: a city's order stays at the city), which must be in the registry. The file is
/// validated when it is loaded: any error names the entry and field.
/// </summary>
public sealed partial class HotlineRouting
{
    private readonly Dictionary<string, HotlineCategory> _categories;
    private readonly NodeRegistry _registry;

    private HotlineRouting(Dictionary<string, HotlineCategory> categories, NodeRegistry registry)
    {
        _categories = categories;
        _registry = registry;
    }

    /// <summary>The categories, in the file's order.</summary>
    public IReadOnlyList<HotlineCategory> Categories => [.. _categories.Values];

    public static HotlineRouting LoadDefault(NodeRegistry registry) =>
        Load(Path.Combine(AppContext.BaseDirectory, "data", "hotline-routing.json"), registry);

    public static HotlineRouting Load(string path, NodeRegistry registry)
    {
        var file = Path.GetFileName(path);
        RoutingFile? document;
        try
        {
            document = JsonSerializer.Deserialize<RoutingFile>(File.ReadAllText(path), CatalogueReader.Options);
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            throw new CatalogueException(file, $"cannot be read: {ex.Message}", ex);
        }

        if (document?.Categories is not { Count: > 0 } entries)
        {
            throw new CatalogueException(file, "has no categories; give the table at least one, as {\"categories\": [{\"code\": …, \"name\": …, \"department\": …, \"level\": \"County\"}]}.");
        }

        var categories = new Dictionary<string, HotlineCategory>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var entry = $"category [{i}] '{e.Code}'";
            if (e.Code is null || !CodePattern().IsMatch(e.Code))
            {
                throw new CatalogueException(file, entry, "code", "give a code of lower-case letters and hyphens, as the hotline platform sends it (social-insurance).");
            }

            if (string.IsNullOrWhiteSpace(e.Name))
            {
                throw new CatalogueException(file, entry, "name", "give the category's name in Chinese, as the department sees it.");
            }

            if (!Departments.IsKnown(e.Department))
            {
                throw new CatalogueException(file, entry, "department", $"'{e.Department}' is no department line; use one of {string.Join(", ", Departments.All)}.");
            }

            if (e.Level is not { } level || !Enum.IsDefined(level))
            {
                throw new CatalogueException(file, entry, "level", "give the level whose node is competent: Province, City, County, Town or Village.");
            }

            if (!categories.TryAdd(e.Code, new HotlineCategory(e.Code, e.Name.Trim(), e.Department!, level)))
            {
                throw new CatalogueException(file, entry, "code", "another category has the same code; give each its own.");
            }
        }

        return new HotlineRouting(categories, registry);
    }

    /// <summary>Where an order of <paramref name="category"/> about <paramref name="division"/> goes, or a <see cref="WorkOrderRuleCodes.NoRoute"/> saying why not.</summary>
    public (DivisionCode Node, string NodeName, HotlineCategory Category) Route(DivisionCode division, string category)
    {
        if (!_categories.TryGetValue(category, out var found))
        {
            throw new WorkOrderRuleException(WorkOrderRuleCodes.NoRoute,
                $"category '{category}' is not in the hub's routing table; it routes {string.Join(", ", _categories.Keys)}.");
        }

        var node = division.Level > found.Level ? division.AncestorAt(found.Level) : division;
        if (!_registry.Contains(node))
        {
            throw new WorkOrderRuleException(WorkOrderRuleCodes.NoRoute,
                $"division {division} has no service node at {node} in the registry to handle '{category}' ({found.Level}); the division code is wrong or not in the national register.");
        }

        return (node, _registry.FullNameOf(node), found);
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex CodePattern();

    private sealed record RoutingFile(string? Note, List<CategoryEntry>? Categories);

    private sealed record CategoryEntry(string? Code, string? Name, string? Department, DivisionLevel? Level);
}

/// <summary>A category of the routing table: its code, its name, the department line, and the competent level.</summary>
public sealed record HotlineCategory(string Code, string Name, string Department, DivisionLevel Level);
