namespace Hub.Outbox;

/// <summary>
/// Where a silo records that stored outboxes reached the broker, in batches. Until a state's outbox is recorded
/// here, the storage keeps it listed as waiting, and the silo's sweeper wakes its grain.
/// </summary>
public interface IOutboxLedger
{
    /// <summary>
    /// Records that every message the state <paramref name="stateName"/> of grain <paramref name="key"/> held in its
    /// outbox at version <paramref name="etag"/> is acknowledged; completes once that is durable.
    /// </summary>
    Task AcknowledgeAsync(string stateName, string key, string etag);
}
