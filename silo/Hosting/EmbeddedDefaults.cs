using Hub.Windows;

namespace Hub.Hosting;

/// <summary>
/// The demo credentials of the embedded mode: seven windows on real nodes of two provinces and two regions (a bank branch's
/// help station among them), Hunan's online hall (a credential bound to the province: FullyOnline cases only), and an
/// operator key. They apply only when <c>Hub:Mode</c> is Embedded and <c>Hub:Windows</c> (or <c>Hub:Ops:Key</c>) is not set, so
/// a cluster never inherits them; cluster mode refuses them even when they are set on purpose.
/// </summary>
public static class EmbeddedDefaults
{
    /// <summary>The demo operator key.</summary>
    public const string OpsKey = "demo-ops";

    /// <summary>The demo windows, printed by the start-up banner.</summary>
    public static IReadOnlyList<WindowCredential> Windows { get; } =
    [
        new() { Id = "langao-chengguan-village-01", Node = "610925100201", Key = "demo-langao-village", Name = "岚皋县城关镇城关村便民服务站" },
        new() { Id = "langao-county-hall-01", Node = "610925", Key = "demo-langao-county", Name = "岚皋县政务服务中心" },
        new() { Id = "furong-district-hall-01", Node = "430102", Key = "demo-changsha-furong", Name = "长沙市芙蓉区政务服务中心" },
        new() { Id = "wenyilu-street-01", Node = "430102001", Key = "demo-changsha-wenyilu", Name = "芙蓉区文艺路街道便民服务中心" },
        new() { Id = "wushen-banner-hall-01", Node = "150626", Key = "demo-wushen-banner", Name = "乌审旗政务服务中心" },
        new() { Id = "kundulun-district-hall-01", Node = "150203", Key = "demo-baotou-kundulun", Name = "包头市昆都仑区政务服务中心" },
        new() { Id = "wushen-galutu-credit-union-01", Node = "150626902", Key = "demo-wushen-credit-union", Name = "乌审旗农村信用合作联社嘎鲁图信用社帮办代办窗口" },
        new() { Id = "hunan-online-hall", Node = "43", Key = "demo-hunan-online", Name = "湖南政务服务网（网上办事大厅）" },
    ];

    /// <summary>Whether <paramref name="key"/> is one of the demo keys, which are published and so no secret.</summary>
    public static bool IsDemoKey(string key) => key == OpsKey || Windows.Any(w => w.Key == key);
}
