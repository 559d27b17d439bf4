using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Cases;
using Hub.Identifiers;

namespace Hub.Registry;

/// <summary>
/// The help stations that are nodes of their own (bank branches partnering with a county, <c>data/help-stations.json</c>),
/// each under the county it serves with a town-level code of the form <c>{county}9nn</c>, which no division has. A
/// village node is a help station too (its service station, <see cref="HelpStationKind.VillageStation"/>). Immutable.
/// </summary>
public sealed class HelpStations
{
    private readonly Dictionary<DivisionCode, (string Name, HelpStationKind Kind)> stations;

    private HelpStations(Dictionary<DivisionCode, (string Name, HelpStationKind Kind)> stations) => this.stations = stations;

    /// <summary>Every station of the file, with its name.</summary>
    public IEnumerable<(DivisionCode Code, string Name, HelpStationKind Kind)> All => stations.Select(s => (s.Key, s.Value.Name, s.Value.Kind));

    /// <summary>What kind of help station <paramref name="node"/> is: a listed station, a village's, or none (a hall).</summary>
    public HelpStationKind? KindOf(DivisionCode node) =>
        stations.TryGetValue(node, out var s) ? s.Kind : node.Level == DivisionLevel.Village ? HelpStationKind.VillageStation : null;

    /// <summary>Reads and checks the stations file; throws <see cref="NodeRegistryException"/> naming the entry at fault.</summary>
    public static HelpStations Load(string path)
    {
        var file = JsonSerializer.Deserialize<StationFile>(File.ReadAllText(path), new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            Converters = { new JsonStringEnumConverter() },
        }) ?? new StationFile(null);
        var stations = new Dictionary<DivisionCode, (string, HelpStationKind)>();
        foreach (var (entry, i) in (file.Stations ?? []).Select((e, i) => (e, i)))
        {
            var at = $"stations[{i}]";
            if (!DivisionCode.TryParse(entry.Code, out var code, out var error) || code.Level != DivisionLevel.Town || code.Value.ToString()[6] != '9')
            {
                throw new NodeRegistryException(Path.GetFileName(path), 0, $"{at}: code '{entry.Code}' is not its county's six digits, then 9 and two digits. {error}");
            }

            if (string.IsNullOrWhiteSpace(entry.Name) || entry.Kind is not HelpStationKind.BankBranch || !stations.TryAdd(code, (entry.Name.Trim(), entry.Kind.Value)))
            {
                throw new NodeRegistryException(Path.GetFileName(path), 0, $"{at}: give each station once, a name, and kind BankBranch (a village's station is the village node).");
            }
        }

        return new HelpStations(stations);
    }

    /// <summary>The stations shipped with the hub.</summary>
    public static HelpStations LoadDefault() => Load(Path.Combine(AppContext.BaseDirectory, "data", "help-stations.json"));

    private sealed record StationFile(List<StationEntry>? Stations);

    private sealed record StationEntry(string? Code, string? Name, HelpStationKind? Kind);
}
