namespace Hub.LoadTests.Results;

/// <summary>
/// A hall's morning (预约, 实名排队叫号): applicants' visits — a booking for a later working day, a walk-in check-in for
/// a queue number, the call of the next number and its service — at every benchmark window's hall, first in a closed
/// loop (<see cref="ClosedLoopInFlight"/> visits in flight), then in an open loop at a share of that rate; and at the end
/// the account of every queue the load used: each number issued called once, none twice.
/// </summary>
public sealed record HallMorningFigures(
    int Halls,
    int Queues,
    int ClosedLoopInFlight,
    Throughput ClosedLoop,
    long ClosedLoopErrors,
    long ClosedLoopRequests,
    VerificationRun OpenLoop,
    long OpenLoopRequests,
    IReadOnlyList<HallRequestFigures> Requests,
    long NumbersIssued,
    long NumbersCalled,
    long CalledTwice,
    long NeverCalled,
    long SlotsFull,
    int DeepestQueue,
    IReadOnlyList<string> ErrorSample)
{
    /// <summary>Guangzhou's cases in two years (the seed hall's figure).</summary>
    public const double GuangzhouCasesInTwoYears = 2_540_000;

    /// <summary>About 250 working days a year under the State Council's notices, and the six bookable hours of a day.</summary>
    public const double HallSecondsInTwoYears = 2 * 250 * 6 * 3600.0;

    /// <summary>Guangzhou's visits a second over its opening hours, if each case is one visit.</summary>
    public static double GuangzhouVisitsPerSecond => GuangzhouCasesInTwoYears / HallSecondsInTwoYears;

    /// <summary>Requests answered as expected a second in the closed loop.</summary>
    public double ClosedLoopRequestsPerSecond => ClosedLoop.Seconds > 0 ? ClosedLoopRequests / ClosedLoop.Seconds : 0;

    /// <summary>Requests answered as expected a second in the open loop, from its first arrival to its last answer.</summary>
    public double OpenLoopRequestsPerSecond => OpenLoop.Seconds + OpenLoop.DrainSeconds > 0 ? OpenLoopRequests / (OpenLoop.Seconds + OpenLoop.DrainSeconds) : 0;

    /// <summary>Every number issued was called exactly once, and no visit failed.</summary>
    public bool Ok => CalledTwice == 0 && NeverCalled == 0 && ClosedLoopErrors == 0 && OpenLoop.Errors == 0;
}

/// <summary>One kind of request of a visit: how many were answered as expected, and their latency in the open loop.</summary>
public sealed record HallRequestFigures(string Request, long Answered, long Errors, LatencySummary Latency);
