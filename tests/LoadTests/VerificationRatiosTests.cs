using Hub.LoadTests.Certificates;
using Hub.LoadTests.Results;

namespace Hub.Tests.LoadTests;

/// <summary>The report calls a verification rate sustained only when the open loop kept up with it.</summary>
public sealed class VerificationRatiosTests
{
    private static readonly LatencySummary Latency = new(1000, 2, 1.5, 3, 5, 8, 10, []);
    private static readonly Baselines Baselines = new(new Throughput(100_000, 4, Latency with { P50Ms = 0.5 }), 0.01, 1000, new Throughput(1, 1, null), new Throughput(1, 1, null), null);

    [Fact]
    public void OpenLoopThatAnsweredEverything_IsSustained_AndRatiosAreAgainstEmptyCalls()
    {
        var ratios = VerificationRatios.Of(Figures(new VerificationRun(1000, 4, 4000, 4000, 0, 0, 0, Latency)), Baselines).ToList();

        var rate = Assert.Single(ratios, r => r.Name == "Verifications/s sustained vs empty grain calls");
        Assert.Equal((1000, 25_000), (rate.Figure, rate.Baseline));
        Assert.Equal(0.04, rate.Value, 6);
        Assert.Equal(3.0, Assert.Single(ratios, r => r.Name == "Verification p50 vs empty grain call p50").Value, 6);
        Assert.Equal(2.5, Assert.Single(ratios, r => r.Name == "Memory per active certificate vs per empty activation").Value, 6);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(3, 0)]
    public void OpenLoopThatShedOrFailed_IsNotCalledSustained(long errors, long shed)
    {
        var open = new VerificationRun(1000, 4, 4000, 4000 - errors - shed, errors, shed, 0.1, Latency);

        var name = VerificationRatios.OpenLoopName(open);

        Assert.DoesNotContain("sustained", name);
        Assert.Contains("not kept up", name);
    }

    [Fact]
    public void OpenLoopThatAnsweredEverythingButLeftABacklog_IsNotCalledSustained()
    {
        var open = new VerificationRun(1000, 4, 4000, 4000, 0, 0, 2.5, Latency);

        Assert.Contains("not kept up", VerificationRatios.OpenLoopName(open));
        Assert.Equal(4000 / 6.5, open.CompletedPerSecond, 6);
    }

    private static VerificationFigures Figures(VerificationRun open) =>
        new(2000, 0, 10_000_000, 15_000_000, 64, new Throughput(5000, 4, Latency), 0, open);
}
