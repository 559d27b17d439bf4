namespace Hub.Statistics;

/// <summary>The persisted generation of the statistics; 0 stands for the first, 1.</summary>
[GenerateSerializer, Alias("hub.StatisticsGenerationState")]
public sealed class StatisticsGenerationState
{
    [Id(0)] public int Generation { get; set; }
}
