namespace Hub.Kafka.Internal;

/// <summary>Exponential back-off for retried Kafka and grain work: 200 ms doubling up to 30 s, or up to <c>max</c>.</summary>
internal static class Backoff
{
    public static TimeSpan Delay(int attempt, TimeSpan? max = null) =>
        TimeSpan.FromMilliseconds(Math.Min((max ?? TimeSpan.FromSeconds(30)).TotalMilliseconds, 200 * Math.Pow(2, Math.Clamp(attempt - 1, 0, 10))));
}
