namespace Hub.Timers;

/// <summary>The storage's index of durable timers (<see cref="IDueState"/>), as the due sweeper reads it.</summary>
public interface IDueIndex
{
    /// <summary>
    /// The timers this silo wakes: of those due by <paramref name="now"/>, the share <paramref name="siloIndex"/> of
    /// <paramref name="siloCount"/>; and every one due before <paramref name="takeOverBefore"/>, whoever's share it is.
    /// At most <paramref name="limit"/>, the earliest first.
    /// </summary>
    Task<IReadOnlyList<DueTimer>> DueAsync(DateTimeOffset now, DateTimeOffset takeOverBefore, int siloIndex, int siloCount, int limit, CancellationToken cancellationToken);
}

/// <summary>One grain whose timer has come: its state name, grain key and due time.</summary>
public sealed record DueTimer(string StateName, string Key, DateTimeOffset DueAt);
