namespace Hub.Cases;

/// <summary>How a case makes sure its outbox leaves even when the activation that wrote it is gone.</summary>
public sealed class CaseOutboxOptions
{
    /// <summary>
    /// How long a case waits for the broker to acknowledge its outbox before it registers a reminder, which wakes it
    /// on any silo until the outbox is out. A healthy broker answers in milliseconds, so the usual transition
    /// registers nothing. Default 2 seconds.
    /// </summary>
    public TimeSpan ReminderAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How often that reminder fires (first after one period); at least Orleans' <c>ReminderOptions.MinimumReminderPeriod</c>,
    /// one minute by default. Default 1 minute.
    /// </summary>
    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
