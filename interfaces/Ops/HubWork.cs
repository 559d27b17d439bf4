namespace Hub.Ops;

/// <summary>
/// What this silo process did, counted as it happens: HTTP requests served, grain calls received, Kafka messages
/// produced and consumed by the hub's own clients, grain states written. Read through <c>/ops/runtime</c>; deltas
/// between two reads, divided by the lifecycles between them, say how many of each part one lifecycle uses.
/// </summary>
public sealed class HubWork
{
    private long _httpRequests;
    private long _grainCalls;
    private long _kafkaProduced;
    private long _kafkaConsumed;
    private long _stateWrites;

    public void HttpRequest() => Interlocked.Increment(ref _httpRequests);

    public void GrainCall() => Interlocked.Increment(ref _grainCalls);

    public void KafkaProduced() => Interlocked.Increment(ref _kafkaProduced);

    public void KafkaConsumed() => Interlocked.Increment(ref _kafkaConsumed);

    public void StateWritten() => Interlocked.Increment(ref _stateWrites);

    /// <summary>The counts so far.</summary>
    public WorkCounts Read() => new(
        Interlocked.Read(ref _httpRequests),
        Interlocked.Read(ref _grainCalls),
        Interlocked.Read(ref _kafkaProduced),
        Interlocked.Read(ref _kafkaConsumed),
        Interlocked.Read(ref _stateWrites));
}

/// <summary>
/// What a silo's signer of hand-off logs did since it started: chain heads sealed, signatures made (one per batch), and
/// the time it spent building the batches' Merkle trees and signing them.
/// </summary>
public sealed record SigningCounts(long Heads, long Signatures, double Milliseconds);

/// <summary>The counts of <see cref="HubWork"/> at one moment.</summary>
public sealed record WorkCounts(long HttpRequests, long GrainCalls, long KafkaProduced, long KafkaConsumed, long StateWrites);
