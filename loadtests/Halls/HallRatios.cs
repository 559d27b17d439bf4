using System.Globalization;
using Hub.LoadTests.Results;

namespace Hub.LoadTests.Halls;

/// <summary>The hall's morning against the run's empty grain calls, and against the rate of Guangzhou's halls.</summary>
internal static class HallRatios
{
    public static IEnumerable<Ratio> Of(HallMorningFigures hall, Baselines baselines)
    {
        var calls = baselines.EmptyGrainCalls;
        var open = hall.OpenLoop;
        yield return new($"Hall requests/s, closed loop of {hall.ClosedLoopInFlight} visits vs empty grain calls", hall.ClosedLoopRequestsPerSecond, "requests/s",
            calls.PerSecond, "calls/s", "bookings, check-ins, calls and services answered as a window expects, each HTTP and one or two grain calls with a state write");
        yield return new(open.KeptUp ? "Hall requests/s sustained vs empty grain calls" : $"Hall requests/s at {Rate(open.OfferedPerSecond)} visits/s offered (not kept up) vs empty grain calls",
            hall.OpenLoopRequestsPerSecond, "requests/s", calls.PerSecond, "calls/s",
            open.KeptUp ? $"an open loop of {Rate(open.OfferedPerSecond)} visits/s: every visit answered, none shed" : $"an open loop: {open.Errors:N0} failed, {open.Shed:N0} shed, so not sustained");
        yield return new("Hall visits/s sustained vs Guangzhou's halls", open.KeptUp ? open.CompletedPerSecond : 0, "visits/s",
            HallMorningFigures.GuangzhouVisitsPerSecond, "visits/s",
            "how many Guangzhous at once: 2.54 million cases in two years over about 250 working days a year of six bookable hours, one visit a case");
        var call = hall.Requests.Single(r => r.Request == "call");
        yield return new("Queue call p50 vs empty grain call p50", call.Latency.P50Ms, "ms", calls.Latency?.P50Ms ?? 0, "ms",
            "a window calling the next number in the open loop (HTTP, the queue grain's turn and its write) against one empty call under load");
    }

    private static string Rate(double perSecond) => perSecond.ToString("N0", CultureInfo.InvariantCulture);
}
