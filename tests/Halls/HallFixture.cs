using Hub.Tests.EndToEnd;
using Hub.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Halls;

/// <summary>
/// The embedded hub with a hall of its own: two windows at Lan'gao's Chengguan village station (its ticket machine is
/// the first), one at Furong district, two places per slot at the village, and a clock the tests set to a day they
/// choose, so the shipped holiday notice decides what can be booked whatever day the tests run.
/// </summary>
public sealed class HallFixture : HubAppFixture
{
    public const string Village = "610925100201";
    public const string VillageWindow = "hall-test-village-a";
    public const string SecondVillageWindow = "hall-test-village-b";
    public const string FurongWindow = "hall-test-furong";

    public MovableClock Clock { get; } = new();

    protected override IEnumerable<string> ExtraArguments =>
    [
        "--Hub:Simulator:Enabled=false",
        "--Hub:Windows:0:Id=village-window-a", $"--Hub:Windows:0:Node={Village}", $"--Hub:Windows:0:Key={VillageWindow}", "--Hub:Windows:0:Name=城关村便民服务站一号窗口",
        "--Hub:Windows:1:Id=village-window-b", $"--Hub:Windows:1:Node={Village}", $"--Hub:Windows:1:Key={SecondVillageWindow}", "--Hub:Windows:1:Name=城关村便民服务站二号窗口",
        "--Hub:Windows:2:Id=furong-window", "--Hub:Windows:2:Node=430102", $"--Hub:Windows:2:Key={FurongWindow}", "--Hub:Windows:2:Name=芙蓉区政务服务中心",
        $"--Hub:Halls:Nodes:{Village}:SlotCapacity=2",
    ];

    protected override void Configure(WebApplicationBuilder builder) => builder.Services.AddSingleton<HubClock>(Clock);

    /// <summary>Sets the hub's clock to <paramref name="date"/> at <paramref name="time"/>, China time.</summary>
    public void At(string date, string time) =>
        Clock.SetTo(DateTimeOffset.Parse($"{date}T{time}:00+08:00", System.Globalization.CultureInfo.InvariantCulture));
}
