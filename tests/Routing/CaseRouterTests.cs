using Hub.Cases;
using Hub.Catalogue;
using Hub.Identifiers;
using Hub.Routing;
using Hub.Tests.Registry;

namespace Hub.Tests.Routing;

[Collection(RegistryCollection.Name)]
public sealed class CaseRouterTests(RegistryFixture fixture)
{
    private const string LangaoVillage = "610925100001";     // 岚皋县城关镇西坡社区
    private const string LangaoZuolongVillage = "610925101001"; // 岚皋县佐龙镇金珠店社区
    private const string LangaoTown = "610925100";            // 岚皋县城关镇
    private const string Langao = "610925";
    private const string PingliTown = "610926100";            // 平利县城关镇, same city (安康), other county
    private const string ChangshaVillage = "430102001001";    // 长沙市芙蓉区识字里社区
    private const string Furong = "430102";                   // 长沙市芙蓉区
    private const string Zhuzhou = "430202";                  // 株洲市荷塘区
    private const string Wushen = "150626";                   // 鄂尔多斯市乌审旗
    private const string OrdosTown = "150602001";             // 鄂尔多斯市东胜区交通街道
    private const string BaotouVillage = "150203001015";      // 包头市昆都仑区
    private const string ChifengCounty = "150402";            // 赤峰市, not in 呼包鄂乌

    private static readonly MatterCatalogue Catalogue = MatterCatalogue.LoadDefault();

    private readonly CaseRouter router = new(fixture.Registry, Catalogue);

    public static TheoryData<string, string, string, HandlingMode?, string, HandlingMode> Routed => new()
    {
        // matter, receiving node, applicant home, requested mode → handling node, mode
        { "PS-004", LangaoVillage, ChangshaVillage, null, Furong, HandlingMode.ProxyReceipt },      // National, county-level
        { "HR-001", LangaoVillage, Furong, null, "4301", HandlingMode.ProxyReceipt },               // National, city-level
        { "ED-001", LangaoTown, ChangshaVillage, null, "43", HandlingMode.ProxyReceipt },           // National, province-level
        { "PS-002", Wushen, Furong, null, Furong, HandlingMode.ProxyReceipt },                      // the Wushen hall, a Changsha applicant
        { "MI-002", LangaoVillage, ChangshaVillage, HandlingMode.FullyOnline, "4301", HandlingMode.FullyOnline },
        { "NR-002", Langao, "610926", null, "610926", HandlingMode.ProxyReceipt },                  // Province scope, same province
        { "NR-003", Langao, PingliTown, null, "610926", HandlingMode.ProxyReceipt },                // City scope, same city
        { "CA-006", LangaoVillage, LangaoZuolongVillage, null, "610925101", HandlingMode.ProxyReceipt }, // County scope, town-level
        { "HS-004", OrdosTown, BaotouVillage, null, "1502", HandlingMode.ProxyReceipt },            // Alliance: Ordos window, Baotou applicant
        { "MR-006", BaotouVillage, OrdosTown, HandlingMode.FullyOnline, "150602", HandlingMode.FullyOnline }, // Alliance: Baotou ↔ Ordos
        { "BN-002", LangaoVillage, LangaoZuolongVillage, null, Langao, HandlingMode.ProxyReceipt },  // a bundle, in its default mode
        { "MI-002", "43", ChangshaVillage, null, "4301", HandlingMode.FullyOnline },                 // Hunan's online hall: FullyOnline by default
        { "MI-002", "43", LangaoVillage, null, "6109", HandlingMode.FullyOnline },                   // national scope: any province's applicant
        { "BN-001", "43", ChangshaVillage, null, Furong, HandlingMode.FullyOnline },                 // province scope, the hall's own province
    };

    public static TheoryData<string, string, string, HandlingMode?, string, string> Refused => new()
    {
        // matter, receiving node, applicant home, requested mode → field, code
        { "XX-999", Langao, Furong, null, "matterCode", "unknown-matter" },
        { "", Langao, Furong, null, "matterCode", "unknown-matter" },
        { "ps-004", Langao, Furong, null, "matterCode", "unknown-matter" },
        { "PS-004", "610928", Furong, null, "receivingNode", "unknown-node" },
        { "PS-002", LangaoVillage, Furong, null, "matterCode", "not-receivable" },
        { "NR-004", Langao, LangaoVillage, null, "matterCode", "not-receivable" },
        { "PS-004", Langao, "990101", null, "applicant.home", "unknown-home" },
        { "PS-004", Langao, "4301", null, "applicant.home", "home-too-coarse" },
        { "CA-006", LangaoVillage, Langao, null, "applicant.home", "home-too-coarse" },
        { "NR-002", Langao, Furong, null, "matterCode", "out-of-scope" },              // Province: 陕西 window, 湖南 home
        { "NR-003", Furong, Zhuzhou, null, "matterCode", "out-of-scope" },             // City: 长沙 window, 株洲 home
        { "CA-006", LangaoVillage, PingliTown, null, "matterCode", "out-of-scope" },   // County: 岚皋 window, 平利 home
        { "HS-004", Wushen, Furong, null, "matterCode", "out-of-scope" },              // Alliance: Ordos window, Changsha home
        { "HS-004", Furong, BaotouVillage, null, "matterCode", "out-of-scope" },       // Alliance: Changsha window, Baotou home
        { "HS-004", ChifengCounty, "150102", null, "matterCode", "out-of-scope" },    // Alliance: Chifeng is not a member
        { "PS-002", Langao, Furong, HandlingMode.FullyOnline, "mode", "mode-not-allowed" },
        { "BN-004", Langao, LangaoVillage, HandlingMode.FullyOnline, "mode", "mode-not-allowed" },
        { "PS-002", "43", ChangshaVillage, null, "matterCode", "not-online" },                    // an online hall takes only FullyOnline matters
        { "MI-002", "43", ChangshaVillage, HandlingMode.ProxyReceipt, "mode", "mode-not-allowed" },
        { "BN-001", "43", LangaoVillage, null, "matterCode", "out-of-scope" },                    // province scope, another province's applicant
    };

    [Theory]
    [MemberData(nameof(Routed))]
    public void Route_RequestInScope_ResolvesHandlingNodeAndMode(
        string matter, string receiving, string home, HandlingMode? mode, string handling, HandlingMode expectedMode)
    {
        var result = router.Route(new RouteRequest(matter, DivisionCode.Parse(receiving), DivisionCode.Parse(home), mode));

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Null(result.Error);
        Assert.Equal(matter, result.Matter.Code);
        Assert.Equal(DivisionCode.Parse(handling), result.HandlingNode);
        Assert.Equal(result.Matter.CompetentLevel, result.HandlingNode.Level);
        Assert.Equal(expectedMode, result.Mode);
        Assert.NotEmpty(result.Tasks);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Route_BadRequest_IsRefusedNamingTheField(
        string matter, string receiving, string home, HandlingMode? mode, string field, string code)
    {
        var result = router.Route(new RouteRequest(matter, DivisionCode.Parse(receiving), DivisionCode.Parse(home), mode));

        Assert.False(result.IsSuccess);
        Assert.Equal((field, code), (result.Error?.Field, result.Error?.Code));
        Assert.Empty(result.Tasks);
    }
}
