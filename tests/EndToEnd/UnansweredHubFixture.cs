namespace Hub.Tests.EndToEnd;

/// <summary>The hub without its department simulator: dispatched cases stay open until a test answers them.</summary>
public sealed class UnansweredHubFixture : HubAppFixture
{
    protected override IEnumerable<string> ExtraArguments => ["--Hub:Simulator:Enabled=false"];
}
