using Hub.Messages;

namespace Hub.Timers;

/// <summary>Which grain owns the durable timer stored under a state name: registered once per such state.</summary>
/// <param name="StateName">The name the grain's state is stored under (its <c>[PersistentState]</c> name).</param>
/// <param name="Grain">The grain of a key.</param>
public sealed record DueOwner(string StateName, Func<IGrainFactory, string, IDueGrain> Grain);
