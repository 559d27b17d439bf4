namespace Hub.LoadTests.Results;

/// <summary>
/// The run's own correctness: every case the hub accepted (201) must reach a terminal status on the status feed exactly
/// once, and no case may be decided twice. Repeats of the same feed message (same sequence) are at-least-once delivery,
/// counted but not an error.
/// </summary>
public sealed record Accounting(
    long Accepted,
    long Refused,
    long Failed,
    long Delivered,
    long Missing,
    long DecidedTwice,
    long FeedRepeats,
    IReadOnlyList<string> MissingSample)
{
    public bool Ok => Missing == 0 && DecidedTwice == 0 && Failed == 0 && Refused == 0 && Delivered == Accepted;
}
