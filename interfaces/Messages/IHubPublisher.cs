namespace Hub.Messages;

/// <summary>
/// Publishes a case's outbox to the department lines and the status feed. Completes only when the broker
/// has acknowledged every message; throws when any was not, so the case keeps it and retries.
/// </summary>
public interface IHubPublisher
{
    /// <summary>Publishes the messages in order; returns when all are acknowledged.</summary>
    Task PublishAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken);
}
