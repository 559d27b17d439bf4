namespace Hub.Halls;

/// <summary>
/// One matter's queue at a hall today: how many wait (of them booked), are at a window, were served or did not come,
/// the windows calling it in the last hour, the average service time, and the wait a newcomer can expect.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.QueueSummary")]
public sealed record QueueSummary(
    [property: Id(0)] string MatterCode,
    [property: Id(1)] int Waiting,
    [property: Id(2)] int BookedWaiting,
    [property: Id(3)] int AtWindow,
    [property: Id(4)] int Served,
    [property: Id(5)] int NoShows,
    [property: Id(6)] int Windows,
    [property: Id(7)] TimeSpan AverageService,
    [property: Id(8)] TimeSpan EstimatedWait);
