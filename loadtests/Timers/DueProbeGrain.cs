namespace Hub.LoadTests.Timers;

/// <summary>
/// Arms its timer by one state write; woken by the due sweeper once it has come, it writes the state again with no
/// timer (one statement that also takes the HubDue row off), as a case whose last moment has passed.
/// </summary>
internal sealed class DueProbeGrain(
    [PersistentState(DueProbeGrain.StateName, "cases")] IPersistentState<DueProbeState> state,
    TimerTallies tallies) : Grain, IDueProbeGrain
{
    /// <summary>The state name its timers are indexed under.</summary>
    public const string StateName = "bench-due-probe";

    public Task Arm(DateTimeOffset? dueAt)
    {
        state.State.DueAt = dueAt;
        state.State.Note = "a note of about the size of a short timeline entry";
        return state.WriteStateAsync();
    }

    public async Task WakeDue()
    {
        if (state.State.DueAt is null)
        {
            return;
        }

        state.State.DueAt = null;
        await state.WriteStateAsync();
        tallies.DueProbes.Fired();
    }
}
