namespace Hub.Statistics;

/// <summary>
/// The generation of the statistics (key 0): the projections count into the current generation's grains, and a
/// rebuild starts the next one, read again from the start of the feed.
/// </summary>
[Alias("hub.IStatisticsGenerationGrain")]
public interface IStatisticsGenerationGrain : IGrainWithIntegerKey
{
    /// <summary>The current generation, 1 at first.</summary>
    [Alias("Current")]
    Task<int> Current();

    /// <summary>Starts the next generation and answers it.</summary>
    [Alias("Rebuild")]
    Task<int> Rebuild();
}
