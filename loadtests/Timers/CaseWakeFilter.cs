using Hub.Cases;
using Hub.Messages;

namespace Hub.LoadTests.Timers;

/// <summary>Counts the case grains' <see cref="IDueGrain.WakeDue"/> calls that complete in the timers phase's silo.</summary>
internal sealed class CaseWakeFilter(TimerTallies tallies) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        await context.Invoke();
        if (context.Grain is ICaseGrain && context.InterfaceMethod?.Name == nameof(IDueGrain.WakeDue))
        {
            tallies.Cases.Fired();
        }
    }
}
