using Microsoft.Extensions.Options;

namespace Hub.Timers;

/// <summary>Checks <see cref="TimerOptions"/> at start-up, naming the key and the fix.</summary>
public sealed class TimerOptionsValidator : IValidateOptions<TimerOptions>
{
    public ValidateOptionsResult Validate(string? name, TimerOptions options)
    {
        var errors = new List<string>();
        if (options.CheckInterval < TimeSpan.FromMilliseconds(100) || options.CheckInterval > TimeSpan.FromMinutes(10))
        {
            errors.Add($"{TimerOptions.Section}:CheckInterval must be between 00:00:00.1 and 00:10:00 (default 00:00:15; was {options.CheckInterval}).");
        }

        if (options.TakeOverAfter < options.CheckInterval)
        {
            errors.Add($"{TimerOptions.Section}:TakeOverAfter must be at least CheckInterval ({options.CheckInterval}; default 00:02:00; was {options.TakeOverAfter}).");
        }

        if (options.Limit < 1)
        {
            errors.Add($"{TimerOptions.Section}:Limit must be at least 1 (default 5000; was {options.Limit}).");
        }

        if (options.Parallelism < 1)
        {
            errors.Add($"{TimerOptions.Section}:Parallelism must be at least 1 (default 64; was {options.Parallelism}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
