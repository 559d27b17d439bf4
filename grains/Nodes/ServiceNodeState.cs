using Hub.Identifiers;

namespace Hub.Nodes;

/// <summary>The persisted state of a node: its open cases to handle. Ids 1 to 6 held counters, now the statistics'; they stay unused.</summary>
[GenerateSerializer, Alias("hub.ServiceNodeState")]
public sealed class ServiceNodeState
{
    [Id(0)] public Dictionary<CaseId, InboxEntry> Inbox { get; set; } = [];
}
