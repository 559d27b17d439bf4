using Hub.Identifiers;

namespace Hub.Registry;

/// <summary>One of the five division files: its name, the level of its rows and its header.</summary>
internal sealed record DivisionFile(string Name, DivisionLevel Level, string Header)
{
    /// <summary>The five files, widest level first: an earlier file's row wins a shared code.</summary>
    public static readonly IReadOnlyList<DivisionFile> All =
    [
        new("provinces.csv.gz", DivisionLevel.Province, "code,name"),
        new("cities.csv.gz", DivisionLevel.City, "code,name,provinceCode"),
        new("areas.csv.gz", DivisionLevel.County, "code,name,cityCode,provinceCode"),
        new("streets.csv.gz", DivisionLevel.Town, "code,name,areaCode,provinceCode,cityCode"),
        new("villages.csv.gz", DivisionLevel.Village, "code,name,streetCode,provinceCode,cityCode,areaCode"),
    ];

    /// <summary>The number of columns of a row.</summary>
    public int Columns => Header.Count(c => c == ',') + 1;

    /// <summary>The number of digits of a code at <paramref name="level"/>: 2, 4, 6, 9 or 12.</summary>
    public static int DigitsAt(DivisionLevel level) => level switch
    {
        DivisionLevel.Province => 2,
        DivisionLevel.City => 4,
        DivisionLevel.County => 6,
        DivisionLevel.Town => 9,
        _ => 12,
    };

    /// <summary>How many 12-digit values a division at <paramref name="level"/> spans: its code and all its descendants.</summary>
    public static long SpanOf(DivisionLevel level) => level switch
    {
        DivisionLevel.Province => 10_000_000_000,
        DivisionLevel.City => 100_000_000,
        DivisionLevel.County => 1_000_000,
        DivisionLevel.Town => 1_000,
        _ => 1,
    };
}
