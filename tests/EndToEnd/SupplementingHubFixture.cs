namespace Hub.Tests.EndToEnd;

/// <summary>The hub whose simulated departments ask for a supplement on every first dispatch.</summary>
public sealed class SupplementingHubFixture : HubAppFixture
{
    protected override IEnumerable<string> ExtraArguments =>
        ["--Hub:Simulator:ApprovePercent=0", "--Hub:Simulator:RejectPercent=0", "--Hub:Simulator:SupplementPercent=100"];
}
