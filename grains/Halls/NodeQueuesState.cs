namespace Hub.Halls;

/// <summary>The matters whose queues a node opened on a day, in the order they opened.</summary>
[GenerateSerializer, Alias("hub.NodeQueuesState")]
public sealed class NodeQueuesState
{
    [Id(0)]
    public List<string> Matters { get; set; } = [];
}
