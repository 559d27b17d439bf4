namespace Hub.Messages;

/// <summary>A grain whose state holds messages that must reach the broker: the outbox sweeper wakes it by this call.</summary>
[Alias("hub.IOutboxGrain")]
public interface IOutboxGrain : IGrainWithStringKey
{
    /// <summary>Starts publishing what the stored outbox still holds, if anything; returns at once.</summary>
    [Alias("PublishOutbox")]
    Task PublishOutbox();
}
