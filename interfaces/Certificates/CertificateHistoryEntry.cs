namespace Hub.Certificates;

/// <summary>One operation in a certificate's history: what, when, by whom, why, from which event, and the state it left.</summary>
[GenerateSerializer, Immutable, Alias("hub.CertificateHistoryEntry")]
public sealed record CertificateHistoryEntry(
    [property: Id(0)] CertificateOperation Operation,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Actor,
    [property: Id(3)] string? Reason,
    [property: Id(4)] string? EventId,
    [property: Id(5)] CertificateStatus Status);
