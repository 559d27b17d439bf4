using System.Globalization;
using Hub.LoadTests.Results;

namespace Hub.LoadTests.Certificates;

/// <summary>The verification phase's figures against the empty-grain-call baselines of the same run.</summary>
internal static class VerificationRatios
{
    public static IEnumerable<Ratio> Of(VerificationFigures verification, Baselines baselines)
    {
        var calls = baselines.EmptyGrainCalls;
        var open = verification.OpenLoop;
        yield return new("Memory per active certificate vs per empty activation", verification.BytesPerActiveCertificate, "bytes",
            baselines.BytesPerEmptyGrainActivation, "bytes", "an issued certificate (its activation, state and, embedded, stored copy; the same for its holder) in empty activations");
        yield return new($"Verifications/s, closed loop of {verification.ClosedLoopInFlight} vs empty grain calls", verification.ClosedLoop.PerSecond, "verifications/s",
            calls.PerSecond, "calls/s", "GET /api/certificates/{id} answered 200 with that many in flight: HTTP, the certificate grain, its holder's log (a second grain, one state write)");
        yield return new(OpenLoopName(open), open.CompletedPerSecond, "verifications/s", calls.PerSecond, "calls/s",
            open.KeptUp
                ? $"offered at {Rate(open.OfferedPerSecond)}/s, an open loop: every one answered, none shed"
                : $"offered at {Rate(open.OfferedPerSecond)}/s, an open loop: {open.Errors:N0} failed, {open.Shed:N0} shed, so not sustained");
        yield return new("Verification p50 vs empty grain call p50", open.Latency.P50Ms, "ms", calls.Latency?.P50Ms ?? 0, "ms",
            "a window's verification in the open loop, from its scheduled time, against one empty call under load");
    }

    /// <summary>"Sustained" only for a rate every verification of which was answered, with none shed or failed.</summary>
    public static string OpenLoopName(VerificationRun open) => open.KeptUp
        ? "Verifications/s sustained vs empty grain calls"
        : $"Verifications/s completed at {Rate(open.OfferedPerSecond)}/s offered (not kept up) vs empty grain calls";

    private static string Rate(double perSecond) => perSecond.ToString("N0", CultureInfo.InvariantCulture);
}
