using Hub.Kafka;
using Hub.Kafka.DeadLetters;
using Hub.Outbox;
using Hub.Timers;

namespace Hub.OpsView;

/// <summary>
/// Reads, every <see cref="Interval"/>, the figures that cost a query to the storage or the broker, so that a scrape
/// of <c>/metrics</c> or a refresh of <c>/ops/view</c> costs none: the outbox depth and the timers due (at most
/// <see cref="Limit"/> each: the storage's, the same on every silo in cluster mode), the dead letters, and the
/// consumer lag on this silo's partitions. A figure that could not be read keeps its last value, and the failure is logged.
/// </summary>
public sealed partial class OpsSampler(
    IOutboxIndex outboxes, IDueIndex timers, DeadLetterStore deadLetters, ConsumerLag lag, HubClock time, ILogger<OpsSampler> logger) : BackgroundService
{
    /// <summary>How often the figures are read.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    /// <summary>The most waiting outboxes, or timers due, counted: beyond it the figure stays at the limit.</summary>
    public const int Limit = 10_000;

    /// <summary>How many of the newest dead letters the sample keeps.</summary>
    public const int Newest = 5;

    private OpsSample _last = OpsSample.None;

    /// <summary>The figures read last.</summary>
    public OpsSample Last => Volatile.Read(ref _last);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            var last = Last;
            var now = time.GetUtcNow();
            var sample = last with
            {
                SampledAt = now,
                OutboxDepth = await Read<long?>("outbox depth", async () =>
                    (await outboxes.DueAsync(TimeSpan.Zero, TimeSpan.Zero, 0, 1, Limit, stoppingToken)).Count, last.OutboxDepth, stoppingToken),
                TimersDue = await Read<long?>("timers due", async () =>
                    (await timers.DueAsync(now, now, 0, 1, Limit, stoppingToken)).Count, last.TimersDue, stoppingToken),
                DeadLetters = await Read<long?>("dead letters", async () => await deadLetters.CountAsync(stoppingToken), last.DeadLetters, stoppingToken),
                NewestDeadLetters = await Read("newest dead letters", () => deadLetters.ListAsync(Newest, stoppingToken), last.NewestDeadLetters, stoppingToken),
                ConsumerLag = await Read<IReadOnlyDictionary<string, long>?>("consumer lag", async () => await Task.Run(lag.Read, stoppingToken), last.ConsumerLag, stoppingToken),
            };
            Volatile.Write(ref _last, sample);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<T> Read<T>(string figure, Func<Task<T>> read, T last, CancellationToken stoppingToken)
    {
        try
        {
            return await read();
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogReadFailed(logger, ex, figure);
            return last;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the {Figure} for the operator's view failed; it keeps its last value until the next read")]
    private static partial void LogReadFailed(ILogger logger, Exception exception, string figure);
}
