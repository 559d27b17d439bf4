using Hub.Cases;
using Hub.Catalogue;
using Hub.Identifiers;
using Hub.Routing;
using Hub.Tests.Registry;

namespace Hub.Tests.Routing;

[Collection(RegistryCollection.Name)]
public sealed class RouteTaskTests(RegistryFixture fixture)
{
    private const string Furong = "430102";
    private const string ChangshaVillage = "430102001001";
    private const string LangaoVillage = "610925100201";

    private readonly CaseRouter router = new(fixture.Registry, MatterCatalogue.LoadDefault());

    [Theory]
    [InlineData(null, HandlingMode.ProxyReceipt)]
    [InlineData(HandlingMode.FullyOnline, HandlingMode.FullyOnline)]
    public void Route_Bundle_PlansOneTaskPerDepartmentPerStageWhateverTheMode(HandlingMode? asked, HandlingMode mode)
    {
        var result = Route("BN-001", Furong, ChangshaVillage, asked);

        Assert.Equal(mode, result.Mode);
        Assert.Equal(
            [
                new CaseTaskPlan("market-regulation", 1),
                new CaseTaskPlan("tax", 2),
                new CaseTaskPlan("public-security", 2),
                new CaseTaskPlan("human-resources", 3),
                new CaseTaskPlan("medical-insurance", 3),
                new CaseTaskPlan("housing", 3),
            ],
            result.Tasks);
    }

    [Fact]
    public void Route_RetirementBundle_PlansItsStagesInProxyReceipt()
    {
        var result = Route("BN-003", "610925", Furong, null);

        Assert.Equal(HandlingMode.ProxyReceipt, result.Mode);
        Assert.Equal(
            [new CaseTaskPlan("human-resources", 1), new CaseTaskPlan("housing", 2), new CaseTaskPlan("medical-insurance", 2)],
            result.Tasks);
    }

    [Fact]
    public void Route_JointTransfer_PlansTheFormerRegionsTaskThenTheHomeRegions()
    {
        var result = Route("HR-003", Furong, ChangshaVillage, HandlingMode.JointHandling, LangaoVillage);

        Assert.Equal(DivisionCode.Parse(Furong), result.HandlingNode);
        Assert.Equal(
            [
                ("human-resources", 1, DivisionCode.Parse("610925"), "转出"),
                ("human-resources", 2, DivisionCode.Parse(Furong), "转入"),
            ],
            result.Tasks.Select(t => (t.Department, t.Stage, t.Node!.Value, t.Name![..2])));
    }

    [Fact]
    public void Route_TransferNotAskedJointly_PlansOneTaskAtHome()
    {
        var result = Route("HR-003", Furong, ChangshaVillage, null);

        Assert.Equal([new CaseTaskPlan("human-resources", 1)], result.Tasks);
    }

    [Theory]
    [InlineData(HandlingMode.JointHandling, null, "applicant.formerHome", "former-home-required", "转出")]
    [InlineData(HandlingMode.ProxyReceipt, LangaoVillage, "applicant.formerHome", "former-home-not-joint", "set mode to JointHandling")]
    [InlineData(HandlingMode.JointHandling, "430102001002", "applicant.formerHome", "same-region", "芙蓉区")]
    [InlineData(HandlingMode.JointHandling, "990101", "applicant.formerHome", "unknown-home", "Former home 990101")]
    [InlineData(HandlingMode.JointHandling, "6109", "applicant.formerHome", "home-too-coarse", "Former home 6109")]
    public void Route_BadJointRequest_IsRefusedNamingTheFormerHome(HandlingMode mode, string? former, string field, string code, string words)
    {
        var result = router.Route(new RouteRequest("HR-003", DivisionCode.Parse(Furong), DivisionCode.Parse(ChangshaVillage), mode,
            former is null ? null : DivisionCode.Parse(former)));

        Assert.False(result.IsSuccess);
        Assert.Equal((field, code), (result.Error!.Field, result.Error.Code));
        Assert.Contains(words, result.Error.Message);
    }

    [Fact]
    public void Route_FormerHomeForAMatterNeverJoint_SaysToLeaveItOut()
    {
        var result = router.Route(new RouteRequest("TX-001", DivisionCode.Parse(Furong), DivisionCode.Parse(ChangshaVillage), null, DivisionCode.Parse(LangaoVillage)));

        Assert.Equal("former-home-not-joint", result.Error!.Code);
        Assert.Contains("is never handled jointly, so leave formerHome out", result.Error.Message);
    }

    [Fact]
    public void Route_SingleDepartmentMatter_PlansOneTask()
    {
        var result = Route("TX-001", "610925100", "430102", null);

        Assert.Equal([new CaseTaskPlan("tax", 1)], result.Tasks);
    }

    [Fact]
    public void Route_RoutableRequest_AllocatesNothing()
    {
        var request = new RouteRequest("HS-004", DivisionCode.Parse("150602001"), DivisionCode.Parse("150203001015"), null);
        Assert.True(router.Route(request).IsSuccess);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            router.Route(request);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private RouteResult Route(string matter, string receiving, string home, HandlingMode? mode, string? former = null)
    {
        var result = router.Route(new RouteRequest(matter, DivisionCode.Parse(receiving), DivisionCode.Parse(home), mode, former is null ? null : DivisionCode.Parse(former)));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result;
    }
}
