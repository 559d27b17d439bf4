namespace Hub.Nodes;

/// <summary>A node's running counters.</summary>
[GenerateSerializer, Immutable, Alias("hub.NodeCounters")]
public sealed record NodeCounters(
    [property: Id(0)] long Received,
    [property: Id(1)] long Handled,
    [property: Id(2)] long HandledOnTime,
    [property: Id(3)] long Ratings,
    [property: Id(4)] long GoodRatings,
    [property: Id(5)] long BadRatings,
    [property: Id(6)] int Open);
