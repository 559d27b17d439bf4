namespace Hub.LoadTests.Results;

/// <summary>
/// The cost of watching deadlines, measured on the timers phase's own silo: open cases whose timers come due on one
/// simulated day and the due sweeper's wake-ups of them, and the same one-shot timer kept two ways — in the hub's own
/// index (HubDue, written with the state) and as an Orleans reminder — armed, held and fired.
/// </summary>
public sealed record TimerFigures(
    string Mode,
    int Timers,
    double CheckIntervalSeconds,
    int Limit,
    int Parallelism,
    Throughput InSiloEmptyCalls,
    CaseTimerFiring Cases,
    TimerMechanism HubDue,
    TimerMechanism Reminders,
    string Choice)
{
    /// <summary>The most wake-ups the sweeper's settings allow a second: one check's limit every check interval.</summary>
    public double SettingsCeilingPerSecond => CheckIntervalSeconds > 0 ? Limit / CheckIntervalSeconds : 0;
}

/// <summary>
/// Open cases submitted through the windows and left unanswered, each holding its one timer: their due times, what the
/// index stores for them, and the wake-ups once the silo's clock is moved past the day they all fall on.
/// </summary>
public sealed record CaseTimerFiring(
    long Cases,
    Throughput Submitted,
    long SubmitErrors,
    DateTimeOffset? FirstDue,
    DateTimeOffset? LastDue,
    DateTimeOffset? ClockMovedTo,
    TimerStorage? Storage,
    FiringRun Firing)
{
    /// <summary>The day (in China) most of the cases' timers fall on: the simulated day whose deadlines come due.</summary>
    public DateOnly? DueDay { get; init; }

    /// <summary>How many of the cases' timers fall on <see cref="DueDay"/>; the wake-ups also count any due earlier.</summary>
    public long DueOnThatDay { get; init; }
}

/// <summary>One way of keeping a one-shot timer: the cost of arming it, what it holds while armed, and its firings.</summary>
/// <param name="WriteWithoutTimer">HubDue only: the same state write with no timer set, to tell the timer's share of the write.</param>
/// <param name="StatementsPerArm">PostgreSQL transactions committed per arm (cluster mode; the database's whole count, background included).</param>
public sealed record TimerMechanism(
    string Name,
    string Store,
    Throughput? WriteWithoutTimer,
    Throughput Arm,
    long ArmErrors,
    double? StatementsPerWriteWithoutTimer,
    double? StatementsPerArm,
    long HeapBeforeBytes,
    long HeapAfterBytes,
    TimerStorage? Storage,
    FiringRun Firing)
{
    /// <summary>Managed heap per armed timer in the silo's process: after arming, less before, over the timers armed.</summary>
    public double BytesPerArmedTimer => Arm.Operations > 0 ? (double)(HeapAfterBytes - HeapBeforeBytes) / Arm.Operations : 0;
}

/// <summary>A PostgreSQL table's size with the rows it held then: heap, indexes and all (TOAST, maps) per row.</summary>
public sealed record TimerStorage(string Table, long Rows, long TableBytes, long IndexBytes, long TotalBytes)
{
    public double TableBytesPerRow => Rows > 0 ? (double)TableBytes / Rows : 0;

    public double IndexBytesPerRow => Rows > 0 ? (double)IndexBytes / Rows : 0;

    public double TotalBytesPerRow => Rows > 0 ? (double)TotalBytes / Rows : 0;
}

/// <summary>
/// Timers that came due at one moment and how soon they had all fired: counted from that moment (the clock moved, or
/// the real due instant) to the first and to the last firing.
/// </summary>
public sealed record FiringRun(long Expected, long Fired, double SecondsToFirst, double SecondsToLast)
{
    public double PerSecond => SecondsToLast > 0 ? Fired / SecondsToLast : 0;

    public bool AllFired => Fired >= Expected;
}
