using System.Diagnostics.CodeAnalysis;

namespace Hub.Catalogue;

/// <summary>The service catalogue (事项目录): every matter the hub can route, and the alliances they refer to.
/// Immutable once loaded and safe to share between threads.</summary>
public sealed class MatterCatalogue
{
    private readonly Dictionary<string, Matter> byCode;
    private readonly Dictionary<string, Alliance> alliancesByName;

    private MatterCatalogue(string fileName, List<Alliance> alliances, List<Matter> matters)
    {
        FileName = fileName;
        Alliances = alliances.AsReadOnly();
        All = matters.AsReadOnly();
        byCode = matters.ToDictionary(matter => matter.Code, StringComparer.Ordinal);
        alliancesByName = alliances.ToDictionary(alliance => alliance.Name, StringComparer.Ordinal);
    }

    /// <summary>Every matter, in file order.</summary>
    public IReadOnlyList<Matter> All { get; }

    /// <summary>Every alliance, in file order.</summary>
    public IReadOnlyList<Alliance> Alliances { get; }

    /// <summary>The name of the file the catalogue was loaded from, for errors found by checks that need other data.</summary>
    internal string FileName { get; }

    /// <summary>Loads and validates the catalogue at <paramref name="path"/>.</summary>
    /// <exception cref="CatalogueException">The file is missing, or an entry is wrong; the message names the entry, the field and what is wrong.</exception>
    public static MatterCatalogue Load(string path)
    {
        var (alliances, matters) = CatalogueReader.Read(path);
        return new MatterCatalogue(Path.GetFileName(path), alliances, matters);
    }

    /// <summary>Loads the catalogue shipped with Hub.Grains, <c>data/matters.json</c> under the application's base directory.</summary>
    public static MatterCatalogue LoadDefault() => Load(Path.Combine(AppContext.BaseDirectory, "data", "matters.json"));

    /// <summary>Finds the matter with <paramref name="code"/> (exact, case-sensitive).</summary>
    public bool TryGet(string code, [MaybeNullWhen(false)] out Matter matter)
    {
        matter = null;
        return code is not null && byCode.TryGetValue(code, out matter);
    }

    /// <summary>Finds the alliance named <paramref name="name"/>.</summary>
    public bool TryGetAlliance(string name, [MaybeNullWhen(false)] out Alliance alliance) =>
        alliancesByName.TryGetValue(name, out alliance);
}
