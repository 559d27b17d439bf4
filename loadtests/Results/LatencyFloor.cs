namespace Hub.LoadTests.Results;

/// <summary>
/// The latencies of a hub with nothing else to do: a trickle of cases (<see cref="OfferedPerSecond"/>), each alone in
/// the hub. Decision to status is from the moment the simulated department handed its decision to its producer to the
/// moment the status change was read from <c>hub.case-events</c>: the hub's own part of a lifecycle, with no
/// department delay in it.
/// </summary>
public sealed record LatencyFloor(double OfferedPerSecond, double Seconds, LatencySummary Submit, LatencySummary DecisionToStatus);
