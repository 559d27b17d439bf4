using System.Text.Json;

namespace Hub.Catalogue;

/// <summary>The catalogue file's top level: alliances first, then matters, each kept raw for per-entry errors.</summary>
internal sealed class CatalogueDocument
{
    public List<JsonElement>? Alliances { get; set; }

    public List<JsonElement>? Matters { get; set; }
}
