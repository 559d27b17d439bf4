namespace Hub.Kafka.Internal;

/// <summary>Exponential back-off for retried Kafka and grain work: 200 ms doubling up to 30 s.</summary>
internal static class Backoff
{
    public static TimeSpan Delay(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(30_000, 200 * Math.Pow(2, Math.Clamp(attempt - 1, 0, 10))));
}
