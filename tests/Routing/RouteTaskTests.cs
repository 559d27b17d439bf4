using Hub.Cases;
using Hub.Catalogue;
using Hub.Identifiers;
using Hub.Routing;
using Hub.Tests.Registry;

namespace Hub.Tests.Routing;

[Collection(RegistryCollection.Name)]
public sealed class RouteTaskTests(RegistryFixture fixture)
{
    private readonly CaseRouter router = new(fixture.Registry, MatterCatalogue.LoadDefault());

    [Fact]
    public void Route_JointHandlingMatter_PlansOneTaskPerDepartmentPerStage()
    {
        var result = Route("JH-001", "430102", "430102001001", null);

        Assert.Equal(HandlingMode.JointHandling, result.Mode);
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
    public void Route_StagedMatterInProxyReceipt_PlansOneTaskForTheLeadDepartment()
    {
        var result = Route("JH-003", "610925", "430102", null);

        Assert.Equal(HandlingMode.ProxyReceipt, result.Mode);
        Assert.Equal([new CaseTaskPlan("human-resources", 1)], result.Tasks);
    }

    [Fact]
    public void Route_StagedMatterAskedAsJointHandling_PlansItsStages()
    {
        var result = Route("JH-003", "610925", "430102", HandlingMode.JointHandling);

        Assert.Equal(
            [new CaseTaskPlan("human-resources", 1), new CaseTaskPlan("housing", 2), new CaseTaskPlan("medical-insurance", 2)],
            result.Tasks);
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

    private RouteResult Route(string matter, string receiving, string home, HandlingMode? mode)
    {
        var result = router.Route(new RouteRequest(matter, DivisionCode.Parse(receiving), DivisionCode.Parse(home), mode));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result;
    }
}
