using Hub.LoadTests.Certificates;
using Hub.LoadTests.Results;

namespace Hub.LoadTests;

/// <summary>The run's figures against their baselines, and against the targets of the benchmark's brief.</summary>
internal static class Figures
{
    /// <summary>Lifecycles a second, at least this share of empty grain calls a second.</summary>
    public const double LifecycleShareOfGrainCalls = 1.0 / 15;

    public static IReadOnlyList<Ratio> Ratios(
        Baselines baselines, IReadOnlyList<RampStep> ramp, SustainedRun sustained, MemoryFigures memory, VerificationFigures verification,
        CertificateLoad certificates, long kafkaMessages, long lifecycles, PartsFigures? parts = null)
    {
        var calls = baselines.EmptyGrainCalls;
        var messagesPerLifecycle = lifecycles > 0 ? (double)kafkaMessages / lifecycles : 0;
        var fastest = ramp.Where(s => s.KeepsUp).Select(s => s.OfferedPerSecond).DefaultIfEmpty(0).Max();
        var ratios = new List<Ratio>
        {
            new("Lifecycles vs empty grain calls", sustained.LifecyclesPerSecond, "lifecycles/s", calls.PerSecond, "calls/s",
                $"a complete case lifecycle costs as much as {Inverse(sustained.LifecyclesPerSecond, calls.PerSecond)} empty grain calls; the brief asks for at most 15"),
            new("Capacity vs empty grain calls", RunPhases.Capacity(ramp) ?? 0, "cases/s", calls.PerSecond, "calls/s",
                "the highest ramp step whose backlog stayed bounded (lifecycles kept pace with arrivals), whatever the latency"),
            new("Arrival rate under 50 ms p99 vs empty grain calls", fastest, "cases/s", calls.PerSecond, "calls/s",
                "the highest ramp step whose p99 submit latency stayed under 50 ms"),
            new("Submit p50 vs empty grain call p50", sustained.Submit.P50Ms, "ms", calls.Latency?.P50Ms ?? 0, "ms",
                $"a window's submit (HTTP, checks, routing, one state write; the {certificates.ReusePercent}% drawn to hand in a certificate also read it and log its use, two writes more) against one empty call under load"),
            new("Silo CPU per lifecycle vs per empty call", sustained.SiloCpuMsPerLifecycle, "ms", baselines.SiloCpuMsPerEmptyGrainCall, "ms",
                $"CPU the silo spends on one lifecycle (HTTP, grains, Kafka in and out, the embedded broker, the certificates {certificates.IssuePercent}% of approvals issue and the uses of them) in empty calls"),
            new("Kafka traffic vs raw produce", sustained.LifecyclesPerSecond * messagesPerLifecycle, "messages/s", baselines.KafkaProduce.PerSecond, "messages/s",
                $"{messagesPerLifecycle:F1} Kafka messages a lifecycle (dispatches, department events with the certificates issued, status changes)"),
            new("Memory per active case vs per empty activation", memory.BytesPerActiveCase, "bytes", baselines.BytesPerEmptyGrainActivation, "bytes",
                "an open case (its activation, state, stored copy and inbox entry) in empty activations"),
        };
        if (parts is { PartsMsPerLifecycle: > 0 })
        {
            ratios.Add(new("Silo CPU per lifecycle vs the sum of its parts", parts.SiloCpuMsPerLifecycle, "ms", parts.PartsMsPerLifecycle, "ms",
                "each part (HTTP request, grain call, state write, Kafka produced and consumed) priced alone in the same run and counted by the hub; the brief asks for at most 1.5×"));
        }

        if (sustained.Projection is { } projection)
        {
            ratios.Add(new("Statistics counted vs status feed read", projection.CountedPerSecond, "cases/s", projection.FeedPerSecond, "cases/s",
                $"cases the statistics counted as received while the load ran against those a plain reader of hub.case-events read; {projection.P50Seconds:F1} s behind it at the median, {projection.P99Seconds:F1} s at p99"));
        }

        ratios.AddRange(VerificationRatios.Of(verification, baselines));
        if (baselines.PostgresUpserts is { } upserts)
        {
            ratios.Add(new("Durable lifecycles vs raw upserts", sustained.LifecyclesPerSecond, "lifecycles/s", upserts.PerSecond, "upserts/s",
                "every transition is one state write: a lifecycle costs several upserts"));
        }

        return ratios;
    }

    /// <summary>
    /// The targets of the performance brief on this kind of machine: embedded, capacity and latency under load, the
    /// latency floor, memory per open case and the distance from the sum of the parts; in cluster mode, durable
    /// lifecycles, also against the raw upserts of the same database.
    /// </summary>
    public static IReadOnlyList<TargetCheck> Targets(
        Baselines baselines, IReadOnlyList<RampStep> ramp, SustainedRun sustained, MemoryFigures memory, LatencyFloor floor, PartsFigures? parts, bool cluster)
    {
        var latencyBound = ramp.Where(s => s.KeepsUp).Select(s => (double?)s.OfferedPerSecond).Max() ?? 0;
        var ratio = parts is { Ratio: > 0 } p ? p.Ratio : (double?)null;
        if (cluster)
        {
            var upserts = baselines.PostgresUpserts?.PerSecond;
            return
            [
                new("Durable lifecycles per second on PostgreSQL, sustained", 1000, sustained.LifecyclesPerSecond, "lifecycles/s"),
                new("Durable lifecycles per second as a share of raw upserts per second", 1.0 / 8,
                    upserts > 0 ? sustained.LifecyclesPerSecond / upserts : null, "share"),
                new("Silo CPU per lifecycle ÷ the sum of its parts", 1.5, ratio, "×", AtMost: true),
            ];
        }

        return
        [
            new("Capacity: complete lifecycles per second, sustained", 3000, sustained.LifecyclesPerSecond, "lifecycles/s"),
            new("Highest arrival rate with p99 submit ≤ 50 ms", 2000, latencyBound, "cases/s"),
            new("Unloaded decision-to-status p50", 20, floor.DecisionToStatus.Count > 0 ? floor.DecisionToStatus.P50Ms : null, "ms", AtMost: true),
            new("Heap per open case", 3000, memory.ActiveCases > 0 ? memory.BytesPerActiveCase : null, "bytes", AtMost: true),
            new("Silo CPU per lifecycle ÷ the sum of its parts", 1.5, ratio, "×", AtMost: true),
        ];
    }

    private static string Inverse(double figure, double baseline) => figure > 0 ? (baseline / figure).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) : "∞";
}
