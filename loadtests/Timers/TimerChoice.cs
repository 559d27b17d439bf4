using System.Globalization;
using Hub.LoadTests.Results;

namespace Hub.LoadTests.Timers;

/// <summary>
/// Which way the hub keeps its durable timers, from the figures of the same run: HubDue when it takes no more silo
/// memory per armed timer than a reminder — the cost every open case adds to the silos — and arms and fires at
/// least as fast; otherwise each measure that favours reminders is named.
/// </summary>
internal static class TimerChoice
{
    public static string Of(TimerMechanism hubDue, TimerMechanism reminders)
    {
        var against = new List<string>();
        if (hubDue.BytesPerArmedTimer > reminders.BytesPerArmedTimer)
        {
            against.Add(string.Create(CultureInfo.InvariantCulture, $"silo memory per armed timer ({hubDue.BytesPerArmedTimer:F0} vs {reminders.BytesPerArmedTimer:F0} bytes)"));
        }

        if (hubDue.Arm.PerSecond < reminders.Arm.PerSecond)
        {
            against.Add(string.Create(CultureInfo.InvariantCulture, $"arms per second ({hubDue.Arm.PerSecond:F0} vs {reminders.Arm.PerSecond:F0})"));
        }

        if (hubDue.Firing.PerSecond < reminders.Firing.PerSecond)
        {
            against.Add(string.Create(CultureInfo.InvariantCulture, $"firings per second ({hubDue.Firing.PerSecond:F0} vs {reminders.Firing.PerSecond:F0})"));
        }

        var memory = string.Create(CultureInfo.InvariantCulture,
            $"{hubDue.BytesPerArmedTimer:F0} vs {reminders.BytesPerArmedTimer:F0} bytes of silo heap per armed timer");
        if (hubDue.BytesPerArmedTimer > reminders.BytesPerArmedTimer)
        {
            return $"Orleans reminders: HubDue took more {string.Join(", ", against)}.";
        }

        return against.Count == 0
            ? $"HubDue: no more silo memory per armed timer ({memory}), and it armed and fired at least as fast as reminders."
            : $"HubDue, for silo memory per armed timer ({memory}); reminders did better on {string.Join(", ", against)}.";
    }
}
