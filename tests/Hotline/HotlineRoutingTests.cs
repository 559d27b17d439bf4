using Hub.Catalogue;
using Hub.Hotline;
using Hub.Identifiers;
using Hub.Registry;

namespace Hub.Tests.Hotline;

/// <summary>The routing table of 12345 work orders, as each silo loads and checks it at start-up.</summary>
public sealed class HotlineRoutingTests
{
    private static readonly NodeRegistry Registry = NodeRegistry.LoadDefault();

    [Fact]
    public void TheShippedTable_RoutesAVillagesOrderToItsCountyOrItsTown_ByCategory_AndACitysToTheCity()
    {
        var routing = HotlineRouting.LoadDefault(Registry);

        Assert.Equal(("610925000000", "human-resources"), Route(routing, "610925100201", "wages"));
        Assert.Equal(("610925100000", "civil-affairs"), Route(routing, "610925100201", "village-affairs"));
        Assert.Equal(("430100000000", "housing"), Route(routing, "4301", "housing"));
        Assert.All(routing.Categories, c => Assert.True(Departments.IsKnown(c.Department)));
    }

    [Theory]
    [InlineData("""{"categories": [{"code": "tax", "name": "税费", "department": "finance", "level": "County"}]}""", "field 'department': 'finance' is no department line")]
    [InlineData("""{"categories": [{"code": "Tax", "name": "税费", "department": "tax", "level": "County"}]}""", "field 'code'")]
    [InlineData("""{"categories": [{"code": "tax", "name": " ", "department": "tax", "level": "County"}]}""", "field 'name'")]
    [InlineData("""{"categories": [{"code": "tax", "name": "税费", "department": "tax"}]}""", "field 'level'")]
    [InlineData("""{"categories": [{"code": "tax", "name": "税费", "department": "tax", "level": "County"}, {"code": "tax", "name": "税", "department": "tax", "level": "Town"}]}""", "category [1] 'tax', field 'code': another category has the same code")]
    [InlineData("""{"categories": []}""", "has no categories")]
    public void ABadTable_StopsStartUp_NamingTheEntryAndField(string json, string expected)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hotline-routing-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var ex = Assert.Throws<CatalogueException>(() => HotlineRouting.Load(path, Registry));

            Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AnUnknownCategory_OrADivisionOutsideTheRegister_HasNoRoute_SayingWhich()
    {
        var routing = HotlineRouting.LoadDefault(Registry);

        var category = Assert.Throws<WorkOrderRuleException>(() => routing.Route(DivisionCode.Parse("610925"), "weather"));
        var division = Assert.Throws<WorkOrderRuleException>(() => routing.Route(DivisionCode.Parse("990101"), "tax"));

        Assert.Equal((WorkOrderRuleCodes.NoRoute, WorkOrderRuleCodes.NoRoute), (category.Code, division.Code));
        Assert.Contains("'weather'", category.Message, StringComparison.Ordinal);
        Assert.Contains("990101", division.Message, StringComparison.Ordinal);
    }

    private static (string, string) Route(HotlineRouting routing, string division, string category)
    {
        var (node, _, found) = routing.Route(DivisionCode.Parse(division), category);
        return (node.ToString(), found.Department);
    }
}
