using Hub.Identifiers;
using Hub.Registry;
using Xunit.Abstractions;

namespace Hub.Tests.Registry;

[Collection(RegistryCollection.Name)]
public sealed class NodeRegistryTests(RegistryFixture fixture, ITestOutputHelper output)
{
    private readonly NodeRegistry registry = fixture.Registry;

    [Theory]
    [InlineData("provinces.csv.gz", 31)]
    [InlineData("cities.csv.gz", 342)]
    [InlineData("areas.csv.gz", 2_978)]
    [InlineData("streets.csv.gz", 41_352)]
    [InlineData("villages.csv.gz", 620_573)]
    public void Load_ReadsEveryRowOfEachFile(string file, int documentedRows)
    {
        var report = registry.LoadReport;
        var read = file switch
        {
            "provinces.csv.gz" => report.ProvinceRows,
            "cities.csv.gz" => report.CityRows,
            "areas.csv.gz" => report.CountyRows,
            "streets.csv.gz" => report.TownRows,
            _ => report.VillageRows,
        };

        Assert.Equal(documentedRows, DivisionFileRows.Count(file));
        Assert.Equal(documentedRows, read);
    }

    [Fact]
    public void Load_KeepsOneNodePerCode_FoldingCountyRowsThatRepeatTheirCity()
    {
        // 441900 东莞市, 442000 中山市 and 460400 儋州市 have no counties: their county row repeats the city's code.
        // 金门县 350527 appears again as its own town and village.
        var report = registry.LoadReport;
        Assert.Equal(5, report.FoldedRows);
        Assert.Equal(report.TotalRows - report.FoldedRows + report.HelpStations, registry.Count);
        Assert.Equal(8, report.HelpStations);
        Assert.Equal(31, registry.CountAt(DivisionLevel.Province));
        Assert.Equal(342, registry.CountAt(DivisionLevel.City));
        Assert.Equal(2_978 - 3, registry.CountAt(DivisionLevel.County));
        Assert.Equal(41_352 - 1 + 8, registry.CountAt(DivisionLevel.Town));
        Assert.Equal(620_573 - 1, registry.CountAt(DivisionLevel.Village));
        Assert.Equal("东莞市", registry.NameOf(DivisionCode.Parse("441900")));
        Assert.Equal("金门县", registry.NameOf(DivisionCode.Parse("350527000000")));
        Assert.Equal(0, report.Orphans);
        Assert.Equal(0, report.ParentMismatches);
    }

    [Fact]
    public void Load_StaysCompact()
    {
        output.WriteLine(
            $"{registry.Count:N0} nodes loaded in {registry.LoadReport.Elapsed.TotalMilliseconds:N0} ms; tables {registry.FootprintBytes / 1_048_576.0:N1} MiB "
            + $"({(double)registry.FootprintBytes / registry.Count:N1} bytes a node); managed heap +{fixture.ManagedBytes / 1_048_576.0:N1} MiB");

        // Codes (8 bytes), name offsets (4) and UTF-8 names (about 20) per node; per-node objects would take three times that.
        // The tables are measured rather than the heap: other test collections allocate in parallel, so a heap delta is noise.
        Assert.InRange(registry.FootprintBytes, 1, 40L * registry.Count);
        Assert.InRange(registry.FootprintBytes, 1, 40L * 1024 * 1024);
    }

    [Theory]
    [InlineData("610925", "岚皋县", DivisionLevel.County, "陕西省安康市岚皋县")]
    [InlineData("430102", "芙蓉区", DivisionLevel.County, "湖南省长沙市芙蓉区")]
    [InlineData("1101", "市辖区", DivisionLevel.City, "北京市市辖区")]
    [InlineData("110101", "东城区", DivisionLevel.County, "北京市东城区")]
    [InlineData("500229", "城口县", DivisionLevel.County, "重庆市城口县")]
    [InlineData("419001", "济源市", DivisionLevel.County, "河南省济源市")]
    [InlineData("610925100001", "西坡社区居委会", DivisionLevel.Village, "陕西省安康市岚皋县城关镇西坡社区居委会")]
    public void Lookup_FindsNodeAndFullName(string code, string name, DivisionLevel level, string fullName)
    {
        var division = DivisionCode.Parse(code);

        Assert.True(registry.Contains(division));
        Assert.True(registry.TryGet(division, out var node));
        Assert.Equal(new ServiceNode(division, name, level), node);
        Assert.Equal(name, registry.NameOf(division));
        Assert.Equal(fullName, registry.FullNameOf(division));
    }

    [Fact]
    public void FullNameOf_TownOfCityWithoutCounties_NamesTheCityOnce()
    {
        var town = registry.ChildrenOf(DivisionCode.Parse("4419"))[0];

        Assert.Equal("广东省东莞市" + registry.NameOf(town), registry.FullNameOf(town));
    }

    [Theory]
    [InlineData("610928")]
    [InlineData("610925999")]
    [InlineData("990000000000")]
    public void Lookup_UnknownCode_IsNotFound(string code)
    {
        var division = DivisionCode.Parse(code);

        Assert.False(registry.Contains(division));
        Assert.False(registry.TryGet(division, out _));
        var error = Assert.Throws<KeyNotFoundException>(() => registry.NameOf(division));
        Assert.Contains(division.ToString(), error.Message);
    }

    [Fact]
    public void ChildrenOf_County_ListsItsTownsFromTheFile()
    {
        var expected = DivisionFileRows.Matching("streets.csv.gz", "610925").Select(row => DivisionCode.Parse(row[0]));

        var children = registry.ChildrenOf(DivisionCode.Parse("610925"));

        Assert.Equal(expected, children);
        Assert.Contains(DivisionCode.Parse("610925100"), children);
    }

    [Fact]
    public void ChildrenOf_Province_ListsItsCitiesOnly()
    {
        var children = registry.ChildrenOf(DivisionCode.Parse("43"));

        Assert.Equal(DivisionFileRows.Matching("cities.csv.gz", "43").Count, children.Count);
        Assert.All(children, child => Assert.Equal(DivisionLevel.City, child.Level));
        Assert.Contains(DivisionCode.Parse("4301"), children);
    }

    [Fact]
    public void ChildrenOf_CityWithoutCounties_ListsItsTowns()
    {
        var children = registry.ChildrenOf(DivisionCode.Parse("4419"));

        Assert.NotEmpty(children);
        Assert.All(children, child => Assert.Equal(DivisionLevel.Town, child.Level));
    }

    [Fact]
    public void ChildrenOf_Village_IsEmpty()
    {
        Assert.Empty(registry.ChildrenOf(DivisionCode.Parse("610925100001")));
    }
}
