using Orleans.Concurrency;
using Hub.Identifiers;

namespace Hub.Nodes;

/// <summary>
/// One service node, keyed by its 12-digit division code: the inbox of open cases it handles. Its figures (received,
/// decided, on time, ratings) are the statistics', projected from the case feed, not counted here.
/// </summary>
[Alias("hub.IServiceNodeGrain")]
public interface IServiceNodeGrain : IGrainWithStringKey
{
    /// <summary>Records the status of a case this node handles; open cases sit in its inbox, finished ones leave it.</summary>
    [Alias("Track"), OneWay]
    Task Track(InboxEntry entry);

    /// <summary>The node's open cases to handle, oldest deadline first.</summary>
    [Alias("GetInbox")]
    Task<IReadOnlyList<InboxEntry>> GetInbox();

    /// <summary>How many open cases the node has to handle.</summary>
    [Alias("OpenCount")]
    Task<int> OpenCount();
}
