using Hub.Identifiers;

namespace Hub.Nodes;

/// <summary>The persisted state of a node: its open cases to handle and its counters.</summary>
[GenerateSerializer, Alias("hub.ServiceNodeState")]
public sealed class ServiceNodeState
{
    [Id(0)] public Dictionary<CaseId, InboxEntry> Inbox { get; set; } = [];
    [Id(1)] public long Received { get; set; }
    [Id(2)] public long Handled { get; set; }
    [Id(3)] public long HandledOnTime { get; set; }
    [Id(4)] public long Ratings { get; set; }
    [Id(5)] public long GoodRatings { get; set; }
    [Id(6)] public long BadRatings { get; set; }
}
