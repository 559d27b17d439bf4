using Hub.Catalogue;
using Hub.Identifiers;
using Hub.Routing;
using Hub.Tests.Registry;

namespace Hub.Tests.Routing;

[Collection(RegistryCollection.Name)]
public sealed class MattersForTests(RegistryFixture fixture)
{
    private readonly CaseRouter router = new(fixture.Registry, MatterCatalogue.LoadDefault());

    [Fact]
    public void MattersFor_LangaoVillageWindowAndChangshaApplicant_ListsNationalVillageMatters()
    {
        var matters = router.MattersFor(DivisionCode.Parse("610925100001"), DivisionCode.Parse("430102001001"));

        Assert.Contains(matters, matter => matter.Code == "PS-004");
        Assert.DoesNotContain(matters, matter => matter.Code == "PS-002");
        Assert.All(matters, matter => Assert.True(matter.IsReceivableAt(DivisionLevel.Village), matter.Code));
        Assert.All(matters, matter => Assert.Equal(MatterScope.National, matter.Scope));
    }

    [Fact]
    public void MattersFor_OrdosWindowAndBaotouApplicant_IncludesAllianceMatters()
    {
        var matters = router.MattersFor(DivisionCode.Parse("150602"), DivisionCode.Parse("150203001015"));

        Assert.Contains(matters, matter => matter.Code == "HS-004");
        Assert.Contains(matters, matter => matter.Code == "NR-002");
    }

    [Fact]
    public void MattersFor_OrdosWindowAndChangshaApplicant_LeavesAllianceAndProvinceMattersOut()
    {
        var matters = router.MattersFor(DivisionCode.Parse("150602"), DivisionCode.Parse("430102"));

        Assert.NotEmpty(matters);
        Assert.All(matters, matter => Assert.Equal(MatterScope.National, matter.Scope));
    }

    [Fact]
    public void MattersFor_EveryListedMatter_Routes()
    {
        var node = DivisionCode.Parse("610925100");
        var home = DivisionCode.Parse("610925101001");

        var matters = router.MattersFor(node, home);

        Assert.Contains(matters, matter => matter.Scope == MatterScope.County);
        Assert.All(matters, matter => Assert.True(router.Route(new RouteRequest(matter.Code, node, home, null)).IsSuccess, matter.Code));
        var listed = matters.Select(matter => matter.Code).ToHashSet();
        var refused = MatterCatalogue.LoadDefault().All.Where(matter => !listed.Contains(matter.Code));
        Assert.NotEmpty(refused);
        Assert.All(refused, matter => Assert.False(router.Route(new RouteRequest(matter.Code, node, home, null)).IsSuccess, matter.Code));
    }

    [Fact]
    public void MattersFor_UnknownNode_IsEmpty()
    {
        Assert.Empty(router.MattersFor(DivisionCode.Parse("610928"), DivisionCode.Parse("430102")));
    }
}
