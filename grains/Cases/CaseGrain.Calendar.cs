namespace Hub.Cases;

/// <summary>
/// Provisional deadlines, counted through a year whose holiday notice was not loaded, are recomputed by the first call
/// that finds the silo's calendar holding the notices they need: one write, and <c>deadlines-recomputed</c> on the timeline.
/// </summary>
public sealed partial class CaseGrain : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        state.State.Calendar = calendar.Current;
        if (CaseMachine.RecomputeDeadlines(state.State, calendar.Current, time.GetUtcNow()))
        {
            await Commit();
        }

        await context.Invoke();
    }
}
