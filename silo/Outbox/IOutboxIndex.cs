namespace Hub.Outbox;

/// <summary>The storage's list of states whose outbox waits for the broker, as the sweeper reads it.</summary>
public interface IOutboxIndex
{
    /// <summary>
    /// The waiting outboxes this silo sweeps: of those waiting longer than <paramref name="after"/>, the share
    /// <paramref name="siloIndex"/> of <paramref name="siloCount"/>; and every one waiting longer than
    /// <paramref name="takeOver"/>, whoever's share it is. At most <paramref name="limit"/>, oldest first.
    /// </summary>
    Task<IReadOnlyList<WaitingOutbox>> DueAsync(TimeSpan after, TimeSpan takeOver, int siloIndex, int siloCount, int limit, CancellationToken cancellationToken);
}

/// <summary>One state whose outbox waits: its state name and grain key.</summary>
public sealed record WaitingOutbox(string StateName, string Key);
