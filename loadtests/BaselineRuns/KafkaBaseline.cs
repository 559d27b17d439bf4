using System.Diagnostics;
using Confluent.Kafka;
using Hub.LoadTests.Results;

namespace Hub.LoadTests.BaselineRuns;

/// <summary>
/// Raw Kafka on the same broker: acknowledged produce of dispatch-sized messages (acks=all, as the hub's producer)
/// to a fresh topic for a while, then one consumer reading them all back; and the silo CPU each costs meanwhile —
/// on the embedded broker, the broker's side of a message an outside client (a department, a feed reader) produces
/// or fetches.
/// </summary>
internal static class KafkaBaseline
{
    private const int MessageBytes = 400;

    public static async Task<(Throughput Produce, Throughput Consume, double SiloCpuMsPerProduced, double SiloCpuMsPerFetched)> RunAsync(
        string bootstrap, TimeSpan duration, Func<Task<double>> siloCpuMilliseconds)
    {
        var topic = $"loadtest.baseline.{Guid.NewGuid():N}";
        var cpu = await siloCpuMilliseconds();
        var produced = await ProduceAsync(bootstrap, topic, duration);
        var afterProduce = await siloCpuMilliseconds();
        var consumed = await Task.Run(() => Consume(bootstrap, topic, produced.Operations));
        var afterConsume = await siloCpuMilliseconds();
        return (produced, consumed, Each(afterProduce - cpu, produced.Operations), Each(afterConsume - afterProduce, consumed.Operations));
    }

    private static double Each(double milliseconds, long count) => count > 0 ? milliseconds / count : 0;

    private static async Task<Throughput> ProduceAsync(string bootstrap, string topic, TimeSpan duration)
    {
        using var producer = new ProducerBuilder<string, byte[]>(new ProducerConfig
        {
            BootstrapServers = bootstrap,
            ClientId = "loadtest-baseline",
            EnableIdempotence = true,
            Acks = Acks.All,
            LingerMs = 5,
        }).SetErrorHandler((_, _) => { }).Build();

        // The topic is created by its first message; warm it so its creation is not timed.
        await producer.ProduceAsync(topic, new Message<string, byte[]> { Key = "warm-up", Value = new byte[MessageBytes] });
        var payload = new byte[MessageBytes];
        Random.Shared.NextBytes(payload);
        long acked = 1;
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var sequence = 0;
        while (Stopwatch.GetTimestamp() < end)
        {
            try
            {
                producer.Produce(topic, new Message<string, byte[]> { Key = $"case-{sequence++ % 100_000}", Value = payload }, report =>
                {
                    if (!report.Error.IsError)
                    {
                        Interlocked.Increment(ref acked);
                    }
                });
            }
            catch (ProduceException<string, byte[]> ex) when (ex.Error.Code == Confluent.Kafka.ErrorCode.Local_QueueFull)
            {
                producer.Poll(TimeSpan.FromMilliseconds(5));
            }
        }

        producer.Flush(TimeSpan.FromSeconds(60));
        return new Throughput(Interlocked.Read(ref acked), Stopwatch.GetElapsedTime(started).TotalSeconds, null);
    }

    private static Throughput Consume(string bootstrap, string topic, long expected)
    {
        using var consumer = new ConsumerBuilder<Ignore, byte[]>(new ConsumerConfig
        {
            BootstrapServers = bootstrap,
            GroupId = $"loadtest-baseline-{Guid.NewGuid():N}",
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
            ClientId = "loadtest-baseline",
        }).SetErrorHandler((_, _) => { }).Build();
        consumer.Subscribe(topic);
        long read = 0;
        var first = 0L;
        var last = 0L;
        var idleSince = Stopwatch.GetTimestamp();
        while (read < expected && Stopwatch.GetElapsedTime(idleSince) < TimeSpan.FromSeconds(10))
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { Message: not null })
            {
                last = Stopwatch.GetTimestamp();
                first = first == 0 ? last : first;
                read++;
                idleSince = last;
            }
        }

        consumer.Close();
        return new Throughput(read, (double)(last - first) / Stopwatch.Frequency, null);
    }
}
