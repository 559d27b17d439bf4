using Microsoft.Extensions.Options;

namespace Hub.Certificates;

/// <summary>Checks <see cref="CertificateExpiryOptions"/> at start-up, naming the key and the fix.</summary>
public sealed class CertificateExpiryOptionsValidator : IValidateOptions<CertificateExpiryOptions>
{
    public ValidateOptionsResult Validate(string? name, CertificateExpiryOptions options)
    {
        var errors = new List<string>();
        if (options.CheckInterval < TimeSpan.FromSeconds(1) || options.CheckInterval > TimeSpan.FromHours(1))
        {
            errors.Add($"{CertificateExpiryOptions.Section}:CheckInterval must be between 00:00:01 and 01:00:00 (default 00:05:00; was {options.CheckInterval}).");
        }

        if (options.LookBackDays is < 1 or > 366)
        {
            errors.Add($"{CertificateExpiryOptions.Section}:LookBackDays must be between 1 and 366 (default 7; was {options.LookBackDays}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
