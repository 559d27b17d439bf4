namespace Hub.LoadTests.Results;

/// <summary>
/// The ceilings measured in the same run, on the same machine: an empty grain call through the same silo, raw Kafka
/// produce and consume on the same broker, and (in cluster mode) a raw single-row upsert into the same database.
/// </summary>
public sealed record Baselines(
    Throughput EmptyGrainCalls,
    double SiloCpuMsPerEmptyGrainCall,
    double BytesPerEmptyGrainActivation,
    Throughput KafkaProduce,
    Throughput KafkaConsume,
    Throughput? PostgresUpserts);
