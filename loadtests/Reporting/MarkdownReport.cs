using System.Globalization;
using System.Text;
using Hub.LoadTests.Results;

namespace Hub.LoadTests.Reporting;

/// <summary>Renders a <see cref="BenchmarkResult"/> as report.md: the verdicts first, then the figures behind them.</summary>
public static class MarkdownReport
{
    /// <summary>The whole report; <paramref name="charts"/> are linked by their file names, relative to report.md.</summary>
    public static string Build(BenchmarkResult result, IReadOnlyList<ChartFile> charts)
    {
        var text = new StringBuilder();
        var started = result.StartedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        text.Append(CultureInfo.InvariantCulture, $"# Hub benchmark: {result.Target}, profile {result.Profile}, {started} UTC\n\n");
        var machine = result.Machine;
        text.Append(CultureInfo.InvariantCulture,
            $"Machine: {machine.Cores} cores, {machine.Os}, {machine.Runtime}, {machine.Silos} silo(s), broker {machine.Broker}. ");
        text.Append(CultureInfo.InvariantCulture, $"Run took {Formats.Duration(result.DurationSeconds)}.\n\n");

        AppendTargets(text, result.Targets);
        AppendRatios(text, result.Ratios);
        AppendBaselines(text, result.Baselines);
        if (result.Floor is { } floor)
        {
            MarkdownRunSections.AppendFloor(text, floor);
        }

        MarkdownRunSections.AppendRamp(text, result.Ramp);
        MarkdownRunSections.AppendSustained(text, result.Sustained);
        MarkdownParts.Append(text, result.Parts);
        MarkdownRunSections.AppendMemory(text, result.Memory);
        MarkdownVerification.Append(text, result.Verification);
        MarkdownCertificateLoad.Append(text, result.CertificateLoad);
        MarkdownHallMorning.Append(text, result.HallMorning);
        MarkdownTimers.Append(text, result.Timers);
        MarkdownRunSections.AppendAccounting(text, result.Accounting);
        AppendCharts(text, charts);
        return text.ToString();
    }

    private static void AppendTargets(StringBuilder text, IReadOnlyList<TargetCheck> targets)
    {
        text.Append("## Targets\n\n");
        if (targets.Count == 0)
        {
            text.Append("No targets were checked.\n\n");
            return;
        }

        var table = new MarkdownTable("Target", ">Required", ">Measured", "Unit", "Met");
        foreach (var target in targets)
        {
            table.Row(target.Name, (target.AtMost ? "≤ " : "≥ ") + Formats.InUnit(target.Required, target.Unit),
                target.Measured is { } measured ? Formats.InUnit(measured, target.Unit) : "not measured",
                target.Unit, target.Met ? "✅" : "❌");
        }

        table.AppendTo(text);
    }

    private static void AppendRatios(StringBuilder text, IReadOnlyList<Ratio> ratios)
    {
        text.Append("## Ratios to baselines\n\n");
        if (ratios.Count == 0)
        {
            text.Append("No ratios were computed.\n\n");
            return;
        }

        var table = new MarkdownTable("Ratio", ">Figure", ">Baseline", ">Ratio", "Meaning");
        foreach (var ratio in ratios)
        {
            table.Row(ratio.Name,
                $"{Formats.InUnit(ratio.Figure, ratio.FigureUnit)} {ratio.FigureUnit}",
                $"{Formats.InUnit(ratio.Baseline, ratio.BaselineUnit)} {ratio.BaselineUnit}",
                Formats.Ratio(ratio.Value),
                ratio.Meaning);
        }

        table.AppendTo(text);
    }

    private static void AppendBaselines(StringBuilder text, Baselines baselines)
    {
        text.Append("## Baselines\n\n");
        var table = new MarkdownTable("Baseline", ">Per second", ">Operations", ">Seconds", ">p50 ms", ">p99 ms");
        BaselineRow(table, "Empty grain calls", baselines.EmptyGrainCalls);
        BaselineRow(table, "Kafka produce", baselines.KafkaProduce);
        BaselineRow(table, "Kafka consume", baselines.KafkaConsume);
        BaselineRow(table, "Postgres single-row upserts", baselines.PostgresUpserts);
        table.AppendTo(text);
        text.Append(CultureInfo.InvariantCulture,
            $"Silo CPU per empty grain call: {Formats.Number(baselines.SiloCpuMsPerEmptyGrainCall)} ms. ");
        text.Append(CultureInfo.InvariantCulture,
            $"Heap per empty grain activation: {Formats.Count((long)Math.Round(baselines.BytesPerEmptyGrainActivation))} bytes.\n\n");
    }

    private static void BaselineRow(MarkdownTable table, string name, Throughput? throughput)
    {
        if (throughput is null)
        {
            table.Row(name, "not measured", "", "", "", "");
            return;
        }

        var latency = throughput.Latency;
        table.Row(name, Formats.Rate(throughput.PerSecond), Formats.Count(throughput.Operations), Formats.Number(throughput.Seconds),
            latency is null ? "—" : Formats.Ms(latency.P50Ms), latency is null ? "—" : Formats.Ms(latency.P99Ms));
    }

    private static void AppendCharts(StringBuilder text, IReadOnlyList<ChartFile> charts)
    {
        text.Append("## Charts\n\n");
        foreach (var chart in charts)
        {
            text.Append(chart.Written
                ? $"![{chart.Title}]({chart.FileName})\n\n"
                : $"_{chart.Title}: chart skipped, {chart.SkippedBecause}._\n\n");
        }
    }
}
