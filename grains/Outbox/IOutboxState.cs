using Hub.Messages;

namespace Hub.Outbox;

/// <summary>
/// A grain state with an outbox. The storage marks each stored state with whether its outbox waits for the broker,
/// so that the database can index the waiting ones in the same statement that writes them; once the ledger records
/// the outbox as acknowledged, the storage reads the state back with its outbox already gone.
/// </summary>
public interface IOutboxState
{
    /// <summary>The messages written with the state that must still reach the broker, in order.</summary>
    List<OutboxMessage> Outbox { get; }

    /// <summary>Whether messages wait in the outbox.</summary>
    bool OutboxWaits => Outbox.Count > 0;

    /// <summary>Drops the outbox: the storage read it back as acknowledged.</summary>
    void OutboxAcknowledged() => Outbox.Clear();
}
