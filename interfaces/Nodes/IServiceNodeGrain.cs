using Orleans.Concurrency;
using Hub.Identifiers;

namespace Hub.Nodes;

/// <summary>One service node, keyed by its 12-digit division code: the inbox of cases it handles and its counters.</summary>
[Alias("hub.IServiceNodeGrain")]
public interface IServiceNodeGrain : IGrainWithStringKey
{
    /// <summary>Records a case's status at this node; open cases sit in the handling node's inbox, finished ones leave it.</summary>
    [Alias("Track"), OneWay]
    Task Track(NodeRole role, InboxEntry entry);

    /// <summary>Records a rating of a case received at this node (1 … 5).</summary>
    [Alias("RecordRating")]
    Task RecordRating(CaseId caseId, int level);

    /// <summary>The node's open cases to handle, oldest deadline first.</summary>
    [Alias("GetInbox")]
    Task<IReadOnlyList<InboxEntry>> GetInbox();

    /// <summary>The node's counters.</summary>
    [Alias("GetCounters")]
    Task<NodeCounters> GetCounters();
}
