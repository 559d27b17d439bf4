using System.Globalization;
using System.Text;
using Hub.LoadTests.Results;

namespace Hub.LoadTests.Reporting;

/// <summary>The report.md section on the cost of the parts: what a lifecycle is made of and what each piece costs.</summary>
internal static class MarkdownParts
{
    public static void Append(StringBuilder text, PartsFigures? parts)
    {
        text.Append("## Cost of the parts\n\n");
        if (parts is null)
        {
            text.Append("Not measured: the sustained phase completed no lifecycle.\n\n");
            return;
        }

        text.Append(CultureInfo.InvariantCulture,
            $"Silo CPU per sustained lifecycle: {Formats.Number(parts.SiloCpuMsPerLifecycle)} ms; the sum of its parts: {Formats.Number(parts.PartsMsPerLifecycle)} ms; ")
            .Append(CultureInfo.InvariantCulture, $"ratio **{Formats.Ratio(parts.Ratio)}** (the brief asks for at most 1.5×). ")
            .Append("Each part ran alone on the idle silo, priced in silo CPU less what the idle silo spent in the same time ")
            .Append(CultureInfo.InvariantCulture, $"({Formats.Number(parts.IdleCpuMsPerSecond)} ms a second); how many of each a lifecycle used comes from the ")
            .Append("hub's own counters (`/ops/runtime`, work) over the sustained phase and its drain, and for the outside clients from the benchmark's.\n\n");
        var table = new MarkdownTable("Part", ">µs each", ">Per lifecycle", ">µs a lifecycle", ">Share", "Measured as");
        foreach (var part in parts.Parts.OrderByDescending(p => p.MicrosecondsPerLifecycle))
        {
            var share = parts.PartsMsPerLifecycle > 0 ? part.MicrosecondsPerLifecycle / 1000 / parts.PartsMsPerLifecycle : 0;
            table.Row(part.Part, Formats.Number(part.CpuMicrosecondsEach), Formats.Number(part.PerLifecycle), Formats.Number(part.MicrosecondsPerLifecycle),
                (share * 100).ToString("F0", CultureInfo.InvariantCulture) + "%", part.Measured);
        }

        table.Row("**Sum of the parts**", "", "", Formats.Number(parts.PartsMsPerLifecycle * 1000), "100%", "");
        table.Row("**Measured lifecycle**", "", "", Formats.Number(parts.SiloCpuMsPerLifecycle * 1000), "", "silo CPU over the sustained phase and its drain ÷ lifecycles");
        table.AppendTo(text);
        if (parts.Parts.FirstOrDefault(p => p.Part == PartsFigures.SigningPart) is { PerLifecycle: > 0 } signing)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"Sealing the hand-off logs took {Formats.Number(signing.PerLifecycle)} signatures a lifecycle (the signer batches the chain heads of many cases under one), ")
                .Append(CultureInfo.InvariantCulture, $"{Formats.Number(signing.MicrosecondsPerLifecycle)} µs: **{(parts.SigningShare * 100).ToString("F1", CultureInfo.InvariantCulture)}%** of the measured lifecycle.\n\n");
        }

        if (parts.ByThread is not { Count: > 0 } byThread)
        {
            return;
        }

        text.Append("The measured lifecycle by the silo's threads (Linux's per-thread CPU time): the hub's own code runs on the .NET threads; ")
            .Append("the embedded broker is librdkafka's mock cluster, a test broker in the silo's process, which a deployment replaces with Kafka elsewhere.\n\n");
        var threads = new MarkdownTable("Threads", ">µs a lifecycle", ">Share");
        var total = byThread.Values.Sum();
        foreach (var (kind, ms) in byThread.OrderByDescending(k => k.Value))
        {
            threads.Row(kind, Formats.Number(ms * 1000), total > 0 ? (ms / total * 100).ToString("F0", CultureInfo.InvariantCulture) + "%" : "—");
        }

        threads.AppendTo(text);
    }
}
