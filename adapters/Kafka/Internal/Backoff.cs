namespace Hub.Kafka.Internal;

/// <summary>
/// How long to wait before the next attempt of Kafka or grain work: 200 ms, doubling up to 2 s. A case's calls fail
/// while the silo that held it is dying and until the cluster declares it dead (seconds; see Hub:Membership); the
/// next call then activates the case on a living silo. Trying at least every 2 s keeps the case, and the commits of
/// its partition, from waiting much longer than the cluster takes to recover; a grain call or a metadata request
/// costs little.
/// </summary>
internal static class Backoff
{
    private static readonly TimeSpan First = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(2);

    public static TimeSpan Delay(int attempt) =>
        TimeSpan.FromTicks(Math.Min(Longest.Ticks, First.Ticks << Math.Clamp(attempt - 1, 0, 10)));
}
