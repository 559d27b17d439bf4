using Hub.Identifiers;
using Hub.Messages;
using Hub.Outbox;

namespace Hub.Certificates;

/// <summary>The persisted state of an e-certificate, and the changes it must still publish on the feed.</summary>
[GenerateSerializer, Alias("hub.CertificateState")]
public sealed class CertificateState : IOutboxState
{
    [Id(0)] public CertificateMetadata? Metadata { get; set; }
    [Id(1)] public CertificateStatus Status { get; set; }

    /// <summary>The department line that issued the certificate, the only one that may change it.</summary>
    [Id(2)] public string Department { get; set; } = "";
    [Id(3)] public List<CertificateHistoryEntry> History { get; set; } = [];
    [Id(4)] public string? Replaces { get; set; }
    [Id(5)] public string? ReplacedBy { get; set; }
    [Id(6)] public CaseId? IssuingCase { get; set; }

    /// <summary>Ids of the events applied, so that a redelivered one changes nothing.</summary>
    [Id(7)] public HashSet<string> AppliedEvents { get; set; } = [];

    /// <summary>The cases that used the certificate instead of a paper material.</summary>
    [Id(8)] public List<CaseId> UsedBy { get; set; } = [];

    /// <summary>Changes written with the state and not yet acknowledged by the broker.</summary>
    [Id(9)] public List<OutboxMessage> Outbox { get; set; } = [];

    /// <summary>The sequence number of the last change put on the feed.</summary>
    [Id(10)] public long Sequence { get; set; }
}
