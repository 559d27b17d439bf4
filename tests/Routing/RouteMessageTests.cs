using Hub.Cases;
using Hub.Catalogue;
using Hub.Identifiers;
using Hub.Routing;
using Hub.Tests.Registry;

namespace Hub.Tests.Routing;

[Collection(RegistryCollection.Name)]
public sealed class RouteMessageTests(RegistryFixture fixture)
{
    private readonly CaseRouter router = new(fixture.Registry, MatterCatalogue.LoadDefault());

    [Fact]
    public void Route_VillageWindowForCountyOnlyMatter_IsRefused()
    {
        var error = Refusal("PS-002", "610925100001", "430102", null);

        Assert.Equal(
            new RouteError("matterCode", "not-receivable",
                "Matter 'PS-002' (居民身份证换领) is not receivable at a village node; submit at a town or county window."),
            error);
    }

    [Fact]
    public void Route_ProvinceMatterAcrossProvinces_NamesBothNodes()
    {
        var error = Refusal("NR-002", "610925", "430102001001", null);

        Assert.Equal(("matterCode", "out-of-scope"), (error.Field, error.Code));
        Assert.Contains("only within one province", error.Message);
        Assert.Contains("receiving node 610925 (陕西省安康市岚皋县)", error.Message);
        Assert.Contains("handling node 430102 (湖南省长沙市芙蓉区)", error.Message);
    }

    [Fact]
    public void Route_AllianceMatterOutsideTheAlliance_NamesTheAllianceAndItsCities()
    {
        var error = Refusal("HS-004", "150626", "430102", null);

        Assert.Contains("only within the 呼包鄂乌 alliance (cities 1501, 1502, 1506, 1509)", error.Message);
        Assert.Contains("receiving node 150626 (内蒙古自治区鄂尔多斯市乌审旗)", error.Message);
        Assert.Contains("handling node 4301 (湖南省长沙市)", error.Message);
    }

    [Fact]
    public void Route_HomeCoarserThanCompetentLevel_AsksForAFinerCode()
    {
        var error = Refusal("PS-004", "610925", "4301", null);

        Assert.Equal("applicant.home", error.Field);
        Assert.Contains("Applicant home 4301 (湖南省长沙市) is a city", error.Message);
        Assert.Contains("give the applicant's county or a finer division code", error.Message);
    }

    [Fact]
    public void Route_DisallowedMode_ListsTheAllowedModes()
    {
        var error = Refusal("PS-002", "610925", "430102", HandlingMode.JointHandling);

        Assert.Equal("mode", error.Field);
        Assert.Contains("cannot be handled as JointHandling; choose one of ProxyReceipt, or leave mode out", error.Message);
    }

    [Fact]
    public void Route_UnknownReceivingNode_AsksForTheWindowsOwnCode()
    {
        var error = Refusal("PS-004", "610928", "430102", null);

        Assert.Equal("receivingNode", error.Field);
        Assert.Contains("Receiving node 610928000000 is not a service node", error.Message);
    }

    private RouteError Refusal(string matter, string receiving, string home, HandlingMode? mode)
    {
        var result = router.Route(new RouteRequest(matter, DivisionCode.Parse(receiving), DivisionCode.Parse(home), mode));
        Assert.False(result.IsSuccess);
        return result.Error!;
    }
}
