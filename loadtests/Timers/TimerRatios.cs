using Hub.LoadTests.Results;

namespace Hub.LoadTests.Timers;

/// <summary>The timers phase's figures against their baselines of the same run.</summary>
internal static class TimerRatios
{
    public static IReadOnlyList<Ratio> Of(TimerFigures timers, Baselines baselines)
    {
        var calls = timers.InSiloEmptyCalls.PerSecond;
        var ratios = new List<Ratio>
        {
            new("Case timer wake-ups vs empty grain calls in the same silo", timers.Cases.Firing.PerSecond, "wake-ups/s", calls, "calls/s",
                $"the due sweeper waking open cases whose moment came (each a grain call, Supervision, a state write and a supervision notice), {timers.Parallelism} at once, against empty calls {TimersPhase.InFlight} in flight from inside that silo"),
            new("HubDue firings vs empty grain calls in the same silo", timers.HubDue.Firing.PerSecond, "firings/s", calls, "calls/s",
                "a one-shot timer in the hub's index: woken by the sweeper, one state write takes it off"),
            new("Reminder firings vs empty grain calls in the same silo", timers.Reminders.Firing.PerSecond, "firings/s", calls, "calls/s",
                "a one-shot Orleans reminder: ticked, then unregistered"),
            new("HubDue arm vs the same write without a timer", timers.HubDue.Arm.PerSecond, "writes/s", timers.HubDue.WriteWithoutTimer?.PerSecond ?? 0, "writes/s",
                "arming is the state write with its due time: what indexing it adds to the write"),
            new("Reminder arm vs HubDue arm", timers.Reminders.Arm.PerSecond, "arms/s", timers.HubDue.Arm.PerSecond, "arms/s",
                "registering a reminder against writing the state with its due time"),
            new("HubDue heap per armed timer vs per empty activation", timers.HubDue.BytesPerArmedTimer, "bytes", baselines.BytesPerEmptyGrainActivation, "bytes",
                "what an armed timer holds in the silo, in empty activations"),
            new("Reminder heap per armed timer vs per empty activation", timers.Reminders.BytesPerArmedTimer, "bytes", baselines.BytesPerEmptyGrainActivation, "bytes",
                "what an armed reminder holds in the silo (the reminder service keeps each in memory with a timer), in empty activations"),
        };
        if (baselines.PostgresUpserts is { } upserts)
        {
            ratios.Add(new("HubDue arms vs raw upserts", timers.HubDue.Arm.PerSecond, "arms/s", upserts.PerSecond, "upserts/s",
                "a state write that also upserts its HubDue row, against a raw single-row upsert"));
            ratios.Add(new("Reminder arms vs raw upserts", timers.Reminders.Arm.PerSecond, "arms/s", upserts.PerSecond, "upserts/s",
                "a reminder registration (one upsert into OrleansRemindersTable), against a raw single-row upsert"));
        }

        return ratios;
    }
}
