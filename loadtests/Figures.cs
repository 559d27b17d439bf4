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
        CertificateLoad certificates, long kafkaMessages, long lifecycles)
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

    public static IReadOnlyList<TargetCheck> Targets(Baselines baselines, SustainedRun sustained, bool cluster)
    {
        var share = baselines.EmptyGrainCalls.PerSecond > 0 ? sustained.LifecyclesPerSecond / baselines.EmptyGrainCalls.PerSecond : 0;
        return cluster
            ?
            [
                new("Durable lifecycles per second on PostgreSQL", 1000, sustained.LifecyclesPerSecond, "lifecycles/s"),
                new("Lifecycles per second as a share of empty grain calls per second", LifecycleShareOfGrainCalls, share, "share"),
            ]
            :
            [
                new("Complete lifecycles per second, sustained (embedded)", 10_000, sustained.LifecyclesPerSecond, "lifecycles/s"),
                new("Lifecycles per second as a share of empty grain calls per second", LifecycleShareOfGrainCalls, share, "share"),
            ];
    }

    private static string Inverse(double figure, double baseline) => figure > 0 ? (baseline / figure).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) : "∞";
}
