namespace Hub.Kafka;

/// <summary>The Kafka headers the hub writes and reads; values are UTF-8.</summary>
public static class HubHeaders
{
    /// <summary>The protobuf message type of the value: one of <see cref="HubMessageTypes"/>.</summary>
    public const string Type = "hub-type";

    /// <summary>The message's unique event id.</summary>
    public const string EventId = "hub-event-id";

    /// <summary>On a line's message: the base64 of the line's ECDSA P-256 signature (SHA-256, DER) over the value bytes.</summary>
    public const string Signature = "hub-signature";

    /// <summary>On a signed message: the id of the key that signed it, <c>{line}-{fingerprint}</c> (optional: without it each key of the line is tried).</summary>
    public const string SignatureKey = "hub-signature-key";

    /// <summary>On a dead letter: the topic the message was read from.</summary>
    public const string DeadLetterTopic = "hub-dl-topic";

    /// <summary>On a dead letter: the partition it was read from.</summary>
    public const string DeadLetterPartition = "hub-dl-partition";

    /// <summary>On a dead letter: its offset there.</summary>
    public const string DeadLetterOffset = "hub-dl-offset";

    /// <summary>On a dead letter: the department the topic belongs to.</summary>
    public const string DeadLetterDepartment = "hub-dl-department";

    /// <summary>On a dead letter: why the hub did not apply it, as <c>code: detail</c>.</summary>
    public const string DeadLetterReason = "hub-dl-reason";
}
