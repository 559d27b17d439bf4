using System.Collections.Concurrent;
using Orleans.Runtime;

namespace Hub.Tests.Cluster;

/// <summary>Records every tick of its reminder with the silo it fired on; the silos run in the test process.</summary>
public sealed class ReminderProbeGrain(ILocalSiloDetails silo) : Grain, IReminderProbeGrain, IRemindable
{
    /// <summary>Grain key → the silo ports its reminder fired on, in order.</summary>
    public static ConcurrentDictionary<string, ConcurrentQueue<int>> Ticks { get; } = new();

    public Task Register(TimeSpan dueTime, TimeSpan period) => this.RegisterOrUpdateReminder("probe", dueTime, period);

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Ticks.GetOrAdd(this.GetPrimaryKeyString(), _ => new()).Enqueue(silo.SiloAddress.Endpoint.Port);
        return Task.CompletedTask;
    }
}
