using Hub.Cases;
using Hub.Identifiers;

namespace Hub.Nodes;

/// <summary>The persisted state of a node's supervision board.</summary>
[GenerateSerializer, Alias("hub.SupervisionBoardState")]
public sealed class SupervisionBoardState
{
    [Id(0)] public Dictionary<CaseId, SupervisionBoardEntry> Open { get; set; } = [];

    /// <summary>The newest entries whose rectification closed, oldest first.</summary>
    [Id(1)] public List<SupervisionBoardEntry> Closed { get; set; } = [];

    /// <summary>The work orders with an open card, by order id.</summary>
    [Id(2)] public Dictionary<string, WorkOrderBoardEntry> WorkOrders { get; set; } = [];
}
