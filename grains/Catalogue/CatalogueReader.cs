using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hub.Catalogue;

/// <summary>Reads the catalogue file entry by entry, so that any error names the entry and field at fault.</summary>
internal static class CatalogueReader
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    /// <summary>Reads and validates the alliances, then the matters.</summary>
    public static (List<Alliance> Alliances, List<Matter> Matters, List<string> Entries) Read(string path)
    {
        var file = Path.GetFileName(path);
        var document = ReadDocument(path, file);

        var alliances = new List<Alliance>();
        var alliancesByName = new Dictionary<string, Alliance>(StringComparer.Ordinal);
        for (var i = 0; i < document.Alliances!.Count; i++)
        {
            var element = document.Alliances[i];
            var entry = NameOf(element, "alliance", "name", i);
            var alliance = AllianceValidator.Validate(Deserialize<AllianceEntry>(file, entry, element), new EntryErrors(file, entry));
            if (!alliancesByName.TryAdd(alliance.Name, alliance))
            {
                throw new CatalogueException(file, entry, "name", "another alliance has the same name; give each alliance its own name.");
            }

            alliances.Add(alliance);
        }

        var matters = new List<Matter>();
        var entries = new List<string>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Matters!.Count; i++)
        {
            var element = document.Matters[i];
            var entry = NameOf(element, "matter", "code", i);
            var matter = MatterValidator.Validate(Deserialize<MatterEntry>(file, entry, element), alliancesByName, new EntryErrors(file, entry));
            if (!codes.Add(matter.Code))
            {
                throw new CatalogueException(file, entry, "code", "another matter has the same code; codes must be unique.");
            }

            matters.Add(matter);
            entries.Add(element.GetRawText());
        }

        return (alliances, matters, entries);
    }

    private static CatalogueDocument ReadDocument(string path, string file)
    {
        if (!File.Exists(path))
        {
            throw new CatalogueException(file, $"the file is missing at '{path}'; it ships with Hub.Grains as data/matters.json.");
        }

        CatalogueDocument? document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonSerializer.Deserialize<CatalogueDocument>(stream, Options);
        }
        catch (JsonException ex)
        {
            throw new CatalogueException(file, $"is not a valid catalogue at line {ex.LineNumber + 1} ({ex.Path}): {ex.Message}", ex);
        }

        if (document?.Matters is null || document.Alliances is null)
        {
            throw new CatalogueException(file, "the top level must be an object with the lists \"alliances\" and \"matters\".");
        }

        return document;
    }

    internal static T Deserialize<T>(string file, string entry, JsonElement element)
        where T : class
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new CatalogueException(file, entry, "$", $"is {element.ValueKind}; each entry is a JSON object.");
        }

        try
        {
            return element.Deserialize<T>(Options)!;
        }
        catch (JsonException ex)
        {
            var (field, problem) = JsonFieldError.Describe(element, ex);
            throw new CatalogueException(file, entry, field, problem, ex);
        }
    }

    internal static string NameOf(JsonElement element, string kind, string key, int index) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(key, out var name)
        && name.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(name.GetString())
            ? $"{kind} '{name.GetString()}'"
            : $"{kind} #{index + 1}";
}
