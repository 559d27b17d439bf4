namespace Hub.LoadTests.Timers;

/// <summary>The same one-shot timer as an Orleans reminder, in the reminder table of the silo's mode.</summary>
[Alias("Hub.LoadTests.IReminderTimerGrain")]
public interface IReminderTimerGrain : IGrainWithStringKey
{
    /// <summary>Activates the grain and nothing more, so that its activation is not counted as the reminder's.</summary>
    [Alias("Touch")]
    Task Touch();

    /// <summary>Registers the reminder, first due after <paramref name="dueTime"/>.</summary>
    [Alias("Arm")]
    Task Arm(TimeSpan dueTime);
}
