namespace Hub.Halls;

/// <summary>Which matters' queues a node opened on a day; told once per queue, so no hot spot.</summary>
public sealed class NodeQueuesGrain([PersistentState("node-queues", "halls")] IPersistentState<NodeQueuesState> state) : Grain, INodeQueuesGrain
{
    public async Task Opened(string matterCode)
    {
        if (!state.State.Matters.Contains(matterCode))
        {
            state.State.Matters.Add(matterCode);
            try
            {
                await state.WriteStateAsync();
            }
            catch
            {
                state.State.Matters.Remove(matterCode);
                throw;
            }
        }
    }

    public Task<IReadOnlyList<string>> Matters() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Matters]);
}
