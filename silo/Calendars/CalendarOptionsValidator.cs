using Microsoft.Extensions.Options;

namespace Hub.Calendars;

/// <summary>Checks <see cref="CalendarOptions"/> at start-up, naming the key and the fix.</summary>
public sealed class CalendarOptionsValidator : IValidateOptions<CalendarOptions>
{
    public ValidateOptionsResult Validate(string? name, CalendarOptions options) =>
        options.RefreshInterval < TimeSpan.FromSeconds(1) || options.RefreshInterval > TimeSpan.FromDays(1)
            ? ValidateOptionsResult.Fail($"{CalendarOptions.Section}:RefreshInterval must be between 00:00:01 and 1.00:00:00 (default 00:01:00; was {options.RefreshInterval}).")
            : ValidateOptionsResult.Success;
}
