namespace Hub.Halls;

/// <summary>
/// Which matters' queues a node opened on a day (key <c>{node}/{yyyy-MM-dd}</c>): each queue tells it once, at its
/// first check-in, so it is no hot spot; the hall's overview asks it, then each queue.
/// </summary>
[Alias("hub.INodeQueuesGrain")]
public interface INodeQueuesGrain : IGrainWithStringKey
{
    /// <summary>Records that <paramref name="matterCode"/>'s queue is open today; a repeat changes nothing.</summary>
    [Alias("Opened")]
    Task Opened(string matterCode);

    /// <summary>The matters whose queues are open, in the order they opened.</summary>
    [Alias("Matters")]
    Task<IReadOnlyList<string>> Matters();
}
