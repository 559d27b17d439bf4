namespace Hub.Messages;

/// <summary>
/// Thrown by an <see cref="IHubPublisher"/> when the broker acknowledged some messages of a batch and not others:
/// <see cref="Acknowledged"/> names the outbox messages that are out, so that a retry sends only the rest and nothing
/// already on a topic is sent twice.
/// </summary>
[GenerateSerializer, Alias("hub.PublishIncompleteException")]
public class PublishIncompleteException : Exception
{
    public PublishIncompleteException(IReadOnlyCollection<string> acknowledged, string message, Exception? innerException)
        : base(message, innerException) =>
        Acknowledged = [.. acknowledged];

    /// <summary>The event ids of the outbox messages every copy of which the broker acknowledged.</summary>
    [Id(0)]
    public string[] Acknowledged { get; }
}
