using System.Collections.Concurrent;
using System.Globalization;
using Orleans.Storage;

namespace Hub.Storage;

/// <summary>
/// Grain state in this silo's own memory, for the embedded single-silo mode: each write stores the state serialized
/// (so a grain's later changes never leak into what is stored) under an ETag, and a write whose ETag is stale is
/// refused as storage would refuse it. Orleans' MemoryGrainStorage spreads state over storage grains so that several
/// silos can share it; one silo needs no grain call and no deep copy per write, which the hub makes on every transition.
/// Waiting outboxes and durable timers are indexed in <see cref="MemoryOutboxIndex"/> as the PostgreSQL script indexes
/// them in HubOutbox and HubDue.
/// </summary>
internal sealed class SiloMemoryGrainStorage(string name, IGrainStorageSerializer serializer, MemoryOutboxIndex outboxes) : IGrainStorage
{
    private const int Gates = 256;
    private readonly ConcurrentDictionary<(string State, GrainId Grain), Stored> _store = new();

    // One lock per stripe of keys, not one for the store: a write and its listing are atomic for readers of that key,
    // and writes of different grains do not queue behind each other.
    private readonly Lock[] _gates = [.. Enumerable.Range(0, Gates).Select(_ => new Lock())];
    private long _etags;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Stored? stored;
        BinaryData data;
        lock (Gate(stateName, grainId))
        {
            if (_store.TryGetValue((stateName, grainId), out stored))
            {
                data = stored.Data;
                if (StateMarkingSerializer.IsWaiting(data.ToMemory().Span) && !outboxes.IsWaiting(stateName, grainId.Key.ToString(), stored.ETag))
                {
                    data = StateMarkingSerializer.Acknowledged(data.ToMemory());
                }
            }
            else
            {
                data = default!;
            }
        }

        if (stored is not null)
        {
            grainState.State = serializer.Deserialize<T>(data);
            grainState.ETag = stored.ETag;
            grainState.RecordExists = true;
        }
        else
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var etag = NextETag();
        var next = new Stored(serializer.Serialize(grainState.State), etag);
        lock (Gate(stateName, grainId))
        {
            // Listed with the write, as one statement lists it in PostgreSQL: no reader sees one without the other.
            Replace((stateName, grainId), grainState.ETag, next);
            var bytes = next.Data.ToMemory().Span;
            if (StateMarkingSerializer.IsWaiting(bytes))
            {
                outboxes.Listed(stateName, grainId.Key.ToString(), etag);
            }
            else if (StateMarkingSerializer.CarriesAnOutbox(bytes))
            {
                outboxes.Settled(stateName, grainId.Key.ToString());
            }

            if (StateMarkingSerializer.CarriesATimer(bytes))
            {
                outboxes.Timer(stateName, grainId.Key.ToString(), StateMarkingSerializer.DueAt(bytes));
            }
        }

        grainState.ETag = etag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Replace((stateName, grainId), grainState.ETag, null);
        outboxes.Cleared(stateName, grainId.Key.ToString());
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private void Replace((string State, GrainId Grain) key, string? expected, Stored? next)
    {
        while (true)
        {
            if (!_store.TryGetValue(key, out var current))
            {
                if (expected is not null)
                {
                    throw Conflict(key, expected, null);
                }

                if (next is null || _store.TryAdd(key, next))
                {
                    return;
                }

                continue;
            }

            if (current.ETag != expected)
            {
                throw Conflict(key, expected, current.ETag);
            }

            var replaced = next is null
                ? _store.TryRemove(new KeyValuePair<(string, GrainId), Stored>(key, current))
                : _store.TryUpdate(key, next, current);
            if (replaced)
            {
                return;
            }
        }
    }

    private Lock Gate(string stateName, GrainId grainId) => _gates[(uint)HashCode.Combine(stateName, grainId) % Gates];

    private string NextETag() => Interlocked.Increment(ref _etags).ToString(CultureInfo.InvariantCulture);

    private InconsistentStateException Conflict((string State, GrainId Grain) key, string? expected, string? stored) => new(
        $"Storage '{name}': the {key.State} state of {key.Grain} was written by someone else since it was read (ETag {stored ?? "none"}, expected {expected ?? "none"}).",
        stored ?? "none",
        expected ?? "none");

    private sealed record Stored(BinaryData Data, string ETag);
}
