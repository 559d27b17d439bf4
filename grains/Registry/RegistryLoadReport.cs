namespace Hub.Registry;

/// <summary>What loading the division files found: rows per file and the rows that needed care.</summary>
/// <param name="ProvinceRows">Rows of provinces.csv.gz.</param>
/// <param name="CityRows">Rows of cities.csv.gz.</param>
/// <param name="CountyRows">Rows of areas.csv.gz.</param>
/// <param name="TownRows">Rows of streets.csv.gz.</param>
/// <param name="VillageRows">Rows of villages.csv.gz.</param>
/// <param name="FoldedRows">
/// Rows whose code a wider division already holds, kept once under the wider row: cities without counties
/// (441900 东莞市 is city 4419), and 金门县 repeated as its own town and village.
/// </param>
/// <param name="ParentMismatches">Rows whose parent column disagrees with the leading digits of their code; the code wins.</param>
/// <param name="Orphans">Nodes whose parent division is missing; they hang under their nearest existing ancestor.</param>
/// <param name="Elapsed">Time taken to read, sort and index the files.</param>
/// <param name="HelpStations">Help stations added as nodes of their own (<see cref="Registry.HelpStations"/>), not rows of the division files.</param>
public sealed record RegistryLoadReport(
    int ProvinceRows,
    int CityRows,
    int CountyRows,
    int TownRows,
    int VillageRows,
    int FoldedRows,
    int ParentMismatches,
    int Orphans,
    TimeSpan Elapsed,
    int HelpStations = 0)
{
    /// <summary>All rows read, before folding.</summary>
    public int TotalRows => ProvinceRows + CityRows + CountyRows + TownRows + VillageRows;
}
