using System.Buffers.Binary;
using Hub.Outbox;
using Hub.Timers;
using Orleans.Storage;

namespace Hub.Storage;

/// <summary>
/// Stores grain state with Orleans' binary serializer behind a format byte that tells the storage whether the state
/// carries an outbox and whether messages wait in it, and whether it carries a durable timer and when that is due
/// (03-grain-state.sql), so that a write lists a waiting outbox and indexes a due time in the same statement. A state
/// read back with the waiting bit cleared — its outbox was acknowledged since — comes back with its outbox gone.
/// </summary>
/// <remarks>
/// Layout: the format byte; when <see cref="DueTimeSet"/>, the due time as 8 bytes, big-endian unix milliseconds;
/// then the serialized state.
/// </remarks>
public sealed class StateMarkingSerializer(OrleansGrainStorageSerializer inner, Ops.HubWork work) : IGrainStorageSerializer
{
    /// <summary>Set in every format byte.</summary>
    public const byte Marker = 0x80;

    /// <summary>The state carries an outbox.</summary>
    public const byte CarriesOutbox = 0x01;

    /// <summary>Messages wait in the outbox.</summary>
    public const byte Waiting = 0x02;

    /// <summary>The state carries a durable timer (<see cref="IDueState"/>).</summary>
    public const byte CarriesDueTime = 0x04;

    /// <summary>The timer is set: its due time follows the format byte.</summary>
    public const byte DueTimeSet = 0x08;

    private const int DueTimeLength = 8;

    public BinaryData Serialize<T>(T? input)
    {
        work.StateWritten();
        var body = inner.Serialize(input).ToMemory().Span;
        var flags = Marker;
        if (input is IOutboxState outbox)
        {
            flags |= outbox.OutboxWaits ? (byte)(CarriesOutbox | Waiting) : CarriesOutbox;
        }

        DateTimeOffset? due = null;
        if (input is IDueState timer)
        {
            flags |= CarriesDueTime;
            due = timer.DueAt;
            if (due is not null)
            {
                flags |= DueTimeSet;
            }
        }

        var header = due is null ? 1 : 1 + DueTimeLength;
        var bytes = new byte[header + body.Length];
        bytes[0] = flags;
        if (due is { } at)
        {
            BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(1, DueTimeLength), at.ToUnixTimeMilliseconds());
        }

        body.CopyTo(bytes.AsSpan(header));
        return new BinaryData(bytes);
    }

    public T? Deserialize<T>(BinaryData input)
    {
        var bytes = input.ToMemory();
        if (bytes.Length == 0 || (bytes.Span[0] & Marker) == 0)
        {
            throw new InvalidOperationException("The stored state does not start with the hub's format byte: it was written by something other than this hub.");
        }

        var flags = bytes.Span[0];
        var header = (flags & DueTimeSet) != 0 ? 1 + DueTimeLength : 1;
        var value = inner.Deserialize<T>(new BinaryData(bytes[header..]));
        if ((flags & (CarriesOutbox | Waiting)) == CarriesOutbox && value is IOutboxState outbox)
        {
            outbox.OutboxAcknowledged();
        }

        return value;
    }

    /// <summary>Whether stored bytes hold a state whose outbox waits.</summary>
    public static bool IsWaiting(ReadOnlySpan<byte> stored) => stored.Length > 0 && (stored[0] & (CarriesOutbox | Waiting)) == (CarriesOutbox | Waiting);

    /// <summary>Whether stored bytes hold a state that carries an outbox at all.</summary>
    public static bool CarriesAnOutbox(ReadOnlySpan<byte> stored) => stored.Length > 0 && (stored[0] & CarriesOutbox) != 0;

    /// <summary>Whether stored bytes hold a state that carries a durable timer at all.</summary>
    public static bool CarriesATimer(ReadOnlySpan<byte> stored) => stored.Length > 0 && (stored[0] & CarriesDueTime) != 0;

    /// <summary>The due time stored bytes carry, or null when their timer is not set.</summary>
    public static DateTimeOffset? DueAt(ReadOnlySpan<byte> stored) =>
        stored.Length > DueTimeLength && (stored[0] & (CarriesDueTime | DueTimeSet)) == (CarriesDueTime | DueTimeSet)
            ? DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(stored.Slice(1, DueTimeLength)))
            : null;

    /// <summary>A copy of stored bytes with the waiting bit cleared: what a read returns once the outbox was acknowledged.</summary>
    public static BinaryData Acknowledged(ReadOnlyMemory<byte> stored)
    {
        var copy = stored.ToArray();
        copy[0] &= unchecked((byte)~Waiting);
        return new BinaryData(copy);
    }
}
