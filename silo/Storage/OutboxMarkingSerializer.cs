using Hub.Outbox;
using Orleans.Storage;

namespace Hub.Storage;

/// <summary>
/// Stores grain state with Orleans' binary serializer behind one format byte that tells the storage whether the state
/// carries an outbox and whether messages wait in it (03-grain-state.sql), so that a write lists a waiting outbox in
/// the same statement. A state read back with the waiting bit cleared — its outbox was acknowledged since — comes
/// back with its outbox gone.
/// </summary>
public sealed class OutboxMarkingSerializer(OrleansGrainStorageSerializer inner) : IGrainStorageSerializer
{
    /// <summary>Set in every format byte.</summary>
    public const byte Marker = 0x80;

    /// <summary>The state carries an outbox.</summary>
    public const byte CarriesOutbox = 0x01;

    /// <summary>Messages wait in the outbox.</summary>
    public const byte Waiting = 0x02;

    public BinaryData Serialize<T>(T? input)
    {
        var body = inner.Serialize(input).ToMemory().Span;
        var flags = Marker;
        if (input is IOutboxState outbox)
        {
            flags |= outbox.OutboxWaits ? (byte)(CarriesOutbox | Waiting) : CarriesOutbox;
        }

        var bytes = new byte[body.Length + 1];
        bytes[0] = flags;
        body.CopyTo(bytes.AsSpan(1));
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
        var value = inner.Deserialize<T>(new BinaryData(bytes[1..]));
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

    /// <summary>A copy of stored bytes with the waiting bit cleared: what a read returns once the outbox was acknowledged.</summary>
    public static BinaryData Acknowledged(ReadOnlyMemory<byte> stored)
    {
        var copy = stored.ToArray();
        copy[0] &= unchecked((byte)~Waiting);
        return new BinaryData(copy);
    }
}
