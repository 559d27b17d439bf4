using System.Text;
using Hub.LoadTests.Reporting;
using Hub.LoadTests.Results;

namespace Hub.Tests.LoadTests;

public sealed class PartsFiguresTests
{
    private static PartsFigures Sample(double measuredMs, IReadOnlyDictionary<string, double>? byThread = null) => new(
    [
        new("HTTP request", "a", CpuMicrosecondsEach: 100, PerLifecycle: 4),
        new("Grain call", "b", CpuMicrosecondsEach: 10, PerLifecycle: 20),
        new("State write", "c", CpuMicrosecondsEach: 50, PerLifecycle: 4),
    ], measuredMs, IdleCpuMsPerSecond: 3, byThread);

    [Fact]
    public void TheRatio_IsTheMeasuredLifecycleOverTheSumOfCountTimesCost()
    {
        var parts = Sample(measuredMs: 1.5);

        // 400 + 200 + 200 µs.
        Assert.Equal(0.8, parts.PartsMsPerLifecycle, 6);
        Assert.Equal(1.875, parts.Ratio, 6);
    }

    [Fact]
    public void TheReport_ListsThePartsByTheirShare_WithTheSumAndTheMeasuredLifecycle()
    {
        var text = new StringBuilder();

        MarkdownParts.Append(text, Sample(measuredMs: 1.5));

        var report = text.ToString();
        Assert.Contains("ratio **1.88×**", report);
        Assert.True(report.IndexOf("| HTTP request", StringComparison.Ordinal) < report.IndexOf("| Grain call", StringComparison.Ordinal));
        Assert.Contains("| 50% |", report);
        Assert.Contains("| **Sum of the parts** |", report);
        Assert.DoesNotContain("| Threads |", report);
    }

    [Fact]
    public void TheSigningOfHandOffLogs_IsReportedAsItsShareOfTheMeasuredLifecycle()
    {
        var parts = Sample(measuredMs: 1.5) with
        {
            Parts = [.. Sample(1.5).Parts, new(PartsFigures.SigningPart, "d", CpuMicrosecondsEach: 300, PerLifecycle: 0.25)],
        };
        var text = new StringBuilder();

        MarkdownParts.Append(text, parts);

        // 0.25 signatures × 300 µs = 75 µs of a 1,500 µs lifecycle.
        Assert.Equal(0.05, parts.SigningShare, 6);
        Assert.Contains("Sealing the hand-off logs took 0.250 signatures a lifecycle", text.ToString());
        Assert.Contains("75 µs: **5.0%** of the measured lifecycle", text.ToString());
        Assert.DoesNotContain("Sealing the hand-off logs", Report(Sample(1.5)));
    }

    private static string Report(PartsFigures parts)
    {
        var text = new StringBuilder();
        MarkdownParts.Append(text, parts);
        return text.ToString();
    }

    [Fact]
    public void TheReport_SplitsTheMeasuredLifecycleByThread_LargestFirst()
    {
        var text = new StringBuilder();

        MarkdownParts.Append(text, Sample(1.5, new Dictionary<string, double> { ["dotnet"] = 0.9, ["embedded broker"] = 0.45, ["garbage collector"] = 0.15 }));

        var report = text.ToString();
        Assert.Contains("| dotnet | 900 | 60% |", report);
        Assert.Contains("| embedded broker | 450 | 30% |", report);
        Assert.True(report.IndexOf("| embedded broker", StringComparison.Ordinal) < report.IndexOf("| garbage collector", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1.4, true)]
    [InlineData(1.6, false)]
    [InlineData(null, false)]
    public void AnAtMostTarget_IsMetAtOrBelowItsFigure_AndNeverWhenNotMeasured(double? measured, bool met)
    {
        Assert.Equal(met, new TargetCheck("ratio", 1.5, measured, "×", AtMost: true).Met);
    }
}
