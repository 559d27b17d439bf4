using Hub.Messages;
using Hub.Outbox;

namespace Hub.Certificates;

/// <summary>The persisted state of a holder: their certificates and the newest entries of their log, oldest first.</summary>
[GenerateSerializer, Alias("hub.HolderState")]
public sealed class HolderState : IOutboxState
{
    [Id(0)] public List<string> Certificates { get; set; } = [];
    [Id(1)] public List<CertificateUse> Uses { get; set; } = [];
    [Id(2)] public long TotalUses { get; set; }

    /// <summary>Log entries written with the state and not yet acknowledged by the broker.</summary>
    [Id(3)] public List<OutboxMessage> Outbox { get; set; } = [];
}
