namespace Hub.Statistics;

/// <summary>
/// The statistics' generation (<see cref="IStatisticsGenerationGrain"/>). Asked by each silo's projection every few
/// seconds and by statistics reads, never per feed message.
/// </summary>
public sealed class StatisticsGenerationGrain(
    [PersistentState("statistics-generation", "statistics")] IPersistentState<StatisticsGenerationState> state) : Grain, IStatisticsGenerationGrain
{
    public Task<int> Current() => Task.FromResult(Math.Max(1, state.State.Generation));

    public async Task<int> Rebuild()
    {
        state.State.Generation = Math.Max(1, state.State.Generation) + 1;
        await state.WriteStateAsync();
        return state.State.Generation;
    }
}
