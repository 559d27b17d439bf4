using Hub.Cases;
using Hub.Catalogue;
using Hub.Identifiers;

namespace Hub.Tests.Catalogue;

public sealed class MatterCatalogueTests
{
    private readonly MatterCatalogue catalogue = MatterCatalogue.LoadDefault();

    [Fact]
    public void ChangeSetsFollowed_ArePutInForceInOrder_AndOneThatDoesNotApply_LeavesThoseBeforeItInForce()
    {
        var catalogue = MatterCatalogue.LoadDefault();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        CatalogueChangeSet Set(int seq, string code, string entry) =>
            new(seq, DateTimeOffset.UtcNow, "operator", "test", [new CatalogueChange(CatalogueChangeKind.Change, code, entry, null, today)]);

        var failure = Assert.Throws<CatalogueChangeException>(() => catalogue.Advance(
            [Set(2, "XX-404", """{"committedDays": 2}"""), Set(1, "PS-004", """{"committedDays": 2}"""), Set(3, "PS-004", """{"committedDays": 1}""")]));

        Assert.Equal("changes[0].code", failure.Field);
        Assert.Equal(1, catalogue.Seq);
        Assert.True(catalogue.TryGet("PS-004", out var matter));
        Assert.Equal((2, 2), (matter.Version, matter.CommittedDays));
        Assert.Equal([1, 2], catalogue.History("PS-004").Select(r => r.Version));
    }

    [Fact]
    public void LoadDefault_HasAtLeastFortyMattersOverEightDepartments()
    {
        Assert.True(catalogue.All.Count >= 40, $"{catalogue.All.Count} matters");
        Assert.True(catalogue.All.Select(matter => matter.Department).Distinct().Count() >= 8);
        Assert.All(catalogue.All, matter => Assert.Contains(matter.Department, Departments.All));
        Assert.All(catalogue.All, matter => Assert.True(matter.CommittedDays < matter.StatutoryDays, matter.Code));
    }

    [Fact]
    public void LoadDefault_DeclaresTheHohhotBaotouOrdosUlanqabAlliance()
    {
        var alliance = Assert.Single(catalogue.Alliances);

        Assert.Equal("呼包鄂乌", alliance.Name);
        Assert.Equal(["1501", "1502", "1506", "1509"], alliance.Cities.Select(city => city.ToShortString()));
        Assert.Contains(catalogue.All, matter => matter.Scope == MatterScope.Alliance && matter.Alliance == "呼包鄂乌");
    }

    [Fact]
    public void LoadDefault_CoversEveryScopeAndCountyOrTownOnlyMatters()
    {
        Assert.Equal(Enum.GetValues<MatterScope>().Order(), catalogue.All.Select(matter => matter.Scope).Distinct().Order());
        Assert.Contains(catalogue.All, matter => !matter.IsReceivableAt(DivisionLevel.Village) && matter.IsReceivableAt(DivisionLevel.Town));
    }

    [Fact]
    public void LoadDefault_HasFourBundlesThatRunInStagesInAnyOfTheirModes()
    {
        Assert.True(catalogue.TryGet("BN-001", out var business));

        Assert.Equal("企业开办“一件事”", business.Name);
        Assert.Equal(1, business.CommittedDays);
        Assert.Equal([HandlingMode.FullyOnline, HandlingMode.ProxyReceipt], business.Modes);
        Assert.Equal(["market-regulation"], business.Stages[0]);
        Assert.Equal(["tax", "public-security"], business.Stages[1]);
        Assert.Equal(4, catalogue.All.Count(matter => matter.IsBundle && matter.Stages.SelectMany(s => s).Distinct().Count() >= 3));
        Assert.DoesNotContain(catalogue.All, matter => matter.IsBundle && matter.Allows(HandlingMode.JointHandling));
    }

    [Fact]
    public void LoadDefault_TransfersAreHandledJointlyAtTheFormerRegionThenAtHome()
    {
        Assert.True(catalogue.TryGet("HR-003", out var pension));

        Assert.Contains(HandlingMode.JointHandling, pension.Modes);
        Assert.Equal([(JointRegion.Former, 1), (JointRegion.Home, 2)], pension.JointTasks!.Select(t => (t.At, t.Stage)));
        Assert.All(pension.JointTasks!, t => Assert.Equal("human-resources", t.Department));
        Assert.All(catalogue.All.Where(m => m.Allows(HandlingMode.JointHandling)), m => Assert.True(m.NeedsFormerHome, m.Code));
    }

    [Fact]
    public void TryGet_KnownCode_ReturnsTheMatterAsWritten()
    {
        Assert.True(catalogue.TryGet("PS-002", out var matter));

        Assert.Equal("居民身份证换领", matter.Name);
        Assert.Equal("public-security", matter.Department);
        Assert.Equal(DivisionLevel.County, matter.CompetentLevel);
        Assert.Equal(MatterScope.National, matter.Scope);
        Assert.Equal([HandlingMode.ProxyReceipt], matter.Modes);
        Assert.Equal([DivisionLevel.County, DivisionLevel.Town], matter.ReceivableAt);
        Assert.Equal((30, 60), (matter.CommittedDays, matter.StatutoryDays));
        Assert.Equal(20m, matter.Fee);
        Assert.Equal(("id-card", "居民身份证", true, false), (matter.Materials[0].Code, matter.Materials[0].Name, matter.Materials[0].Required, matter.Materials[0].OriginalToPost));
        Assert.Empty(matter.Materials[0].CertificateTypes);
        Assert.Equal(["11100000HUB000001J001"], matter.Materials[1].CertificateTypes);
    }

    [Theory]
    [InlineData("ps-002")]
    [InlineData("")]
    [InlineData("XX-999")]
    public void TryGet_UnknownCode_IsNotFound(string code)
    {
        Assert.False(catalogue.TryGet(code, out _));
    }
}
