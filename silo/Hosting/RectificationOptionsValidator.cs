using Hub.Cases;
using Microsoft.Extensions.Options;

namespace Hub.Hosting;

/// <summary>Checks <see cref="RectificationOptions"/> at start-up, naming the key and the fix.</summary>
public sealed class RectificationOptionsValidator : IValidateOptions<RectificationOptions>
{
    public ValidateOptionsResult Validate(string? name, RectificationOptions options)
    {
        var errors = new List<string>();
        if (options.FollowUpDays is < 1 or > 30)
        {
            errors.Add($"{RectificationOptions.Section}:FollowUpDays must be 1 to 30 working days (default 1; was {options.FollowUpDays}).");
        }

        if (options.RectifyDays < options.FollowUpDays || options.RectifyDays > 60)
        {
            errors.Add($"{RectificationOptions.Section}:RectifyDays must be at least FollowUpDays and at most 60 working days (default 15; was {options.RectifyDays}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
