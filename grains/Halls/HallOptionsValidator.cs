using Hub.Identifiers;
using Microsoft.Extensions.Options;

namespace Hub.Halls;

/// <summary>Fails start-up on a bad <c>Hub:Halls</c> setting, naming the key and the fix.</summary>
public sealed class HallOptionsValidator : IValidateOptions<HallOptions>
{
    public ValidateOptionsResult Validate(string? name, HallOptions options)
    {
        var problems = new List<string>();
        if (HallSchedules.Parse(options.Slots ?? [.. HallOptions.DefaultSlots], options.SlotCapacity, out var problem) is null)
        {
            problems.Add($"{HallOptions.Section}:Slots / SlotCapacity {problem}.");
        }

        if (options.BookingDays is < 0 or > 366)
        {
            problems.Add($"{HallOptions.Section}:BookingDays must be 0 to 366 days ahead (was {options.BookingDays}); the default is 14.");
        }

        foreach (var (code, schedule) in options.Nodes)
        {
            if (!DivisionCode.TryParse(code, out _, out var error))
            {
                problems.Add($"{HallOptions.Section}:Nodes:{code} is no node: {error}");
            }
            else if (HallSchedules.Parse(schedule.Slots ?? options.Slots ?? [.. HallOptions.DefaultSlots], schedule.SlotCapacity ?? options.SlotCapacity, out problem) is null)
            {
                problems.Add($"{HallOptions.Section}:Nodes:{code} {problem}.");
            }
        }

        if (options.DefaultServiceTime <= TimeSpan.Zero || options.DefaultServiceTime > TimeSpan.FromHours(8))
        {
            problems.Add($"{HallOptions.Section}:DefaultServiceTime must be above 0 and at most 08:00:00 (was {options.DefaultServiceTime}); the default is 00:10:00.");
        }

        if (options.ServiceTimeSample is < 1 or > 1000)
        {
            problems.Add($"{HallOptions.Section}:ServiceTimeSample must be 1 to 1000 services (was {options.ServiceTimeSample}); the default is 20.");
        }

        if (options.ActiveWindowPeriod <= TimeSpan.Zero || options.ActiveWindowPeriod > TimeSpan.FromHours(24))
        {
            problems.Add($"{HallOptions.Section}:ActiveWindowPeriod must be above 0 and at most 1.00:00:00 (was {options.ActiveWindowPeriod}); the default is 01:00:00.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
