using Microsoft.Extensions.Options;

namespace Hub.Simulator;

/// <summary>Fails start-up on a bad <c>Hub:Simulator</c> setting, naming the key and the fix.</summary>
internal sealed class DepartmentSimulatorOptionsValidator : IValidateOptions<DepartmentSimulatorOptions>
{
    private const string Section = DepartmentSimulatorOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, DepartmentSimulatorOptions options)
    {
        var errors = new List<string>();
        if (options.MinDelayMs < 0)
        {
            errors.Add($"{Section}:MinDelayMs must not be negative (was {options.MinDelayMs}).");
        }

        if (options.MaxDelayMs < options.MinDelayMs)
        {
            errors.Add($"{Section}:MaxDelayMs must be at least MinDelayMs ({options.MinDelayMs}), was {options.MaxDelayMs}.");
        }

        Percent(errors, nameof(options.ApprovePercent), options.ApprovePercent);
        Percent(errors, nameof(options.RejectPercent), options.RejectPercent);
        Percent(errors, nameof(options.SupplementPercent), options.SupplementPercent);
        Percent(errors, nameof(options.CertificatePercent), options.CertificatePercent);
        var sum = options.ApprovePercent + options.RejectPercent + options.SupplementPercent;
        if (sum != 100)
        {
            errors.Add($"{Section}:ApprovePercent, {Section}:RejectPercent and {Section}:SupplementPercent must add up to 100 (they add up to {sum}).");
        }

        if (string.IsNullOrWhiteSpace(options.ConsumerGroup))
        {
            errors.Add($"{Section}:ConsumerGroup must not be empty; the default is 'department-simulator'.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Percent(List<string> errors, string key, int value)
    {
        if (value is < 0 or > 100)
        {
            errors.Add($"{Section}:{key} must be between 0 and 100 (was {value}).");
        }
    }
}
