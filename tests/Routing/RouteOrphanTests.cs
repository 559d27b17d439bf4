using Hub.Catalogue;
using Hub.Identifiers;
using Hub.Registry;
using Hub.Routing;
using Hub.Tests.Registry;

namespace Hub.Tests.Routing;

public sealed class RouteOrphanTests : IDisposable
{
    private readonly DivisionFilesWriter files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Route_HomeWhoseTownIsMissing_IsRefusedOnTheHome()
    {
        // A village whose street row is missing from the data: the town-level handling node does not exist.
        var registry = NodeRegistry.Load(files.Append("villages.csv.gz", "610925199001,\"孤村\",610925199,61,6109,610925").Write());
        var router = new CaseRouter(registry, MatterCatalogue.LoadDefault());

        var result = router.Route(new RouteRequest("CA-006", DivisionCode.Parse("610925100001"), DivisionCode.Parse("610925199001"), null));

        Assert.Equal(("applicant.home", "no-handling-node"), (result.Error?.Field, result.Error?.Code));
        Assert.Contains("(陕西省安康市岚皋县孤村) has no town node", result.Error!.Message);
    }
}
