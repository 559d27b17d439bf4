namespace Hub.Timers;

/// <summary>
/// A grain state with one durable timer: the moment its grain must next act (a case's next supervision moment). The
/// storage writes the moment with the state, so that the database indexes it in the same statement; each silo's
/// <c>DueSweeper</c> wakes the grains whose moment has come (<see cref="Messages.IDueGrain"/>). Null: nothing due.
/// </summary>
public interface IDueState
{
    /// <summary>When the grain must next act; null when nothing is due.</summary>
    DateTimeOffset? DueAt { get; }
}
