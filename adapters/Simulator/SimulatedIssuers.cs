using Hub.Identifiers;
using Hub.Kafka;

namespace Hub.Simulator;

/// <summary>
/// The bodies that issue the simulated certificates: the department line's office in the handling node's county. Their
/// credit codes are constructed, not any real body's: a government body (11), the county, <c>HUBD</c>, the line's number
/// in <see cref="HubTopics.Departments"/> and <c>000</c>, with the check character GB 32100 requires.
/// </summary>
internal static class SimulatedIssuers
{
    private static readonly Dictionary<string, string> Offices = new(StringComparer.Ordinal)
    {
        ["public-security"] = "公安局", ["civil-affairs"] = "民政局", ["human-resources"] = "人力资源和社会保障局",
        ["medical-insurance"] = "医疗保障局", ["natural-resources"] = "自然资源局", ["housing"] = "住房和城乡建设局",
        ["market-regulation"] = "市场监督管理局", ["tax"] = "税务局", ["health"] = "卫生健康委员会", ["transport"] = "交通运输局",
        ["education"] = "教育局",
    };

    /// <summary>The issuing body of <paramref name="department"/> for the handling node <paramref name="handlingNode"/>.</summary>
    public static (CreditCode Code, string Name, DivisionCode County) For(string department, string handlingNode)
    {
        var county = handlingNode[..6];
        var line = HubTopics.Departments.ToList().IndexOf(department) + 1;
        var first17 = $"11{county}HUBD{line:D2}000";
        var code = CreditCode.Parse(first17 + CreditCode.CheckCharacterFor(first17));
        return (code, $"{county}{Offices.GetValueOrDefault(department, department)}（模拟）", DivisionCode.Parse(county));
    }
}
