namespace Hub.Halls;

/// <summary>
/// One matter's queue at one node on one day (key <c>{node}/{matter}/{yyyy-MM-dd}</c>). A hall's queues are as many
/// grains as it has matters in use that day, so a big hall spreads over the cluster; each grain's turns are single-file,
/// so two windows never call the same number.
/// </summary>
[Alias("hub.IMatterQueueGrain")]
public interface IMatterQueueGrain : IGrainWithStringKey
{
    /// <summary>Issues a number to the person checking in, or gives back the one they still hold.</summary>
    [Alias("CheckIn")]
    Task<QueueTicket> CheckIn(QueueCheckIn checkIn);

    /// <summary>Calls the next number to window <paramref name="windowId"/> (booked applicants whose slot has begun first), or null when nobody waits.</summary>
    [Alias("CallNext")]
    Task<QueueTicket?> CallNext(string windowId);

    /// <summary>Records that the called number <paramref name="number"/> was served, or did not come; a repeat changes nothing.</summary>
    [Alias("Finish")]
    Task<QueueTicket> Finish(string number, string windowId, bool served);

    /// <summary>Number <paramref name="number"/>, or <see cref="HallRuleCodes.NotFound"/>.</summary>
    [Alias("Get")]
    Task<QueueTicket> Get(string number);

    /// <summary>The queue's figures now.</summary>
    [Alias("Summary")]
    Task<QueueSummary> Summary();
}
