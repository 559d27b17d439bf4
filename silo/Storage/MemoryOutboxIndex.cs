using System.Collections.Concurrent;
using System.Globalization;
using Hub.Outbox;
using Hub.Timers;

namespace Hub.Storage;

/// <summary>
/// Embedded mode's list of waiting outboxes, kept by <see cref="SiloMemoryGrainStorage"/> beside the states it stores,
/// exactly as the PostgreSQL script keeps HubOutbox beside OrleansStorage: listed by a write whose outbox waits,
/// removed by a write with an empty outbox or by an acknowledgement of the version written; and its index of durable
/// timers, as the script keeps HubDue.
/// </summary>
public sealed class MemoryOutboxIndex(TimeProvider time) : IOutboxIndex, IOutboxLedger, IDueIndex
{
    private readonly ConcurrentDictionary<(string State, string Key), Listing> _waiting = new();
    private readonly ConcurrentDictionary<(string State, string Key), DateTimeOffset> _timers = new();

    public Task<IReadOnlyList<DueTimer>> DueAsync(DateTimeOffset now, DateTimeOffset takeOverBefore, int siloIndex, int siloCount, int limit, CancellationToken cancellationToken)
    {
        IReadOnlyList<DueTimer> due = [.. _timers
            .Where(t => t.Value <= takeOverBefore || (t.Value <= now && Share(t.Key.Key, siloCount) == siloIndex))
            .OrderBy(t => t.Value)
            .Take(limit)
            .Select(t => new DueTimer(t.Key.State, t.Key.Key, t.Value))];
        return Task.FromResult(due);
    }

    /// <summary>A write of a state with a durable timer: indexed at its due time, or taken off when none is set.</summary>
    internal void Timer(string stateName, string key, DateTimeOffset? dueAt)
    {
        if (dueAt is { } at)
        {
            _timers[(stateName, key)] = at;
        }
        else
        {
            _timers.TryRemove((stateName, key), out _);
        }
    }

    public Task AcknowledgeAsync(string stateName, string key, string etag)
    {
        var version = long.Parse(etag, CultureInfo.InvariantCulture);
        var at = (stateName, key);
        while (_waiting.TryGetValue(at, out var listing) && listing.Version <= version)
        {
            if (_waiting.TryRemove(new KeyValuePair<(string, string), Listing>(at, listing)))
            {
                break;
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<WaitingOutbox>> DueAsync(TimeSpan after, TimeSpan takeOver, int siloIndex, int siloCount, int limit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        IReadOnlyList<WaitingOutbox> due = [.. _waiting
            .Where(w => now - w.Value.Since > takeOver || (now - w.Value.Since > after && Share(w.Key.Key, siloCount) == siloIndex))
            .OrderBy(w => w.Value.Since)
            .Take(limit)
            .Select(w => new WaitingOutbox(w.Key.State, w.Key.Key))];
        return Task.FromResult(due);
    }

    /// <summary>Whether the state stored at <paramref name="etag"/> is still listed as waiting.</summary>
    internal bool IsWaiting(string stateName, string key, string etag) =>
        _waiting.TryGetValue((stateName, key), out var listing) && listing.Version >= long.Parse(etag, CultureInfo.InvariantCulture);

    /// <summary>A write of a state whose outbox waits: list it at this version, since its first listing.</summary>
    internal void Listed(string stateName, string key, string etag)
    {
        var version = long.Parse(etag, CultureInfo.InvariantCulture);
        _waiting.AddOrUpdate((stateName, key), _ => new Listing(version, time.GetUtcNow()), (_, old) => old with { Version = version });
    }

    /// <summary>A write of a state whose outbox is empty, or a clear: off the list.</summary>
    internal void Settled(string stateName, string key) => _waiting.TryRemove((stateName, key), out _);

    /// <summary>A clear: no outbox, no timer.</summary>
    internal void Cleared(string stateName, string key)
    {
        _waiting.TryRemove((stateName, key), out _);
        _timers.TryRemove((stateName, key), out _);
    }

    private static int Share(string key, int siloCount) => (int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)siloCount);

    private sealed record Listing(long Version, DateTimeOffset Since);
}
