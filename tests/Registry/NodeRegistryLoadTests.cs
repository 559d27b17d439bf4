using Hub.Identifiers;
using Hub.Registry;

namespace Hub.Tests.Registry;

public sealed class NodeRegistryLoadTests : IDisposable
{
    private readonly DivisionFilesWriter files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Load_SmallFiles_BuildsTheHierarchy()
    {
        var registry = NodeRegistry.Load(files.Write());

        Assert.Equal(5, registry.Count);
        Assert.Equal("陕西省安康市岚皋县城关镇西坡社区居委会", registry.FullNameOf(DivisionCode.Parse("610925100001")));
        Assert.Equal([DivisionCode.Parse("610925100001")], registry.ChildrenOf(DivisionCode.Parse("610925100")));
    }

    [Theory]
    [InlineData("streets.csv.gz", "610925101,\"佐龙镇\",610925,61", "streets.csv.gz line 3", "expected 5 columns")]
    [InlineData("villages.csv.gz", "61092510000X,\"x\",610925100,61,6109,610925", "villages.csv.gz line 3", "61092510000X")]
    [InlineData("villages.csv.gz", "6109251000021,\"x\",610925100,61,6109,610925", "villages.csv.gz line 3", "is not 12 digits")]
    [InlineData("areas.csv.gz", "610926,\"平利县,6109,61", "areas.csv.gz line 3", "quoted field")]
    [InlineData("areas.csv.gz", "610926,\"\",6109,61", "areas.csv.gz line 3", "name of 610926 is empty")]
    [InlineData("cities.csv.gz", "0009,\"无\",00", "cities.csv.gz line 3", "non-zero province part")]
    public void Load_MalformedRow_NamesFileAndLine(string file, string line, string where, string what)
    {
        var directory = files.Append(file, line).Write();

        var error = Assert.Throws<NodeRegistryException>(() => NodeRegistry.Load(directory));

        Assert.StartsWith(where, error.Message);
        Assert.Contains(what, error.Message);
        Assert.Equal(file, error.File);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Load_WrongHeader_NamesFileAndLineOne()
    {
        var directory = files.With("provinces.csv.gz", "id,title\n61,\"陕西省\"\n").Write();

        var error = Assert.Throws<NodeRegistryException>(() => NodeRegistry.Load(directory));

        Assert.Equal("provinces.csv.gz line 1: expected the header 'code,name'.", error.Message);
    }

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        var directory = files.Write(omit: "streets.csv.gz");

        var error = Assert.Throws<NodeRegistryException>(() => NodeRegistry.Load(directory));

        Assert.StartsWith("streets.csv.gz: the file is missing", error.Message);
    }

    [Fact]
    public void Load_VillageWithoutItsStreet_IsKeptAndCounted()
    {
        var directory = files.Append("villages.csv.gz", "610925199001,\"孤村\",610925199,61,6109,610925").Write();

        var registry = NodeRegistry.Load(directory);

        Assert.Equal(1, registry.LoadReport.Orphans);
        Assert.Equal("陕西省安康市岚皋县孤村", registry.FullNameOf(DivisionCode.Parse("610925199001")));
        Assert.Contains(DivisionCode.Parse("610925199001"), registry.ChildrenOf(DivisionCode.Parse("610925")));
    }

    [Fact]
    public void Load_RowsWithOddCodes_AreCountedNotFatal()
    {
        var directory = files
            .Append("areas.csv.gz", "610900,\"安康市\",6109,61")
            .Append("villages.csv.gz", "610925100002,\"东坡社区居委会\",610925777,61,6109,610925")
            .Write();

        var registry = NodeRegistry.Load(directory);

        Assert.Equal(1, registry.LoadReport.FoldedRows);
        Assert.Equal(1, registry.LoadReport.ParentMismatches);
        Assert.Equal(6, registry.Count);
        Assert.Equal("安康市", registry.NameOf(DivisionCode.Parse("6109")));
    }

    [Fact]
    public void Load_NameWithEscapedQuotes_Unescapes()
    {
        var directory = files.Append("villages.csv.gz", "610925100003,\"号房湾\"\"新\"\"村\",610925100,61,6109,610925").Write();

        var registry = NodeRegistry.Load(directory);

        Assert.Equal("号房湾\"新\"村", registry.NameOf(DivisionCode.Parse("610925100003")));
    }
}
