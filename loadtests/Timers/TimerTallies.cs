namespace Hub.LoadTests.Timers;

/// <summary>The timers phase's counters, one per kind of timer, shared by its silo's grains and filter.</summary>
internal sealed class TimerTallies
{
    /// <summary>Cases' <c>WakeDue</c> calls that completed (the due sweeper's firings of case timers).</summary>
    public FiringTally Cases { get; } = new();

    /// <summary>HubDue probes woken by the due sweeper.</summary>
    public FiringTally DueProbes { get; } = new();

    /// <summary>Reminder probes whose Orleans reminder ticked.</summary>
    public FiringTally Reminders { get; } = new();
}
