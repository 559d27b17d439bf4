namespace Hub.Messages;

/// <summary>A grain whose state holds a durable timer: the due sweeper wakes it by this call once its moment has come.</summary>
[Alias("hub.IDueGrain")]
public interface IDueGrain : IGrainWithStringKey
{
    /// <summary>Acts on whatever is due by now, and sets the next moment; a call before the moment does nothing.</summary>
    [Alias("WakeDue")]
    Task WakeDue();
}
