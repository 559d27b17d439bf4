namespace Hub.LoadTests.Timers;

/// <summary>
/// Registers one reminder; on its first tick it unregisters it (one more reminder-table statement), as a case's
/// one-shot moment would, so the reminder does not tick again a period later.
/// </summary>
internal sealed class ReminderTimerGrain(TimerTallies tallies) : Grain, IReminderTimerGrain, IRemindable
{
    private const string Name = "due";

    /// <summary>A period Orleans accepts (at least a minute) that never comes within the phase.</summary>
    private static readonly TimeSpan Period = TimeSpan.FromDays(1);

    private IGrainReminder? _reminder;

    public Task Touch() => Task.CompletedTask;

    public async Task Arm(TimeSpan dueTime) => _reminder = await this.RegisterOrUpdateReminder(Name, dueTime, Period);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var reminder = _reminder ?? await this.GetReminder(reminderName);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
            _reminder = null;
        }

        tallies.Reminders.Fired();
    }
}
