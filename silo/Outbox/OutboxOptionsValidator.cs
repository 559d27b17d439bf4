using Microsoft.Extensions.Options;

namespace Hub.Outbox;

/// <summary>Checks <see cref="OutboxOptions"/> at start-up, naming the key and the fix.</summary>
public sealed class OutboxOptionsValidator : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        var errors = new List<string>();
        Positive(options.SweepInterval, nameof(OutboxOptions.SweepInterval), "00:00:05", errors);
        Positive(options.SweepAfter, nameof(OutboxOptions.SweepAfter), "00:00:05", errors);
        if (options.TakeOverAfter < options.SweepAfter)
        {
            errors.Add($"{OutboxOptions.Section}:{nameof(OutboxOptions.TakeOverAfter)} ({options.TakeOverAfter}) must not be shorter than {nameof(OutboxOptions.SweepAfter)} ({options.SweepAfter}); the default is 00:00:30.");
        }

        if (options.SweepLimit < 1 || options.SweepParallelism < 1)
        {
            errors.Add($"{OutboxOptions.Section}:{nameof(OutboxOptions.SweepLimit)} and {nameof(OutboxOptions.SweepParallelism)} must be at least 1 (defaults 1000 and 32).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Positive(TimeSpan value, string key, string example, List<string> errors)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{OutboxOptions.Section}:{key} must be a positive time span like {example} (was {value}).");
        }
    }
}
